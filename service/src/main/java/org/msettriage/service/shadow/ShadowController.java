package org.msettriage.service.shadow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.msettriage.api.ShadowApi;
import org.msettriage.api.model.ShadowDifferenceDto;
import org.msettriage.api.model.ShadowDifferencesDto;
import org.msettriage.api.model.ShadowRequestDto;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.impact.ImpactMapper;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetMapper;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Starts and stops a shadow candidate, and lists where it decided differently. */
@RestController
class ShadowController implements ShadowApi {

    private final ShadowState state;
    private final RulesetActivation activation;
    private final CandidateEngines candidates;
    private final ActiveRuleset active;
    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    ShadowController(
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

    @Override
    public ResponseEntity<ShadowDifferencesDto> startShadow(ShadowRequestDto request) {
        RulesetStore.Kept kept = activation.kept(request.getVersion());
        if (active.engine().identity().version().equals(kept.version())) {
            throw new ConflictException("Ruleset " + kept.version() + " is the active one; a shadow must differ");
        }
        state.start(candidates.engineFor(kept), Caller.current().qualifiedName());
        return ResponseEntity.ok(differences(kept.version(), 0, 50));
    }

    @Override
    public ResponseEntity<Void> stopShadow() {
        state.stop();
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<ShadowDifferencesDto> listShadowDifferences(String version, Integer page, Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        if (pageNumber < 0 || pageSize < 1 || pageSize > 500) {
            throw new InvalidParametersException(List.of(new ParameterProblem(
                    pageNumber < 0 ? "page" : "size", pageNumber < 0 ? "must be 0 or more" : "must be from 1 to 500")));
        }
        String shown = version != null
                ? version
                : state.current().map(engine -> engine.identity().version()).orElse(null);
        if (shown == null) {
            return ResponseEntity.ok(new ShadowDifferencesDto()
                    .running(false)
                    .compared(0L)
                    .differing(0L)
                    .differences(List.of()));
        }
        return ResponseEntity.ok(differences(shown, pageNumber, pageSize));
    }

    private ShadowDifferencesDto differences(String version, int page, int size) {
        record Run(String sha256, boolean running, long compared, long differing) {}
        Run run = jdbc.sql("""
                SELECT r.sha256, s.running, s.compared, s.differing FROM shadow_run s
                JOIN ruleset r ON r.version = s.version WHERE s.version = :version
                """)
                .param("version", version)
                .query((row, n) -> new Run(
                        row.getString("sha256"),
                        row.getBoolean("running"),
                        row.getLong("compared"),
                        row.getLong("differing")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Ruleset " + version + " has never run in shadow"));
        List<ShadowDifferenceDto> differences = jdbc.sql("""
                SELECT decision_id, recorded_at, active_version, active_sha256, change_json FROM shadow_difference
                WHERE shadow_version = :version ORDER BY difference_id DESC LIMIT :size OFFSET :offset
                """)
                .param("version", version)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new ShadowDifferenceDto()
                        .decisionId(row.getObject("decision_id", UUID.class))
                        .recordedAt(row.getObject("recorded_at", OffsetDateTime.class))
                        .active(RulesetMapper.ref(
                                new RulesetIdentity(row.getString("active_version"), row.getString("active_sha256"))))
                        .change(ImpactMapper.change(
                                mapper.readValue(row.getString("change_json"), ImpactReport.Change.class))))
                .list();
        return new ShadowDifferencesDto()
                .shadow(RulesetMapper.ref(new RulesetIdentity(version, run.sha256())))
                .running(run.running())
                .compared(run.compared())
                .differing(run.differing())
                .differences(differences);
    }
}
