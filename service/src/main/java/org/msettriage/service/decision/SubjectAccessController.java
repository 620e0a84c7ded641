package org.msettriage.service.decision;

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
    private final DecisionRecordMapper mapper;

    SubjectAccessController(DecisionRecords records, DecisionRecordMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<SubjectAccessExportDto> subjectAccessExport(SubjectAccessRequestDto request) {
        return ResponseEntity.ok(
                mapper.export(records.subjectAccess(request.getChildRef(), Caller.current(), request.getReason())));
    }
}
