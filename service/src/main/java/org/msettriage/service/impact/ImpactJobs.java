package org.msettriage.service.impact;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.msettriage.service.security.Caller;
import org.msettriage.service.triage.ReferralMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs impact jobs one at a time on a thread of their own (a replay is long and must not hold up triage
 * calls), writing progress as it goes so that a policy lead can follow it and fetch the report after.
 */
@Component
public class ImpactJobs implements DisposableBean {

    /** Progress is written after this many referrals, so a long job costs few writes. */
    static final int PROGRESS_EVERY = 100;

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
            ImpactReport report) {

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
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "impact-replay");
        thread.setDaemon(true);
        return thread;
    });

    ImpactJobs(
            JdbcClient jdbc,
            JsonMapper mapper,
            Decisions decisions,
            ActiveRuleset active,
            RulesetActivation activation,
            CandidateEngines candidates,
            ScenarioLibrary scenarios) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.decisions = decisions;
        this.active = active;
        this.activation = activation;
        this.candidates = candidates;
        this.scenarios = scenarios;
        // A job under way when the service stopped will never finish: say so rather than leave it running.
        jdbc.sql("""
                UPDATE impact_job SET state = 'FAILED', failure = 'stopped by a restart of the service; start it again'
                WHERE state IN ('QUEUED', 'RUNNING')
                """).update();
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
        List<Scenario> scenarioList = includeScenarios ? scenarios.scenarios() : List.of();
        UUID jobId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO impact_job (job_id, candidate_version, active_version, requested_at, requested_by, state,
                                        total, done)
                VALUES (:id, :candidate, :active, :at, :by, 'QUEUED', :total, 0)
                """)
                .param("id", jobId)
                .param("candidate", candidate.version())
                .param("active", activeEngine.identity().version())
                .param("at", OffsetDateTime.now())
                .param("by", caller.qualifiedName())
                .param("total", decisionIds.size() + scenarioList.size())
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
        try {
            jdbc.sql("UPDATE impact_job SET state = 'RUNNING', started_at = :at WHERE job_id = :id")
                    .param("at", OffsetDateTime.now())
                    .param("id", jobId)
                    .update();
            ImpactTally tally = new ImpactTally(activeEngine, candidates.engineFor(candidate));
            for (UUID decisionId : decisionIds) {
                Decisions.StoredRequest stored = decisions.requestAsDecided(decisionId);
                tally.replay(new ReplayedReferral(
                        ReplayedReferral.Source.DECISION,
                        decisionId.toString(),
                        ReferralMapper.fromJson(mapper, stored.json()).withDefaults(stored.countedFrom())));
                progress(jobId, tally.replayed());
            }
            for (Scenario scenario : scenarioList) {
                tally.replay(
                        new ReplayedReferral(ReplayedReferral.Source.SCENARIO, scenario.file(), scenario.referral()));
                progress(jobId, tally.replayed());
            }
            jdbc.sql("""
                    UPDATE impact_job SET state = 'DONE', done = :done, finished_at = :at, report_json = :report
                    WHERE job_id = :id
                    """)
                    .param("done", tally.replayed())
                    .param("at", OffsetDateTime.now())
                    .param("report", mapper.writeValueAsString(tally.report()))
                    .param("id", jobId)
                    .update();
        } catch (RuntimeException e) {
            // The exception's class only: a message could quote a stored referral.
            log.error("Impact job {} failed: {}", jobId, e.getClass().getName());
            jdbc.sql("UPDATE impact_job SET state = 'FAILED', finished_at = :at, failure = :failure WHERE job_id = :id")
                    .param("at", OffsetDateTime.now())
                    .param(
                            "failure",
                            "the replay stopped with an internal error ("
                                    + e.getClass().getSimpleName() + ")")
                    .param("id", jobId)
                    .update();
        }
    }

    private void progress(UUID jobId, int done) {
        if (done % PROGRESS_EVERY == 0) {
            jdbc.sql("UPDATE impact_job SET done = :done WHERE job_id = :id")
                    .param("done", done)
                    .param("id", jobId)
                    .update();
        }
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
                                : mapper.readValue(row.getString("report_json"), ImpactReport.class)))
                .optional();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
