package org.msettriage.service.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.decision.DecisionQuery;
import org.msettriage.service.decision.DecisionQueryMapper;
import org.msettriage.service.decision.DecisionRecordMapper;
import org.msettriage.service.decision.DecisionSummaries;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.report.ReportSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page. Filters that say nothing about a child travel in the address, so a search can be
 * bookmarked; a child reference is posted instead, and the address then carries only its keyed hash
 * (what the database holds), never the reference. Dates are whole days in the reporting time zone.
 */
@Controller
class DecisionSearchPage {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final DecisionSummaries summaries;
    private final PersonalContent personal;
    private final ZoneId zone;

    DecisionSearchPage(DecisionSummaries summaries, PersonalContent personal, ReportSettings reports) {
        this.summaries = summaries;
        this.personal = personal;
        this.zone = reports.zone();
    }

    @GetMapping("/audit/decisions")
    String search(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String riskLevel,
            @RequestParam(required = false) String pathway,
            @RequestParam(required = false) String rulesetVersion,
            @RequestParam(required = false) String localAuthority,
            @RequestParam(required = false) String child,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            HttpSession session,
            Model model) {
        model.addAttribute("section", "decisions");
        model.addAttribute("riskLevels", RiskLevelDto.values());
        model.addAttribute("pathways", PathwayDto.values());
        model.addAttribute("localAuthorities", LocalAuthorityDto.values());
        model.addAttribute("purpose", AuditPurpose.of(session));
        model.addAttribute("childFiltered", child != null && !child.isBlank());
        List<ParameterProblem> problems = new ArrayList<>();
        OffsetDateTime decidedFrom = startOf("from", from, 0, problems);
        OffsetDateTime decidedBefore = startOf("to", to, 1, problems);
        String childRefHash = child == null || child.isBlank() ? null : child.strip();
        if (childRefHash != null && !HASH.matcher(childRefHash).matches()) {
            problems.add(new ParameterProblem("child", "is not a child reference this page made; search again"));
        }
        Integer pageNumber = null;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip()) - 1;
            } catch (NumberFormatException e) {
                problems.add(new ParameterProblem("page", "must be a whole number"));
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "audit/decisions";
        }
        try {
            DecisionQuery query = DecisionQueryMapper.toQuery(
                    decidedFrom,
                    decidedBefore,
                    riskLevel,
                    pathway,
                    rulesetVersion,
                    localAuthority,
                    childRefHash,
                    sort,
                    pageNumber,
                    25);
            DecisionSummaries.Page found = summaries.search(query);
            model.addAttribute(
                    "results",
                    found.items().stream().map(DecisionRecordMapper::summary).toList());
            model.addAttribute("total", found.total());
            model.addAttribute("page", query.page() + 1);
            model.addAttribute("pages", Math.max(1, (found.total() + query.size() - 1) / query.size()));
            model.addAttribute("previousPage", query.page() > 0 ? PageLinks.toPage(query.page()) : null);
            model.addAttribute(
                    "nextPage",
                    (long) (query.page() + 1) * query.size() < found.total()
                            ? PageLinks.toPage(query.page() + 2)
                            : null);
        } catch (InvalidParametersException e) {
            model.addAttribute("problems", e.problems());
        }
        return "audit/decisions";
    }

    /**
     * The child reference (and why the auditor is searching) arrive in a posted form; the answer sends
     * the browser to the search whose address holds the reference's keyed hash only.
     */
    @PostMapping("/audit/decisions")
    String searchByChild(
            @RequestParam(required = false) String childRef,
            @RequestParam(required = false) String purpose,
            HttpSession session) {
        AuditPurpose.set(session, purpose);
        UriComponentsBuilder search = UriComponentsBuilder.fromPath("/audit/decisions");
        if (childRef != null && !childRef.isBlank()) {
            search.queryParam("child", personal.childRefHash(childRef));
        }
        return "redirect:" + search.toUriString();
    }

    private OffsetDateTime startOf(String name, String day, int daysLater, List<ParameterProblem> problems) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip())
                    .plusDays(daysLater)
                    .atStartOfDay(zone)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new ParameterProblem(name, "must be a date, such as 2026-11-21"));
            return null;
        }
    }
}
