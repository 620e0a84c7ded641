package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.MigratedStores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two policy leads proposing one version at once, as two instances would (each in its own transaction):
 * one proposal is added, and the second is answered with it, whichever instance each is on.
 */
class OnePendingProposalTest {

    private static final String VERSION = "proposed-together";

    private final ExecutorService instances = Executors.newFixedThreadPool(2);
    private JdbcClient jdbc;
    private ActivationProposals proposals;
    private TransactionTemplate transactions;

    @BeforeEach
    void aKeptRuleset() {
        DataSource store = MigratedStores.h2("one-pending");
        jdbc = JdbcClient.create(store);
        proposals = new ActivationProposals(jdbc, JsonMapper.builder().build());
        transactions = new TransactionTemplate(new DataSourceTransactionManager(store));
        jdbc.sql("""
                INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)
                VALUES (:version, :sha, 'UPLOAD', :at, 'lead')
                """)
                .param("version", VERSION)
                .param("sha", "a".repeat(64))
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @AfterEach
    void stop() {
        instances.shutdownNow();
    }

    @Test
    void aSecondProposalMadeWhileTheFirstCommitsIsToldOfIt() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ActivationProposals.Proposal first = proposal("API_KEY:demo-policy-lead", now);
        ActivationProposals.Proposal second = proposal("API_KEY:demo-second-policy-lead", now);
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<Optional<ActivationProposals.Proposal>> firstAdded =
                instances.submit(() -> transactions.execute(status -> {
                    Optional<ActivationProposals.Proposal> pending = proposals.addUnlessPending(first, now);
                    added.countDown();
                    await(commit);
                    return pending;
                }));
        assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Optional<ActivationProposals.Proposal>> secondAdded =
                instances.submit(() -> transactions.execute(status -> proposals.addUnlessPending(second, now)));
        // Not yet committed, the first proposal is not seen: without the lock the second would be added now.
        try {
            secondAdded.get(300, TimeUnit.MILLISECONDS);
        } catch (TimeoutException waitingOnTheFirst) {
            // As it should: it waits on the version's row until the first commits.
        }
        commit.countDown();

        assertThat(firstAdded.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(secondAdded.get(10, TimeUnit.SECONDS))
                .map(ActivationProposals.Proposal::id)
                .contains(first.id());
        assertThat(proposals.pending(VERSION, now))
                .extracting(ActivationProposals.Proposal::id)
                .containsExactly(first.id());
    }

    private static ActivationProposals.Proposal proposal(String by, OffsetDateTime now) {
        return new ActivationProposals.Proposal(
                UUID.randomUUID(),
                VERSION,
                now,
                by,
                "Raise current vulnerabilities",
                List.of(),
                "2026.12.2",
                now.plusDays(7),
                ActivationProposals.State.PENDING,
                null,
                null,
                null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
