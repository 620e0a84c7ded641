package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;
import org.msettriage.service.decision.DecisionQuery;
import org.msettriage.service.decision.DecisionQueryMapper;
import org.msettriage.service.decision.DecisionRecordMapper;
import org.msettriage.service.decision.DecisionSummaries;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.PageProblem;
import org.msettriage.service.problem.RepeatedParameters;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page. Filters that say nothing about a child travel in the address, so a search can be
 * bookmarked; a child or referral reference is posted instead, and the address then carries only its
 * keyed hash (what the database holds), never the reference. Dates are whole days in the reporting time
 * zone. Problems are told in the form's words, and a page past the last says so.
 */
@Controller
class DecisionSearchPage {

    static final int PAGE_SIZE = 25;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final DecisionSummaries summaries;
    private final Decisions decisions;
    private final DecisionRecordMapper mapper;
    private final PersonalContent personal;
    private final ReferralRefHash referralRefs;
    private final ZoneId zone;
    private final AccessLog accessLog;

    DecisionSearchPage(
            DecisionSummaries summaries,
            Decisions decisions,
            DecisionRecordMapper mapper,
            PersonalContent personal,
            ReferralRefHash referralRefs,
            ReportSettings reports,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.summaries = summaries;
        this.decisions = decisions;
        this.mapper = mapper;
        this.personal = personal;
        this.referralRefs = referralRefs;
        this.zone = reports.zone();
    }

    /** The names the search reads from its address, as its form and its links write them. */
    private static final Set<String> READ = Set.of(
            "from",
            "to",
            "riskLevel",
            "pathway",
            "rulesetVersion",
            "localAuthority",
            "child",
            "referral",
            "sort",
            "page");

    @GetMapping("/audit/decisions")
    String search(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String riskLevel,
            @RequestParam(required = false) String pathway,
            @RequestParam(required = false) String rulesetVersion,
            @RequestParam(required = false) String localAuthority,
            @RequestParam(required = false) String child,
            @RequestParam(required = false) String referral,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @AuthenticationPrincipal Caller auditor,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<String> versions = summaries.rulesetVersions();
        model.addAttribute("section", "decisions");
        model.addAttribute("riskLevels", RiskLevelDto.values());
        model.addAttribute("pathways", PathwayDto.values());
        model.addAttribute("localAuthorities", LocalAuthorityDto.values());
        model.addAttribute("rulesetVersions", versions);
        model.addAttribute("purpose", AuditPurpose.of(session));
        model.addAttribute("childFiltered", given(child));
        model.addAttribute("referralFiltered", given(referral));
        List<SearchProblems.Shown> problems = new ArrayList<>();
        OffsetDateTime decidedFrom = startOf("Decided from", from, 0, problems);
        OffsetDateTime decidedBefore = startOf("Decided to", to, 1, problems);
        String childRefHash = hashGiven(child, "Child reference", problems);
        String referralRefHash = hashGiven(referral, "Referral reference", problems);
        if (given(rulesetVersion) && !versions.contains(rulesetVersion.strip())) {
            problems.add(SearchProblems.of(
                    "Ruleset version", "has decided nothing stored here; choose a version from the list"));
        }
        Integer pageNumber = pageNumber(page, problems);
        problems.addAll(SearchProblems.unread(request.getParameterMap().keySet(), READ));
        if (!problems.isEmpty()) {
            return withProblems(model, response, problems);
        }
        DecisionQuery query;
        try {
            query = DecisionQueryMapper.toQuery(
                            decidedFrom,
                            decidedBefore,
                            riskLevel,
                            pathway,
                            rulesetVersion,
                            localAuthority,
                            childRefHash,
                            sort,
                            pageNumber,
                            PAGE_SIZE)
                    .withReferralRefHash(referralRefHash);
        } catch (InvalidParametersException e) {
            return withProblems(model, response, SearchProblems.inWords(e.problems()));
        }
        DecisionSummaries.Page found = summaries.search(query);
        int pages = (int) Math.max(1, (found.total() + query.size() - 1) / query.size());
        model.addAttribute("total", found.total());
        model.addAttribute("page", query.page() + 1);
        model.addAttribute("pages", pages);
        if (found.total() > 0 && query.page() >= pages) {
            // Past the last page: say so and offer the last, rather than "Page 99 of 12" over an empty table.
            model.addAttribute("results", List.of());
            model.addAttribute("pastTheEnd", true);
            model.addAttribute("lastPage", PageLinks.toPage(pages));
            return "audit/decisions";
        }
        // A row's reference and summary are read from the decision: only once the auditor has said why, and
        // each such read goes into the access log with that reason, as a listing (SEARCH_RESULTS), not as the
        // decision opened. A row that shows only the summary's columns is not recorded, as an API search's
        // summaries are not.
        String purpose = AuditPurpose.of(session);
        List<SearchRow> rows = found.items().stream()
                .map(summary -> purpose == null ? SearchRow.unread(summary) : SearchRow.of(summary, decisions, mapper))
                .toList();
        rows.stream()
                .filter(SearchRow::showsContent)
                .forEach(row -> accessLog.record(
                        row.summary().decisionId(), auditor, AccessLog.Channel.SEARCH_RESULTS, purpose));
        model.addAttribute("results", rows);
        model.addAttribute("previousPage", query.page() > 0 ? PageLinks.toPage(query.page()) : null);
        model.addAttribute("nextPage", query.page() + 1 < pages ? PageLinks.toPage(query.page() + 2) : null);
        return "audit/decisions";
    }

