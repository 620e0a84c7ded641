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

    /** A run's counts with one page of the decisions where it differed, read together (see {@link #shown}). */
    public record Shown(Run run, List<Difference> differences) {}

    private final ShadowState state;
    private final RulesetActivation activation;
    private final CandidateEngines candidates;
    private final ActiveRuleset active;
    private final ShadowRecords records;

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
        this.records = new ShadowRecords(jdbc, mapper);
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

    /** Every ruleset that has run in shadow, the one running first, then by version. */
    public List<Run> runs() {
        return records.runs();
    }

    /**
     * A ruleset's run with one page of where it decided differently, newest first, in one read, so that the
     * counts and the rows agree while the shadow runs; empty when it has never run in shadow.
     */
    public Optional<Shown> shown(String version, int page, int size) {
        return records.shown(version, page, size);
    }
}
