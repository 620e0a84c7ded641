package org.msettriage.service.pages;

import java.util.List;
import java.util.Optional;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.msettriage.service.shadow.ShadowRuns;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The shadow in the rules workbench: run a kept candidate beside the serving ruleset on live calls, see
 * how many it was compared on and where it decided differently, and stop it. The same runs the API
 * starts and reads.
 */
@Controller
class RulesShadowPage {

    static final String SHADOW = AuditPageSecurity.RULES_HOME + "/shadow";
    private static final int SHOWN = 100;

    private final ShadowRuns runs;
    private final RulesetStore store;
    private final ActiveRuleset active;

    RulesShadowPage(ShadowRuns runs, RulesetStore store, ActiveRuleset active) {
        this.runs = runs;
        this.store = store;
        this.active = active;
    }

    @GetMapping(SHADOW)
    String shadow(@RequestParam(required = false) String version, Model model) {
        model.addAttribute("section", "shadow");
        String serving = active.engine().identity().version();
        // As the database records it: the page may be served by an instance whose own state is behind.
        String running = runs.recorded().orElse(null);
        String shown = version != null ? version : running;
        model.addAttribute("serving", serving);
        model.addAttribute("running", running);
        model.addAttribute("runs", runs.runs());
        model.addAttribute(
                "candidates",
                store.all().stream()
                        .map(RulesetStore.Kept::version)
                        .filter(kept -> !kept.equals(serving))
                        .toList());
        // The counts and the rows in one read: while the shadow runs, two reads could disagree.
        Optional<ShadowRuns.Shown> read = shown == null ? Optional.empty() : runs.shown(shown, 0, SHOWN);
        model.addAttribute("run", read.map(ShadowRuns.Shown::run).orElse(null));
        model.addAttribute(
                "differences", read.map(ShadowRuns.Shown::differences).orElse(List.of()));
        model.addAttribute("shown", SHOWN);
        return "rules/shadow";
    }

    @PostMapping(SHADOW)
    RedirectView start(@RequestParam String version, @AuthenticationPrincipal Caller lead, RedirectAttributes outcome) {
        try {
            runs.start(version, lead.qualifiedName());
            outcome.addFlashAttribute(
                    "notice",
                    "Ruleset " + version + " now runs in shadow: each live referral is decided by it too, and"
                            + " where it differs is listed below. What serves is unchanged.");
        } catch (ConflictException | NotFoundException e) {
            outcome.addFlashAttribute("problem", e.inWords());
        }
        return SeeOther.to(SHADOW);
    }

    @PostMapping(SHADOW + "/stop")
    RedirectView stop(RedirectAttributes outcome) {
        // Stopped whatever this instance's own state says, as the API's stop does.
        runs.recorded()
                .ifPresent(version ->
                        outcome.addFlashAttribute("notice", "Ruleset " + version + " no longer runs in shadow."));
        runs.stop();
        return SeeOther.to(SHADOW);
    }
}