    /**
     * A child or referral reference (and why the auditor is searching) arrive in a posted form; the answer
     * sends the browser to the search whose address holds the references' keyed hashes only.
     */
    @PostMapping("/audit/decisions")
    String searchByReference(
            @RequestParam(required = false) String childRef,
            @RequestParam(required = false) String referralRef,
            @RequestParam(required = false) String purpose,
            HttpSession session,
            HttpServletRequest request) {
        RepeatedParameters.refuse(request, List.of("childRef", "referralRef", "purpose"));
        AuditPurpose.set(session, purpose);
        UriComponentsBuilder search = UriComponentsBuilder.fromPath("/audit/decisions");
        if (given(childRef)) {
            search.queryParam("child", personal.childRefHash(childRef));
        }
        if (given(referralRef)) {
            search.queryParam("referral", referralRefs.of(referralRef));
        }
        return "redirect:" + search.toUriString();
    }

    private static String withProblems(Model model, HttpServletResponse response, List<SearchProblems.Shown> problems) {
        // A search the page cannot run is the request's fault, as the analysts' dashboard answers it.
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        List<PageProblem> lines = problems.stream()
                .map(problem -> new PageProblem(problem.text(), problem.fieldId()))
                .toList();
        model.addAttribute("problems", lines);
        model.addAttribute("invalid", PageProblem.fieldsAtFault(lines));
        model.addAttribute("errors", PageProblem.messagesByField(lines));
        return "audit/decisions";
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String hashGiven(String value, String field, List<SearchProblems.Shown> problems) {
        if (!given(value)) {
            return null;
        }
        String hash = value.strip();
        if (!HASH.matcher(hash).matches()) {
            problems.add(SearchProblems.of(field, "is not one this page made; enter the reference again"));
        }
        return hash;
    }

    /** The page asked for, counted from 0; null for the first. */
    private static Integer pageNumber(String page, List<SearchProblems.Shown> problems) {
        if (!given(page)) {
            return null;
        }
        OptionalInt asked = PageLinks.asked(page);
        if (asked.isPresent()) {
            return asked.getAsInt() - 1;
        }
        problems.add(SearchProblems.of("Page", "must be a whole number, 1 or more"));
        return null;
    }

    private OffsetDateTime startOf(String field, String day, int daysLater, List<SearchProblems.Shown> problems) {
        try {
            return EnteredDays.startOf(day, daysLater, zone);
        } catch (DateTimeParseException e) {
            problems.add(SearchProblems.of(field, "must be a date, such as 2026-11-21"));
            return null;
        }
    }
}
