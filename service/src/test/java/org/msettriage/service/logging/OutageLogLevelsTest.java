package org.msettriage.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.slf4j.LoggerFactory;

/**
 * In a database outage the store says so once when it starts and once when it ends: the pool's own
 * warnings, with frames, for every connection it drops or cannot validate are not logged (an operator's
 * 26-second outage gave thousands of lines).
 */
class OutageLogLevelsTest extends ServiceTest {

    @Test
    void thePoolsPerConnectionWarningsAreNotLoggedItsErrorsAre() {
        for (String pool : new String[] {"com.zaxxer.hikari.pool.ProxyConnection", "com.zaxxer.hikari.pool.PoolBase"}) {
            assertThat(LoggerFactory.getLogger(pool).isWarnEnabled()).as(pool).isFalse();
            assertThat(LoggerFactory.getLogger(pool).isErrorEnabled()).as(pool).isTrue();
        }
    }

    @Test
    void aRollbackFailingInAnOutageIsNotLoggedBesideTheOutage() {
        // It quoted the statement and gave 46 lines of frames, beside the store's one line for the outage.
        assertThat(LoggerFactory.getLogger("org.springframework.transaction.support.TransactionTemplate")
                        .isErrorEnabled())
                .isFalse();
        assertThat(LoggerFactory.getLogger("org.springframework.transaction.interceptor.TransactionInterceptor")
                        .isErrorEnabled())
                .isFalse();
    }
}
