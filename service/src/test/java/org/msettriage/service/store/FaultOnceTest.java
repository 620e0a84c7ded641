package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

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
            reading.failed(new DataAccessResourceFailureException("connection refused"));
        }
        reading.worked();
        reading.worked();

        assertThat(lines.list)
                .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .satisfiesExactly(
                        failed -> assertThat(failed.toList()).first().isEqualTo(Level.WARN),
                        worked -> assertThat(worked.toList())
                                .containsExactly(Level.INFO, "Reading the active ruleset from the store works again"));
        // The database's fault in words, one line: the store's own fault line carries the frames.
        assertThat(lines.list.get(0).getFormattedMessage())
                .isEqualTo("Reading the active ruleset from the store failed; tried again until it works: unknown: a"
                        + " fault of a kind the service does not name [SQL state none]")
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
        reading.failed(new IllegalStateException("a ruleset that will not compile"));

        assertThat(lines.list.get(0).getFormattedMessage())
                .contains(IllegalStateException.class.getName())
                .doesNotContain("a ruleset that will not compile");
    }

    @Test
    void aSecondOutageIsLoggedAgain() {
        reading.failed(new DataAccessResourceFailureException("x"));
        reading.worked();
        reading.failed(new DataAccessResourceFailureException("x"));

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO, Level.WARN);
    }
}
