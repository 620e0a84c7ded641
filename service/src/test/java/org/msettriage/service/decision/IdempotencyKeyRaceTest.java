package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
        CompletableFuture<Map<UUID, IdempotencyKeys.Earlier>> written = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                written.complete(batches.write(List.of(batches.prepare(mine), batches.prepare(bystander))));
            } catch (RuntimeException e) {
                written.completeExceptionally(e);
            }
        });
        writer.start();
        // The race itself, seen rather than guessed at from a pause: this batch looked for the key, found
        // none, and its insert now meets the other transaction's uncommitted row (H2 tries it again until
        // that commits or its lock timeout, 1 s, passes).
        assertThat(meetsAnUncommittedKey(writer))
                .as("the batch's insert meets the other's key")
                .isTrue();
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

    /**
     * Whether the thread is seen, within its lock timeout, where H2 refuses an insert for another
     * transaction's uncommitted row of the same unique key (its unique check raising the conflict), or
     * tries the statement again after such a refusal. A plain insert passes the unique check without
     * either.
     */
    private static boolean meetsAnUncommittedKey(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < deadline && thread.isAlive()) {
            StackTraceElement[] frames = thread.getStackTrace();
            for (int i = 0; i < frames.length; i++) {
                boolean retrying = frames[i].getClassName().equals("org.h2.command.Command")
                        && frames[i].getMethodName().equals("filterConcurrentUpdate");
                boolean refused = i > 0
                        && frames[i].getMethodName().equals("checkUnique")
                        && frames[i - 1].getClassName().equals("org.h2.message.DbException");
                if (retrying || refused) {
                    return true;
                }
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
