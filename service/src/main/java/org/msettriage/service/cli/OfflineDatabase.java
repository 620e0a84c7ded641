package org.msettriage.service.cli;

import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The service's database as a command reads it, from the service's own configuration. */
final class OfflineDatabase {

    private OfflineDatabase() {}

    /** The database the configuration names; never a new one: a mistyped H2 path must fail, not open empty. */
    static DataSource of(Environment environment) {
        String url = environment.getRequiredProperty("spring.datasource.url");
        return new DriverManagerDataSource(
                url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")
                        ? url + ";IFEXISTS=TRUE"
                        : url,
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
    }
}
