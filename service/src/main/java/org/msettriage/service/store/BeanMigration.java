package org.msettriage.service.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that is a Spring bean: Boot hands it to Flyway (rather than Flyway finding it by
 * scanning), so it runs the same from the packaged jar and can be given what it needs, keys included.
 * It runs in the migration's transaction, so a failure leaves the database as it was. Its checksum is
 * its version: the code of an applied migration is never changed.
 */
public abstract class BeanMigration implements JavaMigration {

    private final String version;
    private final int checksum;
    private final String description;

    protected BeanMigration(int version, String description) {
        this(Integer.toString(version), version, description);
    }

    /**
     * A migration numbered after a SQL migration of the same major version (21.1 after V21), so that the
     * columns it fills are added by plain SQL in {@code common/} and the next whole number stays free.
     */
    protected BeanMigration(String version, int checksum, String description) {
        this.version = version;
        this.checksum = checksum;
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
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
