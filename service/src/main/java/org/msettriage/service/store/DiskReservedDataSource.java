package org.msettriage.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The embedded database's connections, given only while its disk holds the reserve ({@link DiskReserve}). */
final class DiskReservedDataSource extends DelegatingDataSource {

    private final DiskReserve reserve;

    DiskReservedDataSource(DataSource target, DiskReserve reserve) {
        super(target);
        this.reserve = reserve;
    }

    @Override
    public Connection getConnection() throws SQLException {
        reserve.check();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        reserve.check();
        return super.getConnection(username, password);
    }
}
