package org.msettriage.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbc.JdbcConnection;

/** Whether a connection is to the embedded H2 database: what backups and housekeeping ask first. */
public final class EmbeddedH2 {

    private EmbeddedH2() {}

    /** True when the connection is H2's own, however the pool wraps it; false beside a database server. */
    public static boolean behind(Connection connection) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class);
    }
}
