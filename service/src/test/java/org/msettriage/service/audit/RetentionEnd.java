package org.msettriage.service.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Returns once the decision's content is due for removal: its decision time plus the period has passed. */
    static void awaitFor(JdbcClient jdbc, RetentionInForce inForce, UUID decisionId) throws InterruptedException {
        OffsetDateTime due = jdbc.sql("SELECT decided_at FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query(OffsetDateTime.class)
                .single()
                .plus(inForce.period());
        // Bounded: the period itself is the longest this can wait, however slow the machine.
        while (!OffsetDateTime.now(ZoneOffset.UTC).isAfter(due)) {
            Thread.sleep(POLL.toMillis());
        }
    }
}
