package org.msettriage.service.subjectaccess;

import java.util.List;
import org.msettriage.api.SubjectAccessApi;
import org.msettriage.api.model.SubjectAccessExportDto;
import org.msettriage.api.model.SubjectAccessRequestDto;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/audit/subject-access: every decision held about one child, and what the panel decided
 * about them, for a subject access request.
 * The reference comes in the body, so it never reaches an address, a proxy or an access log.
 */
@RestController
class SubjectAccessController implements SubjectAccessApi {

    private final SubjectAccessMapper mapper;

    SubjectAccessController(SubjectAccessMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<SubjectAccessExportDto> subjectAccessExport(SubjectAccessRequestDto request) {
        // As triage refuses such a reference, no child has one: say so rather than export nothing.
        if (FreeText.isBlank(request.getChildRef())) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "/childRef", "shows nothing (only spaces or invisible characters); give the child's reference")));
        }
        return ResponseEntity.ok(mapper.export(request.getChildRef(), Caller.current(), request.getReason()));
    }
}
