package org.msettriage.service.impact;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.msettriage.api.ImpactApi;
import org.msettriage.api.model.ImpactJobDto;
import org.msettriage.api.model.ImpactRequestDto;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.ruleset.RulesetMapper;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.security.Caller;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Starts impact jobs and reports their progress and, once done, their report. */
@RestController
class ImpactController implements ImpactApi {

    private final ImpactJobs jobs;
    private final RulesetStore store;
    private final ReportSettings reportSettings;

    ImpactController(ImpactJobs jobs, RulesetStore store, ReportSettings reportSettings) {
        this.jobs = jobs;
        this.store = store;
        this.reportSettings = reportSettings;
    }

    @Override
    public ResponseEntity<ImpactJobDto> startImpact(ImpactRequestDto request) {
        LocalDate from = request.getDecidedFrom();
        LocalDate before = request.getDecidedBefore();
        if (from != null && before != null && !from.isBefore(before)) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("/decidedBefore", "must be later than decidedFrom")));
        }
        ImpactJobs.Job job = jobs.start(
                request.getCandidate(),
                startOf(from),
                startOf(before),
                request.getIncludeScenarios() == null || request.getIncludeScenarios(),
                Caller.current());
        // Relative, never from the Host header a caller can set (see the triage's Location).
        URI location = ServiceAddress.of("/api/v1/rulesets/impact/" + job.jobId());
        return ResponseEntity.accepted().location(location).body(dto(job));
    }

    @Override
    public ResponseEntity<ImpactJobDto> getImpactJob(UUID jobId) {
        return ResponseEntity.ok(
                dto(jobs.find(jobId).orElseThrow(() -> new NotFoundException("No impact job has this id."))));
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(reportSettings.zone()).toOffsetDateTime();
    }

    /** The day a bound of the replay starts, as it was asked for: in the reporting time zone. */
    private LocalDate dayOf(OffsetDateTime start) {
        return start == null
                ? null
                : start.atZoneSameInstant(reportSettings.zone()).toLocalDate();
    }

    private ImpactJobDto dto(ImpactJobs.Job job) {
        ImpactJobDto dto = new ImpactJobDto()
                .jobId(job.jobId())
                .state(ImpactJobDto.StateEnum.fromValue(job.state().name()))
                .candidate(ref(job.candidateVersion()))
                .active(ref(job.activeVersion()))
                .requestedAt(job.requestedAt())
                .requestedBy(job.requestedBy())
                .total(job.total())
                .done(job.done())
                .percentDone(job.percentDone())
                .decidedFrom(dayOf(job.replayFrom()))
                .decidedBefore(dayOf(job.replayBefore()))
                .includeScenarios(job.scenariosIncluded())
                .failure(job.failure());
        job.estimatedSecondsLeft(jobs.now()).ifPresent(dto::estimatedSecondsLeft);
        if (job.report() != null) {
            dto.report(ImpactMapper.report(job.report()));
        }
        return dto;
    }

    private org.msettriage.api.model.RulesetRefDto ref(String version) {
        RulesetStore.Kept kept = store.find(version).orElseThrow();
        return RulesetMapper.ref(new RulesetIdentity(kept.version(), kept.sha256()));
    }
}
