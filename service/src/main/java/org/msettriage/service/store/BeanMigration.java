package org.msettriage.service.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that is a Spring bean: Boot hands it to Flyway (rather than Flyway finding it by
 * scanning), so it runs the same from the packaged jar and can be given what it needs, keys included.
 * It runs in the migration's transaction, so a failure leaves the database as it was. Its checksum is
 * its version, so what an applied migration writes must never change: its code may be tidied only when
 * it writes exactly what it wrote before.
 */
public abstract class BeanMigration implements JavaMigration {

    private final String version;
    private final String description;

    protected BeanMigration(int version, String description) {
        this(Integer.toString(version), description);
    }

    /**
     * A migration numbered between two others (such as 22.1, the Java step after SQL migration 22), so that
     * it needs no whole number of its own.
     */
    protected BeanMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        // A whole version is its own checksum, as before; one like 22.1 is its text's hash, just as fixed.
        return version.matches("\\d+") ? Integer.valueOf(version) : version.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
