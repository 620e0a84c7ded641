package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.msettriage.service.impact.ImpactJobs;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The impact of a kept candidate on every stored decision and on the scenarios, in the rules workbench:
 * started from a form, read on its own page once done, stored decisions and scenarios apart in every
 * figure (a scenario is not a child). The same job the API starts; the page only reads it.
 */
@Controller
class RulesImpactPage {

    private static final String JOBS = AuditPageSecurity.RULES_HOME + "/impact";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ImpactJobs jobs;
    private final ReportSettings reportSettings;

    RulesImpactPage(ImpactJobs jobs, ReportSettings reportSettings) {
        this.jobs = jobs;
        this.reportSettings = reportSettings;
    }

    @PostMapping(JOBS)
    RedirectView start(@RequestParam String version, @AuthenticationPrincipal Caller lead, RedirectAttributes outcome) {
        try {
            ImpactJobs.Job job = jobs.start(version, null, null, true, lead);
            return SeeOther.to(JOBS + "/" + job.jobId());
        } catch (ConflictException | NotFoundException e) {
            outcome.addFlashAttribute("problem", e.inWords());
            return SeeOther.to(AuditPageSecurity.RULES_HOME);
        }
    }

    @GetMapping(JOBS + "/{jobId}")
    String job(@PathVariable String jobId, HttpServletResponse response, Model model) {
        model.addAttribute("section", "rulesets");
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException notAnId) {
            // A page, as for an id of the right form: not the API's problem document (a policy lead's trial).
            return NotFoundPage.showInRules(response, model, "There is no impact job with that id.");
        }
        return jobs.find(id)
                .map(job -> {
                    model.addAttribute("job", job);
                    model.addAttribute("scope", scope(job, reportSettings.zone()));
                    return "rules/impact";
                })
                .orElseGet(() -> NotFoundPage.showInRules(response, model, "No impact job " + id + "."));
    }

    /**
     * What the job replayed, in words: the days its stored decisions were made on (in the reports' time
     * zone, as the request gave them) and whether the scenarios were replayed too.
     */
    static String scope(ImpactJobs.Job job, ZoneId zone) {
        String decisions;
        if (job.replayFrom() == null && job.replayBefore() == null) {
            decisions = "Every stored decision";
        } else if (job.replayBefore() == null) {
            decisions = "The stored decisions made from " + day(job.replayFrom(), zone);
        } else if (job.replayFrom() == null) {
            decisions = "The stored decisions made before " + day(job.replayBefore(), zone);
        } else {
            decisions = "The stored decisions made from " + day(job.replayFrom(), zone) + " and before "
                    + day(job.replayBefore(), zone);
        }
        return decisions
                + (Boolean.FALSE.equals(job.scenariosIncluded()) ? " (not the scenarios)" : " and every scenario");
    }

    private static String day(OffsetDateTime at, ZoneId zone) {
        return DAY.format(at.atZoneSameInstant(zone));
    }
}
