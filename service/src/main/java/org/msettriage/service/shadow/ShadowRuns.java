package org.msettriage.service.shadow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shadow runs as the API and the rules workbench both show them: start one for a kept ruleset, stop it,
 * and read a run's counts and the decisions where the candidate differed, newest first.
 */
@Service
public class ShadowRuns {

    /**
     * A ruleset's shadow run: whether it runs now, how many live calls it was compared on, how many differed,
     * and why the service stopped it, if it did (null otherwise).
     */
    public record Run(
            String version, String sha256, boolean running, long compared, long differing, String stoppedBecause) {}

    /** One live decision the shadow decided differently, with how. */
    public record Difference(
            UUID decisionId,
            OffsetDateTime recordedAt,
            String activeVersion,
            String activeSha256,
            ImpactReport.Change change) {}

    private static final RowMapper<Run> RUN = (row, n) -> new Run(
            row.getString("version"),
            row.getString("sha256"),
            row.getBoolean("running"),
            row.getLong("compared"),
            row.getLong("differing"),
            row.getString("stopped_because"));

    private final ShadowState state;
    private final RulesetActivation activation;
    private final CandidateEngines candidates;
    private final ActiveRuleset active;
    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    ShadowRuns(
            ShadowState state,
            RulesetActivation activation,
            CandidateEngines candidates,
            ActiveRuleset active,
            JdbcClient jdbc,
            JsonMapper mapper) {
        this.state = state;
        this.activation = activation;
        this.candidates = candidates;
        this.active = active;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Runs a kept ruleset in shadow, in place of any other; the active one is refused, as it cannot differ. */
    public String start(String version, String by) {
        RulesetStore.Kept kept = activation.kept(version);
        if (active.engine().identity().version().equals(kept.version())) {
            throw new ConflictException("Ruleset " + kept.version() + " is the active one; a shadow must differ");
        }
        state.start(candidates.engineFor(kept), by);
        return kept.version();
    }

    public void stop() {
        state.stop();
    }

    /** The version running in shadow now, if one is, as this instance runs it. */
    public Optional<String> current() {
        return state.current().map(engine -> engine.identity().version());
    }

    /** The version running in shadow now as the database records it, whichever instance started it. */
    public Optional<String> recorded() {
        return runs().stream().filter(Run::running).map(Run::version).findFirst();
    }

    /** A ruleset's run, or empty when it has never run in shadow. */
    public Optional<Run> run(String version) {
        return jdbc.sql("""
                SELECT s.version, r.sha256, s.running, s.compared, s.differing, s.stopped_because FROM shadow_run s
                JOIN ruleset r ON r.version = s.version WHERE s.version = :version
                """).param("version", version).query(RUN).optional();
    }

    /** Every ruleset that has run in shadow, the one running first, then by version. */
    public List<Run> runs() {
        return jdbc.sql("""
                SELECT s.version, r.sha256, s.running, s.compared, s.differing, s.stopped_because FROM shadow_run s
                JOIN ruleset r ON r.version = s.version ORDER BY s.running DESC, s.version
                """).query(RUN).list();
    }

    /** One page of where a ruleset decided differently in shadow, newest first. */
    public List<Difference> differences(String version, int page, int size) {
        return jdbc.sql("""
                SELECT decision_id, recorded_at, active_version, active_sha256, change_json FROM shadow_difference
                WHERE shadow_version = :version ORDER BY difference_id DESC LIMIT :size OFFSET :offset
                """)
                .param("version", version)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new Difference(
                        row.getObject("decision_id", UUID.class),
                        row.getObject("recorded_at", OffsetDateTime.class),
                        row.getString("active_version"),
                        row.getString("active_sha256"),
                        mapper.readValue(row.getString("change_json"), ImpactReport.Change.class)))
                .list();
    }
}
