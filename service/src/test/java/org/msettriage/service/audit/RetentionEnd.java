package org.msettriage.service.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The moment a stored decision's retention period ends, and a wait for it by the clock that stamps
 * removals (this machine's, as in service): a test removes content exactly once it is due, with no guessed
 * sleep, and the removal it stamps is never later than the moment verification then checks at.
 */
final class RetentionEnd {

    private static final Duration POLL = Duration.ofMillis(10);

    private RetentionEnd() {}

    /**
     * Returns once a removal would take the decision's content: its decision time plus the period has passed,
     * by at least the millisecond a removal's moment is stamped to.
     */
    static void awaitFor(JdbcClient jdbc, RetentionInForce inForce, UUID decisionId) throws InterruptedException {
        OffsetDateTime due = jdbc.sql("SELECT decided_at FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query(OffsetDateTime.class)
                .single()
                .plus(inForce.period());
        // A removal stamps its moment to the millisecond and removes what was decided strictly before that
        // less the period, so it removes this decision only from the millisecond after the due one: waiting
        // only until just past the due moment left about one run in ten removing nothing (a CI run failed so).
        OffsetDateTime removable = due.plus(1, ChronoUnit.MILLIS);
        // Bounded: the period itself is the longest this can wait, however slow the machine.
        while (!OffsetDateTime.now(ZoneOffset.UTC).isAfter(removable)) {
            Thread.sleep(POLL.toMillis());
        }
    }
}
