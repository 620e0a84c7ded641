package org.msettriage.service.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.msettriage.service.problem.PageProblem;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.PageSettings;
import org.msettriage.service.security.SessionWarnings;
import org.msettriage.service.words.RunningHead;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' dashboard at {@code /analysis}: the figures of a period of months, for one local authority
 * or all, by the month assessed or decided, as tables with a chart beside each and a CSV download of each
 * that holds exactly the table's cells. A choice not understood shows no figures: the page shows the form
 * again saying what was not understood (400), and a CSV is refused in words (400).
 */
@Controller
class AnalysisPages {

    private static final String HOME = AuditPageSecurity.ANALYSIS_HOME;

    private final AnalysisDashboard dashboard;
    private final ReportSettings settings;
    private final PageSettings pages;
    private final SessionWarnings warnings;

    AnalysisPages(AnalysisDashboard dashboard, ReportSettings settings, PageSettings pages, SessionWarnings warnings) {
        this.dashboard = dashboard;
        this.settings = settings;
        this.pages = pages;
        this.warnings = warnings;
    }

    /** The warning before the analyst's session ends without use. */
    @ModelAttribute("sessionWarning")
    SessionWarnings.Shown sessionWarning(@AuthenticationPrincipal Caller caller) {
        return warnings.forReader(caller);
    }

    @ModelAttribute("signedIn")
    Caller signedIn(@AuthenticationPrincipal Caller caller) {
        return caller;
    }

    @ModelAttribute("idleMinutes")
    long idleMinutes() {
        return pages.idleMinutes();
    }

    @GetMapping(HOME)
    String dashboard(
            @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String toMonth,
            @RequestParam(required = false) String localAuthority,
            @RequestParam(required = false) String dateBasis,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        AnalysisChoice choice = choose(fromMonth, toMonth, localAuthority, dateBasis, request);
        model.addAttribute("choice", choice);
        if (choice.understood()) {
            AnalysisDashboard.Shown shown = dashboard.shown(choice.asked());
            model.addAttribute("tables", shown.tables());
            model.addAttribute("noReferrals", shown.noReferrals());
        } else {
            // The form again with what was not understood: figures for a choice not made would mislead.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", choice.problems());
            model.addAttribute("invalid", choice.invalidFields());
            model.addAttribute("errors", PageProblem.messagesByField(choice.problems()));
            model.addAttribute("tables", List.of());
        }
        model.addAttribute("authorities", AnalysisDashboard.localAuthorities());
        model.addAttribute("settings", settings);
        return "analysis/dashboard";
    }

    /**
     * The printed dashboard's running head: what its figures cover (the local authority, the months and how
     * referrals are counted), in the top margin of every page, as the agenda names its meeting. Only the
     * first page said it, so a page that came loose could be taken for another choice's (a coordinator's
     * trial). Its words come from fixed lists; a choice not understood has none.
     */
    @GetMapping(value = HOME + "/print.css", produces = "text/css")
    ResponseEntity<String> runningHead(
            @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String toMonth,
            @RequestParam(required = false) String localAuthority,
            @RequestParam(required = false) String dateBasis,
            HttpServletRequest request) {
        AnalysisChoice choice = choose(fromMonth, toMonth, localAuthority, dateBasis, request);
        return choice.understood()
                ? ResponseEntity.ok(RunningHead.css("MSET dashboard: " + choice.covers()))
                : ResponseEntity.notFound().build();
    }

    @GetMapping(HOME + "/tables/{id}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String id,
            @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String toMonth,
            @RequestParam(required = false) String localAuthority,
            @RequestParam(required = false) String dateBasis,
            HttpServletRequest request) {
        AnalysisChoice choice = choose(fromMonth, toMonth, localAuthority, dateBasis, request);
        if (!choice.understood()) {
            // A link the dashboard never writes: said in plain words, as the download is read by a person.
            return ResponseEntity.badRequest()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(choice.problem().getBytes(StandardCharsets.UTF_8));
        }
        return dashboard.tables(choice.asked()).stream()
                .filter(table -> table.id().equals(id))
                .findFirst()
                .map(table -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(csvName(id, choice.asked()))
                                        .build()
                                        .toString())
                        .body(table.csv().getBytes(StandardCharsets.UTF_8)))
                // Said in words, as a refused choice is: an empty 404 left the analyst guessing.
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .body("The dashboard has no table of that name: download a table from the dashboard's own link."
                                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A downloaded table's file name says what it covers, as the table on the page does around it: the
     * local authority (or all), which date months are counted by, and the months
     * ("mset-by-month-gateshead-decided-2026-10-to-2026-12.csv"). The local authority is one of the known
     * codes by now, never text as sent.
     */
    static String csvName(String id, AnalysisDashboard.Asked asked) {
        String area = asked.localAuthority() == null
                ? "all-areas"
                : asked.localAuthority().toLowerCase(Locale.ROOT).replace('_', '-');
        return "mset-" + id + "-" + area + "-" + asked.basis().parameter() + "-"
                + asked.months().first() + "-to-" + asked.months().last() + ".csv";
    }

    private AnalysisChoice choose(
            String fromMonth, String toMonth, String localAuthority, String dateBasis, HttpServletRequest request) {
        return AnalysisChoice.of(
                fromMonth,
                toMonth,
                localAuthority,
                dateBasis,
                request.getParameterMap().keySet(),
                YearMonth.now(settings.zone()));
    }
}
