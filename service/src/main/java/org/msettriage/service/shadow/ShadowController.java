package org.msettriage.service.shadow;

import java.util.List;
import org.msettriage.api.ShadowApi;
import org.msettriage.api.model.ShadowDifferenceDto;
import org.msettriage.api.model.ShadowDifferencesDto;
import org.msettriage.api.model.ShadowRequestDto;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.impact.ImpactMapper;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.ruleset.RulesetMapper;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Starts and stops a shadow candidate, and lists where it decided differently. */
@RestController
class ShadowController implements ShadowApi {

    private final ShadowRuns runs;

    ShadowController(ShadowRuns runs) {
        this.runs = runs;
    }

    @Override
    public ResponseEntity<ShadowDifferencesDto> startShadow(ShadowRequestDto request) {
        String version = runs.start(request.getVersion(), Caller.current().qualifiedName());
        return ResponseEntity.ok(differences(version, 0, 50));
    }

    @Override
    public ResponseEntity<Void> stopShadow() {
        runs.stop();
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
        String shown = version != null ? version : runs.current().orElse(null);
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
        ShadowRuns.Shown shown = runs.shown(version, page, size)
                .orElseThrow(() -> new NotFoundException("The ruleset of this version has never run in shadow."));
        ShadowRuns.Run run = shown.run();
        List<ShadowDifferenceDto> differences = shown.differences().stream()
                .map(difference -> new ShadowDifferenceDto()
                        .decisionId(difference.decisionId())
                        .recordedAt(difference.recordedAt())
                        .active(RulesetMapper.ref(
                                new RulesetIdentity(difference.activeVersion(), difference.activeSha256())))
                        .change(ImpactMapper.change(difference.change())))
                .toList();
        return new ShadowDifferencesDto()
                .shadow(RulesetMapper.ref(new RulesetIdentity(version, run.sha256())))
                .running(run.running())
                .compared(run.compared())
                .differing(run.differing())
                .stoppedBecause(run.stoppedBecause())
                .differences(differences);
    }
}
