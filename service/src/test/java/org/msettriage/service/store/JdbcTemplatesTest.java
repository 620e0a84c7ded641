package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** In the running service, every JdbcTemplate user, JdbcClient's included, gets a limit per statement. */
class JdbcTemplatesTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    NamedParameterJdbcTemplate namedParameters;

    @Test
    void theServicesTemplatesSetALimitPerStatement() {
        assertThat(jdbcTemplate).isInstanceOf(TimeoutPerStatementJdbcTemplate.class);
        // Spring Boot builds JdbcClient on the named-parameter template, which runs on this one.
        assertThat(namedParameters.getJdbcTemplate()).isSameAs(jdbcTemplate);
    }
}
