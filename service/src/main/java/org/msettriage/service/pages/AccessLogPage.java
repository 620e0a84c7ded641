package org.msettriage.service.pages;

import java.util.UUID;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.decision.DecisionRecordMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who read which decision, newest first, for one decision or all, fifty to a page. */
@Controller
class AccessLogPage {

    private static final int SIZE = 50;

    private final AccessLog accessLog;

    AccessLogPage(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/audit/access-log")
    String accessLog(
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        model.addAttribute("section", "access-log");
        UUID decisionId = null;
        if (decision != null && !decision.isBlank()) {
            try {
                decisionId = UUID.fromString(decision.strip());
            } catch (IllegalArgumentException e) {
                model.addAttribute("problem", "A decision id looks like 3f2b8c1e-0d4a-4e7b-9c55-1a2b3c4d5e6f.");
                return "audit/access-log";
            }
        }
        int pageNumber = Math.max(1, parsedOrOne(page));
        AccessLog.Page found = accessLog.page(decisionId, null, null, pageNumber - 1, SIZE);
        model.addAttribute("decision", decisionId);
        model.addAttribute(
                "entries",
                found.items().stream().map(DecisionRecordMapper::access).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", pageNumber);
        long pages = Math.max(1, (found.total() + SIZE - 1) / SIZE);
        model.addAttribute("pages", pages);
        if (found.total() > 0 && pageNumber > pages) {
            // Past the last page: say so and offer the last, as the search does, not "2 reads" over no table.
            model.addAttribute("pastTheEnd", true);
            model.addAttribute("lastPage", PageLinks.toPage((int) pages));
        }
        model.addAttribute("previousPage", pageNumber > 1 ? PageLinks.toPage(pageNumber - 1) : null);
        model.addAttribute(
                "nextPage", (long) pageNumber * SIZE < found.total() ? PageLinks.toPage(pageNumber + 1) : null);
        return "audit/access-log";
    }

    private static int parsedOrOne(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
