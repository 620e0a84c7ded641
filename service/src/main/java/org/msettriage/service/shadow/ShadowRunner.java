package org.msettriage.service.shadow;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetSettings;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.triage.DecisionStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides each live referral again with the shadow candidate, on a thread of its own, after the decision
 * was stored and answered: a caller never waits for the shadow and never sees its answer. When the queue
 * is full (a burst the one thread cannot keep up with) a comparison is skipped and counted, never queued
 * without bound.
 */
@Component
public class ShadowRunner {

    static final int QUEUE = 1000;
    private static final Logger log = LoggerFactory.getLogger(ShadowRunner.class);

    private final ShadowState state;
    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final TransactionTemplate transaction;
    private final AtomicLong skipped = new AtomicLong();
    // Queued or running comparisons: counted here, because the pool's own counts are approximate.
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean stopping;
    private final TaskExecutor executor;
    private final RulesetStore store;
    private final CandidateEngines candidates;
    private final Duration candidateBudget;

    ShadowRunner(
            ShadowState state,
            RulesetStore store,
            CandidateEngines candidates,
            JdbcClient jdbc,
            JsonMapper mapper,
            TransactionTemplate transaction,
            @Qualifier("shadowComparisons") TaskExecutor shadowComparisons,
            RulesetSettings rules) {
        this.candidateBudget = rules.budgets().candidate();
        this.state = state;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.transaction = transaction;
        this.executor = shadowComparisons;
        this.store = store;
        this.candidates = candidates;
    }

    /**
     * At shutdown the comparisons still queued are dropped, and said so once: they ran on while the database
     * closed under them, each a WARN of its own (up to the queue's 1,000; an operator's trial saw 19).
     */
    @PreDestroy
    void stop() {
        stopping = true;
        long queued = pending.get();
        if (queued > 0) {
            log.info("At shutdown {} shadow comparisons were still queued; they are not made, nor counted", queued);
        }
    }

    /** Queues the comparison of a stored decision with the shadow's answer, if a shadow runs; never waits. */
    @EventListener
    void compare(DecisionStored stored) {
        Optional<TriageEngine> shadow = state.current();
        shadow.ifPresent(candidate -> {
            pending.incrementAndGet();
            try {
                executor.execute(() -> {
                    try {
                        if (!stopping) {
                            record(stored.decisionId(), stored.referral(), stored.assessment(), candidate);
                        }
                    } finally {
                        pending.decrementAndGet();
                    }
                });
            } catch (TaskRejectedException queueFullOrStopping) {
                skipped.incrementAndGet();
                pending.decrementAndGet();
            }
        });
    }

    private void record(UUID decisionId, Referral referral, RiskAssessment activeAnswer, TriageEngine candidate) {
        TriageEngine deciding = candidate;
        try {
            try {
                compare(decisionId, referral, activeAnswer, deciding);
            } catch (AssessmentBudget.Exceeded e) {
                if (!e.byEarlierDecision()) {
                    throw e;
                }
                // Another decision stopped the rules this candidate shares (its impact replay, or a live
                // overrun when it differs from the active ruleset only in a table): this decision is compared
                // once more, on the candidate compiled again, rather than left out of the run's count.
                Optional<TriageEngine> replacement = replacementOf(candidate);
                if (replacement.isEmpty()) {
                    return;
                }
                deciding = replacement.get();
                compare(decisionId, referral, activeAnswer, deciding);
            }
        } catch (AssessmentBudget.Exceeded e) {
            if (e.byEarlierDecision()) {
                log.warn(
                        "Shadow comparison of decision {} skipped: its candidate was stopped again meanwhile",
                        decisionId);
            } else {
                stopOverBudget(decisionId, deciding, e);
            }
        } catch (RuntimeException e) {
            // The shadow must never disturb live triage; its failure is logged (ids only) and skipped.
            log.warn(
                    "Shadow comparison of decision {} failed: {}",
                    decisionId,
                    e.getClass().getName());
        }
    }

    /**
     * What runs in place of a candidate another decision stopped: the replacement already running (for the
     * comparisons queued behind the first to meet the stop), or else the same candidate compiled again,
     * put in its place only if it still runs (a policy lead's start or stop meanwhile stands).
     */
    private Optional<TriageEngine> replacementOf(TriageEngine stopped) {
        Optional<TriageEngine> running =
                state.current().filter(engine -> engine.identity().equals(stopped.identity()));
        if (running.isEmpty() || !running.get().stopped()) {
            return running;
        }
        store.find(stopped.identity().version())
                .map(candidates::engineFor)
                .ifPresent(fresh -> state.replace(running.get(), fresh));
        return state.current().filter(engine -> engine.identity().equals(stopped.identity()) && !engine.stopped());
    }

    /** Decides the referral with the candidate and counts the comparison, with its difference if any. */
    private void compare(UUID decisionId, Referral referral, RiskAssessment activeAnswer, TriageEngine candidate) {
        RiskAssessment shadowAnswer = candidate.assessWithin(candidateBudget, referral, activeAnswer.intelligence());
        Optional<ImpactReport.Change> change = ImpactTally.difference(
                new ReplayedReferral(ReplayedReferral.Source.DECISION, decisionId.toString(), referral),
                activeAnswer,
                shadowAnswer);
        String version = candidate.identity().version();
        transaction.executeWithoutResult(status -> {
            // Only while it runs: a comparison still queued when a policy lead stopped it (on any instance)
            // does not change the counts they stopped it at (a review).
            int counted = jdbc.sql("""
                    UPDATE shadow_run SET compared = compared + 1, differing = differing + :differs
                    WHERE version = :version AND running
                    """)
                    .param("differs", change.isPresent() ? 1 : 0)
                    .param("version", version)
                    .update();
            if (counted == 0) {
                return;
            }
            change.ifPresent(difference -> jdbc.sql("""
                            INSERT INTO shadow_difference (shadow_version, decision_id, recorded_at, active_version,
                                                           active_sha256, change_json)
                            VALUES (:version, :decision, :at, :activeVersion, :activeSha, :change)
                            """)
                    .param("version", version)
                    .param("decision", decisionId)
                    .param("at", OffsetDateTime.now())
                    .param("activeVersion", activeAnswer.ruleset().version())
                    .param("activeSha", activeAnswer.ruleset().sha256())
                    .param("change", mapper.writeValueAsString(difference))
                    .update());
        });
    }

    /**
     * Stops the shadow of a candidate that went over its budget on a live referral: live, it would hold a
     * triage call as long, which the policy lead must see. Once: the comparisons queued behind find it no
     * longer running.
     */
    private void stopOverBudget(UUID decisionId, TriageEngine candidate, AssessmentBudget.Exceeded e) {
        if (state.current().filter(running -> running == candidate).isEmpty()) {
            return;
        }
        String why = "the candidate did not decide live decision " + decisionId + " within its budget ("
                + e.getMessage() + "); once active, such a ruleset would hold a triage call as long";
        log.warn(
                "Shadow run of ruleset {} stopped: the candidate went over its budget on decision {}",
                candidate.identity().version(),
                decisionId);
        try {
            state.stopBecause(candidate, why);
        } catch (RuntimeException stopping) {
            // Not stored: the run goes on (the next comparison compiles the candidate again, as above), and
            // the next referral it overruns tries again.
            log.warn(
                    "Shadow run could not be marked stopped: {}",
                    stopping.getClass().getName());
        }
    }

    /** Comparisons skipped since start because the queue was full. */
    public long skipped() {
        return skipped.get();
    }

    /** Waits until every queued comparison is recorded or dropped (for tests). */
    public boolean drain(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
