package org.msettriage.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;

/**
 * What the guard answers, whatever level an operator set: framework loggers that quote requests lose
 * their debug and trace, those that quote them at any level lose everything, others keep what their
 * level lets through. (The end-to-end check is the log canary test, which runs the service at TRACE.)
 */
class PayloadLogGuardTest {

    private final LoggerContext context = new LoggerContext();
    private final PayloadLogGuard guard = new PayloadLogGuard();

    private FilterReply asked(String loggerName, Level setTo, Level event) {
        Logger logger = context.getLogger(loggerName);
        logger.setLevel(setTo);
        return guard.decide(null, logger, event, "message", null, null);
    }

    @Test
    void aGuardedLoggerLosesDebugAndTraceEvenWhenItsLevelAllowsThem() {
        assertThat(asked("org.springframework.jdbc.core.JdbcTemplate", Level.TRACE, Level.TRACE))
                .isEqualTo(FilterReply.DENY);
        assertThat(asked("org.springframework.jdbc.core.JdbcTemplate", Level.TRACE, Level.DEBUG))
                .isEqualTo(FilterReply.DENY);
        assertThat(asked("org.springframework.jdbc.core.JdbcTemplate", Level.TRACE, Level.INFO))
                .isEqualTo(FilterReply.NEUTRAL);
        // Found by a checking helper: the service's own JdbcTemplate logs its statements under its own name.
        assertThat(asked("org.msettriage.service.store.TimeoutPerStatementJdbcTemplate", Level.TRACE, Level.DEBUG))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void aSilencedLoggerLosesEveryEventItsLevelAllows() {
        assertThat(asked("org.apache.coyote.http11.Http11Processor", Level.INFO, Level.INFO))
                .isEqualTo(FilterReply.DENY);
        assertThat(asked("org.apache.coyote.http11.Http11Processor", Level.TRACE, Level.ERROR))
                .isEqualTo(FilterReply.DENY);
        assertThat(asked("org.springframework.web.servlet.PageNotFound", Level.INFO, Level.WARN))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void anEventBelowItsLoggersLevelIsDroppedAsLogbackWouldDropIt() {
        Logger quiet = context.getLogger("org.drools.core.phreak.RuleNetworkEvaluator");
        quiet.setLevel(Level.WARN);
        assertThat(guard.decide(null, quiet, Level.DEBUG, "message", null, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(guard.decide(null, quiet, Level.WARN, "message", null, null)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void theGuardStandsFirstSoFiltersAfterItAreNotAskedAboutWhatItDrops() {
        List<String> asked = new ArrayList<>();
        TurboFilter counter = new TurboFilter() {
            @Override
            public FilterReply decide(
                    Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
                asked.add(level + " " + format);
                return FilterReply.NEUTRAL;
            }
        };
        counter.start();
        context.addTurboFilter(counter);
        guard.install(context);
        Logger rules = context.getLogger("org.drools.core.phreak.RuleNetworkEvaluator");
        rules.setLevel(Level.INFO);

        assertThat(context.getTurboFilterList()).first().isSameAs(guard);
        assertThat(rules.isTraceEnabled()).isFalse();
        rules.debug("not logged");
        rules.info("logged");
        assertThat(asked).containsExactly("INFO logged");
    }

    @Test
    void otherLoggersKeepWhatTheirLevelAllows() {
        assertThat(asked("org.drools.core.phreak.RuleNetworkEvaluator", Level.TRACE, Level.TRACE))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(asked("org.msettriage.service.triage.Triage", Level.DEBUG, Level.DEBUG))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
