package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The race several instances can run: another transaction commits an Idempotency-Key after this batch
 * looked for it and before this batch's insert of the same key. The database refuses the insert; the
 * batch is written again, finds the key, and answers that call with the other decision, storing
 * nothing for it, so the batch's other callers are not failed with it.
 */
class IdempotencyKeyRaceTest extends ServiceTest {

    @Autowired
    DecisionBatch batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aKeyCommittedElsewhereWhileThisBatchWritesTurnsItsCallIntoAReplay() throws Exception {
        String keyHash = "a".repeat(63) + "1";
        UUID theirs = UUID.randomUUID();
        NewDecision mine = TestDecisions.askedBy("race", new IdempotencyKey(keyHash, "b".repeat(64)));
        NewDecision bystander = TestDecisions.askedBy("race");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);

        // The other instance: its key row written, its commit held until this batch is under way.
        Future<?> other = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO idempotency_key (key_hash, request_hash, decision_id, created_at)"
                            + " VALUES (:key, :request, :id, :at)")
                    .param("key", keyHash)
                    .param("request", "b".repeat(64))
                    .param("id", theirs)
                    .param("at", OffsetDateTime.now())
                    .update();
            inserted.countDown();
            await(commit);
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Map<UUID, IdempotencyKeys.Earlier>> written =
                threads.submit(() -> batches.write(List.of(batches.prepare(mine), batches.prepare(bystander))));
        Thread.sleep(300); // this batch has looked for the key, found none, and waits on the insert
        commit.countDown();
        other.get(10, TimeUnit.SECONDS);
        Map<UUID, IdempotencyKeys.Earlier> replayed = written.get(20, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(replayed).containsOnlyKeys(mine.decisionId());
        assertThat(replayed.get(mine.decisionId())).isEqualTo(new IdempotencyKeys.Earlier(theirs, true));
        assertThat(stored(mine.decisionId())).isZero();
        assertThat(stored(bystander.decisionId())).isOne();
    }

    private long stored(UUID decisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
