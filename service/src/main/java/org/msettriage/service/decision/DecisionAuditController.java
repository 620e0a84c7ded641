package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.msettriage.api.AuditApi;
import org.msettriage.api.model.AccessLogPageDto;
import org.msettriage.api.model.DecisionPageDto;
import org.msettriage.api.model.DecisionRecordDto;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API: search decisions, read the whole record of one, and list who read what. */
@RestController
class DecisionAuditController implements AuditApi {

    private final DecisionSummaries summaries;
    private final DecisionRecords records;
    private final AccessLog accessLog;
    private final PersonalContent personal;
    private final ReferralRefHash referralRefs;
    private final DecisionRecordMapper mapper;

    DecisionAuditController(
            DecisionSummaries summaries,
            DecisionRecords records,
            AccessLog accessLog,
            PersonalContent personal,
            ReferralRefHash referralRefs,
            DecisionRecordMapper mapper) {
        this.summaries = summaries;
        this.records = records;
        this.accessLog = accessLog;
        this.personal = personal;
        this.referralRefs = referralRefs;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<DecisionPageDto> listDecisions(
            OffsetDateTime decidedFrom,
            OffsetDateTime decidedBefore,
            String riskLevel,
            String pathway,
            String rulesetVersion,
            String localAuthority,
            String childRefHeader,
            String referralRefHeader,
            String sort,
            Integer page,
            Integer size) {
        // A wrong reference header is named together with every wrong filter value, as one problem.
        List<ParameterProblem> problems = new ArrayList<>();
        String childRef = SearchReference.CHILD.read(childRefHeader, problems);
        String referralRef = SearchReference.REFERRAL.read(referralRefHeader, problems);
        DecisionQuery query = null;
        try {
            query = DecisionQueryMapper.toQuery(
                            decidedFrom,
                            decidedBefore,
                            riskLevel,
                            pathway,
                            rulesetVersion,
                            localAuthority,
                            childRef == null ? null : personal.childRefHash(childRef),
                            sort,
                            page,
                            size)
                    .withReferralRefHash(referralRefs.of(referralRef));
        } catch (InvalidParametersException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        // Summaries only, nothing read from a decision's content: the listing is not recorded in the access
        // log, as the search page does not record a row it shows without content. A page that shows a row's
        // reference and summary records it as SEARCH_RESULTS; this answer never carries them.
        DecisionSummaries.Page found = summaries.search(query);
        return ResponseEntity.ok(new DecisionPageDto()
                .page(query.page())
                .size(query.size())
                .totalItems(found.total())
                .totalPages(pages(found.total(), query.size()))
                .sort(query.sort())
                .items(found.items().stream().map(DecisionRecordMapper::summary).toList()));
    }

    @Override
    public ResponseEntity<DecisionRecordDto> getDecisionRecord(UUID decisionId, String reasonHeader) {
        String reason = AccessLog.requiredReason(reasonHeader);
        return records.read(decisionId, Caller.current(), AccessLog.Channel.API, reason)
                .map(record -> ResponseEntity.ok(mapper.record(record)))
                .orElseThrow(() -> new NotFoundException("No decision stored has this id."));
    }

    @Override
    public ResponseEntity<AccessLogPageDto> listDecisionAccess(
            UUID decisionId,
            String accessedBy,
            String childRefHeader,
            String reasonHeader,
            OffsetDateTime accessedFrom,
            OffsetDateTime accessedBefore,
            Integer page,
            Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        List<ParameterProblem> problems = new ArrayList<>();
        String childRef = SearchReference.CHILD.read(childRefHeader, problems);
        if (accessedBy != null && (accessedBy.isBlank() || accessedBy.length() > AccessLog.MAX_READER)) {
            problems.add(new ParameterProblem(
                    "accessedBy", "must be a reader's name, at most " + AccessLog.MAX_READER + " characters"));
        }
        if (pageNumber < 0) {
            problems.add(new ParameterProblem("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > DecisionQuery.MAX_SIZE) {
            problems.add(new ParameterProblem("size", "must be from 1 to " + DecisionQuery.MAX_SIZE));
        }
        // Who read one child's decisions, and why, is itself a read about the child: asked why, as opening a
        // decision is, and recorded below.
        String reason = null;
        if (childRefHeader != null) {
            try {
                reason = AccessLog.requiredReason(reasonHeader);
            } catch (InvalidParametersException missing) {
                problems.addAll(missing.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        AccessLog.Filter filter = new AccessLog.Filter(
                decisionId,
                childRef == null ? null : personal.childRefHash(childRef),
                accessedBy,
                accessedFrom,
                accessedBefore);
        AccessLog.Page found = accessLog.page(filter, pageNumber, pageSize);
        if (childRef != null) {
            Caller reader = Caller.current();
            String why = reason;
            found.items().stream()
                    .map(AccessLog.Entry::decisionId)
                    .distinct()
                    .forEach(listed -> accessLog.record(listed, reader, AccessLog.CHILD_ACCESS_LOG, why));
        }
        return ResponseEntity.ok(new AccessLogPageDto()
                .page(pageNumber)
                .size(pageSize)
                .totalItems(found.total())
                .totalPages(pages(found.total(), pageSize))
                .items(found.items().stream().map(DecisionRecordMapper::access).toList()));
    }

    static int pages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }
}
