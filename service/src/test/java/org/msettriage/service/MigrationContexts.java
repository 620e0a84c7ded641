package org.msettriage.service;

import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** What Flyway hands a Java migration, for tests that run one again on a store that has data. */
public final class MigrationContexts {

    private MigrationContexts() {}

    /** A migration's context on this connection; the migrations here read nothing but the connection. */
    public static Context on(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
