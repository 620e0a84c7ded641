package org.msettriage.service.store;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's JdbcTemplate, which JdbcClient and the named-parameter template are built on too: one whose
 * statements each carry their own time limit (see {@link TimeoutPerStatementJdbcTemplate}). Spring Boot's
 * own template steps aside when this one is defined.
 */
@Configuration(proxyBeanMethods = false)
class JdbcTemplates {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new TimeoutPerStatementJdbcTemplate(dataSource);
    }
}
