package org.msettriage.service.impact;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.candidate.StoredDecisionJson;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.BudgetWords;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.decision.ServiceBuild;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.problem.SafeTrace;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetSettings;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.FaultOnce;
import org.msettriage.service.store.InParallel;
import org.msettriage.service.store.JobLeases;
import org.msettriage.service.store.Slices;
import org.msettriage.service.triage.ReferralMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs impact jobs one at a time on a thread of their own (a replay is long and must not hold up triage
 * calls), writing progress as it goes so that a policy lead can follow it and fetch the report after.
 *
 * <p>A job runs once, on the instance that accepted it, which names itself on the job and keeps its
 * heartbeat fresh while it is queued or running. Any instance marks failed a job whose heartbeat is
 * older than a lease ({@code mset.leases.duration}): its instance stopped or died, so it will never
 * finish. A job another instance is still running is never touched, and a job marked failed so is not
 * then finished by a runner that was only paused.
 */
@Component
public class ImpactJobs {

    /**
     * Decisions read in one query and decided together: enough to keep every core busy, little held. The
     * job's progress is written once a slice, a few times a second.
     */
    static final int SLICE = 500;

    private static final Logger log = LoggerFactory.getLogger(ImpactJobs.class);

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** A job as stored: what the contract shows, with the report once done. */
    public record Job(
            UUID jobId,
            String candidateVersion,
            String activeVersion,
            OffsetDateTime requestedAt,
            String requestedBy,
            State state,
            int total,
            int done,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String failure,
            ImpactReport report,
            OffsetDateTime replayFrom,
            OffsetDateTime replayBefore,
            Boolean scenariosIncluded) {

        /** From the pace so far; empty until one referral is done or once the job has finished. */
        public Optional<Long> estimatedSecondsLeft(OffsetDateTime now) {
            if (state != State.RUNNING || done == 0 || startedAt == null) {
                return Optional.empty();
            }
            long elapsedMillis = Duration.between(startedAt, now).toMillis();
            return Optional.of(Math.round(elapsedMillis / (double) done * (total - done) / 1000.0));
        }

        public int percentDone() {
            return total == 0 ? (state == State.DONE ? 100 : 0) : (int) (100L * done / total);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final Decisions decisions;
    private final ActiveRuleset active;
    private final RulesetActivation activation;
    private final CandidateEngines candidates;
    private final ScenarioLibrary scenarios;
    private final JobLeases leases;
    private final TaskExecutor executor;
    private final InParallel inParallel;
    private final ServiceBuild build;
    private final MsetMetrics metrics;
    private final RuleBudgets budgets;
    private final FaultOnce heartbeat = new FaultOnce(log, "The impact jobs' heartbeat");

    ImpactJobs(
            JdbcClient jdbc,
            JsonMapper mapper,
            Decisions decisions,
            ActiveRuleset active,
            RulesetActivation activation,
            CandidateEngines candidates,
            ScenarioLibrary scenarios,
            JobLeases leases,
            @Qualifier("impactReplays") TaskExecutor executor,
            InParallel inParallel,
            ServiceBuild build,
            MsetMetrics metrics,
            RulesetSettings rules) {
        this.budgets = rules.budgets();
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.mapper = mapper;
        this.decisions = decisions;
        this.active = active;
        this.activation = activation;
        this.candidates = candidates;
        this.scenarios = scenarios;
        this.leases = leases;
        this.executor = executor;
        this.inParallel = inParallel;
        this.build = build;
    }

    /** Starts a job replaying the decisions made in a period (either end open when null), and the scenarios. */
    public Job start(
            String candidateVersion,
            OffsetDateTime from,
            OffsetDateTime before,
            boolean includeScenarios,
            Caller caller) {
        RulesetStore.Kept candidate = activation.kept(candidateVersion);
        TriageEngine activeEngine = active.engine();
        List<UUID> decisionIds = decisions.decidedBetween(from, before);
        // The scenarios it would be approved with: the serving set, and those the candidate carries in place.
        List<Scenario> scenarioList = includeScenarios ? scenarios.scenariosCarriedBy(candidate.version()) : List.of();
        UUID jobId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO impact_job (job_id, candidate_version, active_version, requested_at, requested_by, state,
                                        total, done, holder, heartbeat_at, replay_from, replay_before,
                                        scenarios_included)
                VALUES (:id, :candidate, :active, :at, :by, 'QUEUED', :total, 0, :holder, :heartbeat, :from, :before,
                        :scenarios)
                """)
                .param("id", jobId)
                .param("candidate", candidate.version())
                .param("active", activeEngine.identity().version())
                .param("at", leases.databaseNow())
                .param("by", caller.qualifiedName())
                .param("total", decisionIds.size() + scenarioList.size())
                .param("holder", leases.holder())
                .param("heartbeat", leases.databaseNow())
                .param("from", from)
                .param("before", before)
                .param("scenarios", includeScenarios)
                .update();
        executor.execute(() -> run(jobId, candidate, activeEngine, decisionIds, scenarioList));
        return find(jobId).orElseThrow();
    }

    private void run(
            UUID jobId,
            RulesetStore.Kept candidate,
            TriageEngine activeEngine,
            List<UUID> decisionIds,
            List<Scenario> scenarioList) {
        // What a ruleset first went over its budget on: its rules decide nothing after that (see
        // TriageEngine#assessWithin), so the replay fails, naming it.
        OverBudget overBudget = new OverBudget();
        try {
            int claimed = jdbc.sql("""
                    UPDATE impact_job SET state = 'RUNNING', started_at = :at
                    WHERE job_id = :id AND state = 'QUEUED' AND holder = :holder
                    """)
                    .param("at", leases.databaseNow())
                    .param("id", jobId)
                    .param("holder", leases.holder())
                    .update();
            if (claimed == 0) {
                log.warn("Impact job {} was marked failed while it waited; not run", jobId);
                return;
            }
            ImpactTally tally = new ImpactTally(activeEngine, candidates.engineFor(candidate), budgets);
            // Read a slice at a time, open and decide its referrals on every core, count them in order. A
            // decision no longer stored, or whose content is removed or does not open, is left out.
            inSlices(decisionIds, slice -> {
                List<Decisions.SealedRequest> stored = decisions.sealedRequests(slice);
                List<Integer> positions =
                        IntStream.range(0, slice.size()).boxed().toList();
                count(
                        jobId,
                        tally,
                        inParallel.map(
                                positions,
                                i -> stored.get(i) == null
                                        ? new Attempt(slice.get(i), null)
                                        : attempt(
                                                slice.get(i),
                                                () -> replayed(slice.get(i), decisions.open(stored.get(i))),
                                                tally,
                                                overBudget)));
            });
            inSlices(
                    scenarioList,
                    slice -> count(
                            jobId,
                            tally,
                            inParallel.map(
                                    slice,
                                    s -> new Attempt(
                                            null,
                                            withinBudget(
                                                    "scenario " + s.file(),
                                                    () -> tally.decide(replayed(s)),
                                                    overBudget)))));
            if (tally.notReplayedCount() > 0) {
                log.warn(
                        "Impact job {} left out {} stored decisions it could not read or decide again",
                        jobId,
                        tally.notReplayedCount());
            }
            int finished = jdbc.sql("""
                    UPDATE impact_job SET state = 'DONE', done = :done, finished_at = :at, report_json = :report
                    WHERE job_id = :id AND state = 'RUNNING' AND holder = :holder
                    """)
                    .param("done", tally.replayed() + tally.notReplayedCount())
                    .param("at", leases.databaseNow())
                    .param("report", mapper.writeValueAsString(tally.report()))
                    .param("id", jobId)
                    .param("holder", leases.holder())
                    .update();
            if (finished == 0) {
                log.warn("Impact job {} was marked failed while it ran (its heartbeat went stale)", jobId);
            }
        } catch (AssessmentBudget.Exceeded | ImpactTally.ActiveOverran e) {
            Overrun overrun = overBudget.first();
            String failure = overrun == null
                    ? "the rules this replay used were stopped over their budget by another decision on them (a"
                            + " shadow comparison or a live call); start it again"
                    : overrun.text() + " within its budget of "
                            + BudgetWords.of(overrun.budget(budgets))
                            + "; live, such a ruleset holds a triage call as long and refuses it, so correct"
                            + " the rule that never finishes";
            if (overBudget.activeSideOverran()) {
                // The replay decided with the live engine itself: live triage compiles it again now. Counted
                // with the live stops, as the same alert must reach the policy leads: the active rules loop.
                metrics.overran(activeEngine.identity().version());
                log.error(
                        "Impact job {} failed: the active ruleset {} went over its budget on a replayed referral;"
                                + " a rule of it never finishes on such referrals: tell the policy leads",
                        jobId,
                        activeEngine.identity().version());
            } else {
                log.warn("Impact job {} failed: a ruleset went over its budget", jobId);
            }
            fail(jobId, failure);
        } catch (ShutDown e) {
            Thread.interrupted();
            fail(jobId, "stopped by a shutdown of the instance running it; start it again");
        } catch (RuntimeException | Error e) {
            // An Error too (out of memory writing the report, say): left RUNNING, the job's heartbeat would
            // keep it so until the instance stopped (a review). The class only: a message could quote a referral.
            log.error("Impact job {} failed: {}", jobId, e.getClass().getName());
            fail(
                    jobId,
                    "the replay stopped with an internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void fail(UUID jobId, String failure) {
        try {
            jdbc.sql("""
                    UPDATE impact_job SET state = 'FAILED', finished_at = :at, failure = :failure
                    WHERE job_id = :id AND holder = :holder AND state IN ('QUEUED', 'RUNNING')
                    """)
                    .param("at", leases.databaseNow())
                    .param("failure", failure)
                    .param("id", jobId)
                    .param("holder", leases.holder())
                    .update();
        } catch (DataAccessException e) {
            // The heartbeat stops with this instance, so another marks the job failed once it goes stale.
            log.warn("Impact job {} could not be marked failed: {}", jobId, SafeTrace.describe(e));
        }
    }

    /** Thrown inside a replay when the instance shuts down: the job stops rather than holding up the stop. */
    private static final class ShutDown extends RuntimeException {
        ShutDown() {
            super(null, null, false, false);
        }
    }

    /**
     * Keeps this instance's jobs alive in the store and marks failed those whose instance is gone (or
     * from before jobs named their instance). Every instance does both; the updates are conditional, so
     * doing them twice changes nothing.
     */
    @Scheduled(fixedDelayString = "${mset.leases.renew-every:1s}")
    void heartbeat() {
        try {
            OffsetDateTime now = leases.databaseNow();
            jdbc.sql(
                            "UPDATE impact_job SET heartbeat_at = :now WHERE holder = :holder AND state IN ('QUEUED', 'RUNNING')")
                    .param("now", now)
                    .param("holder", leases.holder())
                    .update();
            int abandoned = jdbc.sql("""
                    UPDATE impact_job SET state = 'FAILED', finished_at = :now,
                           failure = 'stopped: the instance running it stopped or died; start it again'
                    WHERE state IN ('QUEUED', 'RUNNING') AND (heartbeat_at IS NULL OR heartbeat_at < :stale)
                    """)
                    .param("now", now)
                    .param("stale", now.minus(leases.duration()))
                    .update();
            if (abandoned > 0) {
                log.warn("{} impact job(s) marked failed: the instance running them is gone", abandoned);
            }
        } catch (DataAccessException e) {
            // Once per fault, not once a second: the lease renewal beside it opens the store's fault episode.
            heartbeat.failed(e);
            return;
        }
        heartbeat.worked();
    }

    /**
     * Now by the database's clock, which every instance sharing it agrees on: a job's times are written by
     * the instance running it and read by whichever answers (a review: each instance's clock was used).
     */
    public OffsetDateTime now() {
        return leases.databaseNow();
    }

    /** A stored decision's referral as the rules saw it, to decide again. */
    private ReplayedReferral replayed(UUID decisionId, Decisions.StoredRequest stored) {
        StoredDecisionJson.Read answer = StoredDecisionJson.read(mapper, stored.answerJson());
        return new ReplayedReferral(
                ReplayedReferral.Source.DECISION,
                decisionId.toString(),
                ReferralMapper.fromJson(mapper, stored.json()).withDefaults(stored.countedFrom()),
                answer.intelligence(),
                given(answer, stored.serviceBuild(), build.id()));
    }

    /**
     * The outcome a stored decision gave, for the replay to take as the active ruleset's when that ruleset
     * made it (ImpactTally checks the SHA-256); only when this very build of the service made it too, since
     * another build may read a referral or assemble a decision differently, and the report must show what
     * the candidate changes, not what an upgrade did. Null otherwise: both sides are decided again.
     */
    static ReplayedReferral.Given given(StoredDecisionJson.Read answer, String decidedBy, String running) {
        return running.equals(decidedBy) ? answer.given() : null;
    }

    private static ReplayedReferral replayed(Scenario scenario) {
        return ReplayedReferral.of(scenario);
    }

    /** Hands the items to the work {@link #SLICE} at a time, in order. */
    private static <T> void inSlices(List<T> items, Consumer<List<T>> work) {
        Slices.each(items, SLICE, work);
    }

    /** A stored decision decided again, or (replay null) one left out because it could not be. */
    private record Attempt(UUID decisionId, ImpactTally.Replay replay) {}

    /** What a ruleset went over its budget on, and which side of the replay it was. */
    private record Overrun(boolean activeSide, String what) {

        String text() {
            return (activeSide ? "the active ruleset" : "the candidate") + " did not decide " + what;
        }

        /** The active side decides within the live budget, as it does for triage calls. */
        Duration budget(RuleBudgets budgets) {
            return activeSide ? budgets.live() : budgets.candidate();
        }
    }

    /**
     * The overruns of one replay: the first, which the job's failure names, and whether the active side
     * overran at all (also after the candidate did, on a referral replayed in parallel), which is counted
     * with the live stops whichever came first.
     */
    private static final class OverBudget {
        private final AtomicReference<Overrun> first = new AtomicReference<>();
        private volatile boolean activeSideOverran;

        void note(Overrun overrun) {
            first.compareAndSet(null, overrun);
            if (overrun.activeSide()) {
                activeSideOverran = true;
            }
        }

        Overrun first() {
            return first.get();
        }

        boolean activeSideOverran() {
            return activeSideOverran;
        }
    }

    /**
     * Decides a stored decision's referral again; one that cannot be read or decided (another format, a
     * rule failing on it) is left out and listed rather than stopping the whole replay.
     */
    private static Attempt attempt(
            UUID decisionId, Supplier<ReplayedReferral> referral, ImpactTally tally, OverBudget overBudget) {
        try {
            return new Attempt(
                    decisionId,
                    withinBudget("stored decision " + decisionId, () -> tally.decide(referral.get()), overBudget));
        } catch (AssessmentBudget.Exceeded | ImpactTally.ActiveOverran e) {
            throw e;
        } catch (RuntimeException e) {
            return new Attempt(decisionId, null);
        }
    }

    /**
     * The replay, or the failure of either ruleset to decide it within its budget, noting which first failed
     * on what ("the candidate did not decide stored decision ...").
     */
    private static ImpactTally.Replay withinBudget(
            String what, Supplier<ImpactTally.Replay> replay, OverBudget overBudget) {
        try {
            return replay.get();
        } catch (AssessmentBudget.Exceeded e) {
            if (!e.byEarlierDecision()) {
                overBudget.note(new Overrun(false, what));
            }
            throw e;
        } catch (ImpactTally.ActiveOverran e) {
            if (!e.byEarlierDecision()) {
                overBudget.note(new Overrun(true, what));
            }
            throw e;
        }
    }

    /** Counts a slice's attempts in order, then writes the job's progress once for the slice. */
    private void count(UUID jobId, ImpactTally tally, List<Attempt> attempts) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ShutDown();
        }
        for (Attempt attempt : attempts) {
            if (attempt.replay() == null) {
                tally.notReplayed(attempt.decisionId().toString());
            } else {
                tally.count(attempt.replay());
            }
        }
        jdbc.sql("UPDATE impact_job SET done = :done WHERE job_id = :id")
                .param("done", tally.replayed() + tally.notReplayedCount())
                .param("id", jobId)
                .update();
    }

    /**
     * A replay asked for: its job, the ruleset it compared the candidate with (the one serving then), and
     * where it stands, since only a replay done has a report to read.
     */
    public record Replay(UUID jobId, String comparedWith, State state) {}

    /** The replay of a candidate asked for last, if any: what its approver reads before approving. */
    public Optional<Replay> latestFor(String candidateVersion) {
        return jdbc.sql("SELECT job_id, active_version, state FROM impact_job WHERE candidate_version = :version"
                        + " ORDER BY requested_at DESC LIMIT 1")
                .param("version", candidateVersion)
                .query((row, n) -> new Replay(
                        row.getObject("job_id", UUID.class),
                        row.getString("active_version"),
                        State.valueOf(row.getString("state"))))
                .optional();
    }

    public Optional<Job> find(UUID jobId) {
        return jdbc.sql("SELECT * FROM impact_job WHERE job_id = :id")
                .param("id", jobId)
                .query((row, n) -> new Job(
                        row.getObject("job_id", UUID.class),
                        row.getString("candidate_version"),
                        row.getString("active_version"),
                        row.getObject("requested_at", OffsetDateTime.class),
                        row.getString("requested_by"),
                        State.valueOf(row.getString("state")),
                        row.getInt("total"),
                        row.getInt("done"),
                        row.getObject("started_at", OffsetDateTime.class),
                        row.getObject("finished_at", OffsetDateTime.class),
                        row.getString("failure"),
                        row.getString("report_json") == null
                                ? null
                                : mapper.readValue(row.getString("report_json"), ImpactReport.class),
                        row.getObject("replay_from", OffsetDateTime.class),
                        row.getObject("replay_before", OffsetDateTime.class),
                        row.getObject("scenarios_included", Boolean.class)))
                .optional();
    }
}
