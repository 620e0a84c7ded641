package org.msettriage.service.audit;

import org.msettriage.api.IntegrityApi;
import org.msettriage.api.model.AuditProblemDto;
import org.msettriage.api.model.AuditVerificationDto;
import org.msettriage.api.model.ChainHeadDto;
import org.msettriage.api.model.KeptHeadCheckDto;
import org.msettriage.api.model.MissingLinksDto;
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
        AuditVerification result = verifier.verify(AuditVerification.Head.kept(headPosition, headChainMac));
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
                                .detail(problem.detail())
                                .rulesetVersion(problem.rulesetVersion()))
                        .toList())
                .problemsTotal(result.problemsTotal())
                .keptHead(result.keptHead()
                        .map(kept -> new KeptHeadCheckDto()
                                .position(kept.position())
                                .chainMac(kept.chainMac())
                                .matched(kept.matched()))
                        .orElse(null))
                .missingLinks(result.missingLinks()
                        .map(missing -> new MissingLinksDto()
                                .count(missing.count())
                                .first(missing.first())
                                .last(missing.last()))
                        .orElse(null)));
    }
}
