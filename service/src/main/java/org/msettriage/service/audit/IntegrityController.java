package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.msettriage.api.IntegrityApi;
import org.msettriage.api.model.AuditProblemDto;
import org.msettriage.api.model.AuditVerificationDto;
import org.msettriage.api.model.ChainHeadDto;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/audit/verify: the whole store checked against its seals, for auditors, and against a head
 * kept from an earlier check when one is given.
 */
@RestController
class IntegrityController implements IntegrityApi {

    private final AuditVerifier verifier;

    IntegrityController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public ResponseEntity<AuditVerificationDto> verifyAudit(Long headPosition, String headChainMac) {
        AuditVerification result = verifier.verify(keptHead(headPosition, headChainMac));
        return ResponseEntity.ok(new AuditVerificationDto()
                .checkedAt(result.checkedAt())
                .intact(result.intact())
                .sealedRecords(result.sealedRecords())
                .awaitingSeal(result.awaitingSeal())
                .personalContentRemoved(result.personalContentRemoved())
                .head(result.head()
                        .map(head ->
                                new ChainHeadDto().position(head.position()).chainMac(head.chainMac()))
                        .orElse(null))
                .problems(result.problems().stream()
                        .map(problem -> new AuditProblemDto()
                                .decisionId(problem.decisionId())
                                .recordKind(
                                        problem.recordKind() == null
                                                ? null
                                                : AuditProblemDto.RecordKindEnum.fromValue(
                                                        problem.recordKind().name()))
                                .kind(AuditProblemDto.KindEnum.fromValue(
                                        problem.kind().name()))
                                .position(problem.position())
                                .detail(problem.detail()))
                        .toList())
                .problemsTotal(result.problemsTotal()));
    }

    /** The head an auditor kept from an earlier check, when both its parts are given and well formed. */
    private static Optional<AuditVerification.Head> keptHead(Long position, String chainMac) {
        List<ParameterProblem> problems = new ArrayList<>();
        if (position != null && position < 1) {
            problems.add(new ParameterProblem("headPosition", "must be 1 or more"));
        }
        if (chainMac != null && !AuditVerification.Head.isChainMac(chainMac)) {
            problems.add(new ParameterProblem("headChainMac", "must be 64 lower-case hexadecimal digits"));
        }
        if (position == null && chainMac != null) {
            problems.add(new ParameterProblem("headPosition", "is required with headChainMac"));
        }
        if (chainMac == null && position != null) {
            problems.add(new ParameterProblem("headChainMac", "is required with headPosition"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return position == null ? Optional.empty() : Optional.of(new AuditVerification.Head(position, chainMac));
    }
}
