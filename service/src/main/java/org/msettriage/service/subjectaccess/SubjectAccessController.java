package org.msettriage.service.subjectaccess;

import java.util.ArrayList;
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
        List<FieldProblem> problems = new ArrayList<>();
        if (FreeText.isBlank(request.getChildRef())) {
            problems.add(new FieldProblem(
                    "/childRef", "shows nothing (only spaces or invisible characters); give the child's reference"));
        }
        // An export is the widest read there is: the access log must say which request it answers.
        if (FreeText.isBlank(request.getReason())) {
            problems.add(new FieldProblem(
                    "/reason",
                    "shows nothing (only spaces or invisible characters); give the request you are answering"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return ResponseEntity.ok(mapper.export(request.getChildRef(), Caller.current(), request.getReason()));
    }
}
