package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.decision.DecisionRecordMapper;
import org.msettriage.service.decision.DecisionRecords;
import org.msettriage.service.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One decision as a report a panel chair and an auditor read, on screen or printed: the level and route,
 * what the referral said, how the level was reached, the plan, the reasons by policy step, the
 * practitioners' feedback, who has read it and whether it still matches its seal. Opening it is recorded
 * first, as opened on this page (DECISION_PAGE), apart from a listing in search results.
 */
@Controller
class DecisionPage {

    private final DecisionRecords records;
    private final DecisionRecordMapper mapper;

    DecisionPage(DecisionRecords records, DecisionRecordMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    @GetMapping("/audit/decisions/{decisionId}")
    String decision(
            @PathVariable String decisionId,
            @AuthenticationPrincipal Caller auditor,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("section", "decisions");
        UUID id;
        try {
            id = UUID.fromString(decisionId);
        } catch (IllegalArgumentException notAnId) {
            return NotFoundPage.show(response, model, "There is no decision with that id.");
        }
        return records.read(id, auditor, AccessLog.Channel.DECISION_PAGE, AuditPurpose.of(session))
                .map(record -> {
                    model.addAttribute("record", mapper.record(record));
                    model.addAttribute("printedAt", OffsetDateTime.now());
                    return "audit/decision";
                })
                .orElseGet(() -> NotFoundPage.show(response, model, "No decision " + id + " is stored."));
    }
}
