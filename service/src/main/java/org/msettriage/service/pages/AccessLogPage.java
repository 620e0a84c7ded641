package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.decision.DecisionRecordMapper;
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
 * Who read which decision, newest first, fifty to a page, narrowed to one decision, one reader, one
 * child or the days of the reads, or any of them together. A child reference is posted, as on the search page, and the address then
 * holds only its keyed hash. The reads of one child show who looked at the child and why, so they are shown
 * only once the auditor has said why, and each decision they list is recorded in the access log with that
 * reason.
 */
@Controller
class AccessLogPage {

    private static final int SIZE = 50;
    private static final String PATH = "/audit/access-log";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final AccessLog accessLog;
    private final PersonalContent personal;
    private final ZoneId zone;

    AccessLogPage(AccessLog accessLog, PersonalContent personal, ReportSettings reports) {
        this.accessLog = accessLog;
        this.personal = personal;
        this.zone = reports.zone();
    }

    /** The names the log reads from its address, as its form and its links write them. */
    private static final Set<String> READ = Set.of("decision", "reader", "child", "from", "to", "page");

    @GetMapping(PATH)
    String accessLog(
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reader,
            @RequestParam(required = false) String child,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            @AuthenticationPrincipal Caller auditor,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("section", "access-log");
        model.addAttribute("decision", given(decision) ? decision.strip() : null);
        model.addAttribute("reader", given(reader) ? reader.strip() : null);
        model.addAttribute("child", given(child) ? child.strip() : null);
        model.addAttribute("from", given(from) ? from.strip() : null);
        model.addAttribute("to", given(to) ? to.strip() : null);
        model.addAttribute("purpose", AuditPurpose.of(session));
        List<PageProblem> problems = new ArrayList<>();
        UUID decisionId = decisionId(decision, problems);
        OffsetDateTime readFrom = startOf("Read from", "from", from, 0, problems);
        OffsetDateTime readBefore = startOf("Read to", "to", to, 1, problems);
        if (readFrom != null && readBefore != null && !readBefore.isAfter(readFrom)) {
            problems.add(new PageProblem("Read to must be the same day as Read from or later.", "to"));
        }
        int pageNumber = pageNumber(page, problems);
        // This page's form has no referral reference: only the child's field is linked to.
        SearchProblems.unread(request.getParameterMap().keySet(), READ).stream()
                .map(unread ->
                        new PageProblem(unread.text() + ".", "childRef".equals(unread.fieldId()) ? "childRef" : null))
                .forEach(problems::add);
        if (given(reader) && reader.strip().length() > AccessLog.MAX_READER) {
            problems.add(new PageProblem(
                    "Reader must be at most " + AccessLog.MAX_READER + " characters: a name such as demo-auditor.",
                    "reader"));
        }
        String childRefHash = null;
        String purpose = AuditPurpose.of(session);
        if (given(child)) {
            childRefHash = child.strip();
            if (!HASH.matcher(childRefHash).matches()) {
                problems.add(new PageProblem(
                        "Child reference is not one this page made; enter the reference again.", "childRef"));
            } else if (purpose == null) {
                problems.add(new PageProblem(
                        "Say why you are looking before the reads of one child are shown: enter the child"
                                + " reference again, with why.",
                        "purpose"));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return withProblems(model, problems);
        }
        AccessLog.Page found = accessLog.page(
                new AccessLog.Filter(decisionId, childRefHash, given(reader) ? reader : null, readFrom, readBefore),
                pageNumber - 1,
                SIZE);
        if (childRefHash != null) {
            // Who read this child's decisions, and why, is itself a read about the child: kept with the reason,
            // once for each decision this page lists.
            found.items().stream()
                    .map(AccessLog.Entry::decisionId)
                    .distinct()
                    .forEach(listed -> accessLog.record(listed, auditor, AccessLog.CHILD_ACCESS_LOG, purpose));
        }
        model.addAttribute("filtersInWords", filtersInWords(decisionId, childRefHash != null, reader, from, to));
        model.addAttribute("printedAt", OffsetDateTime.now());
        show(model, found, pageNumber);
        return "audit/access-log";
    }

    /**
     * "Only the reads ..., by demo-auditor, from 1 December 2026": what narrows the list, or null if nothing.
     * Printed with the list (the forms are not), so a page of one decision's reads is not taken for the log.
     */
    private static String filtersInWords(UUID decision, boolean child, String reader, String from, String to) {
        List<String> parts = new ArrayList<>();
        if (decision != null) {
            parts.add(" of decision " + decision);
        }
        if (child) {
            parts.add(" of the decisions about the child reference you entered");
        }
        if (given(reader)) {
            parts.add(" by " + reader.strip());
        }
        if (given(from) || given(to)) {
            String days = given(from) ? " from " + DAY.format(LocalDate.parse(from.strip())) : "";
            if (given(to)) {
                days += (given(from) ? " to " : " up to ") + DAY.format(LocalDate.parse(to.strip())) + " inclusive";
            }
            parts.add(days);
        }
        return parts.isEmpty() ? null : "Only the reads" + String.join(",", parts) + ".";
    }

    private OffsetDateTime startOf(
            String field, String fieldId, String day, int daysLater, List<PageProblem> problems) {
        try {
            return EnteredDays.startOf(day, daysLater, zone);
        } catch (DateTimeParseException e) {
            problems.add(new PageProblem(field + " must be a date, such as 2026-11-21.", fieldId));
            return null;
        }
    }

    /**
     * A child reference (and why the auditor is looking) arrive in a posted form; the answer sends the
     * browser to the log whose address holds the reference's keyed hash only, with the other filters kept.
     */
    @PostMapping(PATH)
    String byChild(
            @RequestParam(required = false) String childRef,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reader,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        RepeatedParameters.refuse(request, List.of("childRef", "purpose", "decision", "reader", "from", "to"));
        List<PageProblem> problems = new ArrayList<>();
        if (!given(childRef)) {
            problems.add(new PageProblem("Enter the child reference, as the case system sent it.", "childRef"));
        }
        if (purpose == null || FreeText.isBlank(purpose)) {
            problems.add(new PageProblem(
                    "Say why you are looking: it is kept in the access log with each decision shown.", "purpose"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("section", "access-log");
            model.addAttribute("decision", given(decision) ? decision.strip() : null);
            model.addAttribute("reader", given(reader) ? reader.strip() : null);
            model.addAttribute("from", given(from) ? from.strip() : null);
            model.addAttribute("to", given(to) ? to.strip() : null);
            model.addAttribute("purpose", AuditPurpose.of(session));
            return withProblems(model, problems);
        }
        AuditPurpose.set(session, purpose);
        UriComponentsBuilder log = UriComponentsBuilder.fromPath(PATH);
        if (given(decision)) {
            log.queryParam("decision", decision.strip());
        }
        if (given(reader)) {
            log.queryParam("reader", reader.strip());
        }
        if (given(from)) {
            log.queryParam("from", from.strip());
        }
        if (given(to)) {
            log.queryParam("to", to.strip());
        }
        log.queryParam("child", personal.childRefHash(childRef));
        return "redirect:" + log.encode().toUriString();
    }

    private static void show(Model model, AccessLog.Page found, int pageNumber) {
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
    }

    /** The log's form again, with its problems each linked to the field it names, marked invalid. */
    private static String withProblems(Model model, List<PageProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("invalid", PageProblem.fieldsAtFault(problems));
        model.addAttribute("errors", PageProblem.messagesByField(problems));
        return "audit/access-log";
    }

    private static UUID decisionId(String decision, List<PageProblem> problems) {
        if (!given(decision)) {
            return null;
        }
        try {
            return UUID.fromString(decision.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new PageProblem("A decision id looks like 3f2b8c1e-0d4a-4e7b-9c55-1a2b3c4d5e6f.", "decision"));
            return null;
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** The page asked for, from 1; a number that is not one is told, not read as the first page. */
    private static int pageNumber(String page, List<PageProblem> problems) {
        if (page == null) {
            return 1;
        }
        OptionalInt asked = PageLinks.asked(page);
        if (asked.isPresent()) {
            return asked.getAsInt();
        }
        problems.add(new PageProblem("Page must be a whole number, 1 or more.", null));
        return 1;
    }
}
