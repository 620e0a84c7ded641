package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;

/** A background task's failure is logged when it starts and when it ends, not at every round between. */
class FaultOnceTest {

    private final Logger logger = new LoggerContext().getLogger("follower");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final FaultOnce reading = new FaultOnce(logger, "Reading the active ruleset from the store");

    FaultOnceTest() {
        lines.start();
        logger.addAppender(lines);
    }

    @Test
    void anOutageIsTwoLinesHoweverManyRoundsItLasts() {
        reading.worked();
        for (int round = 0; round < 30; round++) {
            reading.failed(unreachable());
        }
        reading.worked();
        reading.worked();

        assertThat(lines.list)
                .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .satisfiesExactly(
                        failed -> assertThat(failed.toList()).first().isEqualTo(Level.WARN),
                        worked -> assertThat(worked.toList())
                                .containsExactly(Level.INFO, "Reading the active ruleset from the store works again"));
        // An unreachable database in words, one line: the store's own fault line carries the frames.
        assertThat(lines.list.get(0).getFormattedMessage())
                .isEqualTo("Reading the active ruleset from the store failed; tried again until it works: the"
                        + " database refused connections or could not be reached [SQL state 08001]")
                .doesNotContain("connection refused");
    }

    @Test
    void aDifferentFailureDuringAnOutageIsLoggedToo() {
        // Found by a review: an outage, then a ruleset that would not compile, read as one failure.
        reading.failed(new DataAccessResourceFailureException("x"));
        reading.failed(new DataAccessResourceFailureException("x"));
        reading.failed(new IllegalStateException("x"));
        reading.failed(new IllegalStateException("x"));

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
    }

    @Test
    void aFailureOfAnotherKindKeepsItsTypesAndFrames() {
        // A statement's failure reaches no other log (a review): its types and frames stay.
        reading.failed(new BadSqlGrammarException("follow", "SELECT nothing", new SQLException("syntax", "42601")));
        reading.failed(new IllegalStateException("a ruleset that will not compile"));

        assertThat(lines.list.get(0).getFormattedMessage())
                .contains(BadSqlGrammarException.class.getName())
                .contains("\n    at ")
                .doesNotContain("syntax");
        assertThat(lines.list.get(1).getFormattedMessage())
                .contains(IllegalStateException.class.getName())
                .doesNotContain("a ruleset that will not compile");
    }

    @Test
    void aSeriousTaskSaysItsFailureAsAnError() {
        FaultOnce sealing = FaultOnce.serious(logger, "Sealing");

        sealing.failed(unreachable());
        sealing.failed(unreachable());

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
    }

    private static RuntimeException unreachable() {
        return new DataAccessResourceFailureException(
                "connection refused", new SQLException("Connection refused", "08001"));
    }

    @Test
    void aSecondOutageIsLoggedAgain() {
        reading.failed(new DataAccessResourceFailureException("x"));
        reading.worked();
        reading.failed(new DataAccessResourceFailureException("x"));

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO, Level.WARN);
    }
}
