package org.msettriage.service.report;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.PageSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * that holds exactly the table's cells. A choice the form cannot make falls back to the default, said so.
 */
@Controller
class AnalysisPages {

    private static final String HOME = AuditPageSecurity.ANALYSIS_HOME;

    private final AnalysisDashboard dashboard;
    private final ReportSettings settings;
    private final PageSettings pages;

    AnalysisPages(AnalysisDashboard dashboard, ReportSettings settings, PageSettings pages) {
        this.dashboard = dashboard;
        this.settings = settings;
        this.pages = pages;
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
            Model model) {
        Choice choice = choose(fromMonth, toMonth, localAuthority, dateBasis);
        model.addAttribute("choice", choice);
        model.addAttribute("problem", choice.problem());
        model.addAttribute("tables", dashboard.tables(choice.asked()));
        model.addAttribute("authorities", AnalysisDashboard.localAuthorities());
        model.addAttribute("settings", settings);
        return "analysis/dashboard";
    }

    @GetMapping(HOME + "/tables/{id}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String id,
            @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String toMonth,
            @RequestParam(required = false) String localAuthority,
            @RequestParam(required = false) String dateBasis) {
        Choice choice = choose(fromMonth, toMonth, localAuthority, dateBasis);
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
                .orElseGet(() -> ResponseEntity.notFound().build());
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

    /** The form's choice as asked, or the defaults where it cannot be read, with a sentence saying so. */
    record Choice(
            AnalysisDashboard.Asked asked,
            String fromMonth,
            String toMonth,
            String localAuthority,
            String dateBasis,
            String problem) {}

    private Choice choose(String fromMonth, String toMonth, String localAuthority, String dateBasis) {
        String problem = null;
        ReportMonths months;
        YearMonth current = YearMonth.now(settings.zone());
        try {
            months = ReportMonths.of(blankToNull(fromMonth), blankToNull(toMonth), current);
        } catch (InvalidParametersException e) {
            months = ReportMonths.of(null, null, current);
            problem = "The months could not be used (from and to must be months such as 2026-07, the first not after"
                    + " the last, at most " + ReportMonths.MOST + " months), so the last 12 months are shown.";
        }
        String authority = AnalysisDashboard.localAuthorities().contains(localAuthority) ? localAuthority : null;
        DateBasis basis = DateBasis.of(dateBasis).orElse(DateBasis.ASSESSED);
        return new Choice(
                new AnalysisDashboard.Asked(months, authority, basis),
                months.first().toString(),
                months.last().toString(),
                authority,
                basis.parameter(),
                problem);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
