package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.msettriage.api.SubjectAccessApi;
import org.msettriage.api.model.SubjectAccessExportDto;
import org.msettriage.api.model.SubjectAccessRequestDto;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/audit/subject-access: every decision held about one child, for a subject access request.
 * The reference comes in the body, so it never reaches an address, a proxy or an access log.
 */
@RestController
class SubjectAccessController implements SubjectAccessApi {

    private final DecisionRecords records;

    SubjectAccessController(DecisionRecords records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<SubjectAccessExportDto> subjectAccessExport(SubjectAccessRequestDto request) {
        Caller caller = Caller.current();
        return ResponseEntity.ok(new SubjectAccessExportDto()
                .childRef(request.getChildRef())
                .generatedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
                .generatedBy(caller.qualifiedName())
                .decisions(records.aboutChild(request.getChildRef(), caller, request.getReason())));
    }
}
