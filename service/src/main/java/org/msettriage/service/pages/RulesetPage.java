package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.msettriage.service.ruleset.KeptRulesetAltered;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rules a decision was made by: every file of a kept ruleset version, exactly as kept, with when
 * it was kept, each time it was switched to and how long it served, and what changed from the version
 * before it (tables by cell, rules by sentence, and the scenario outcomes its approval accepted). Read-only; policy leads change rules through their API.
 * A version whose files were changed in the database since it was kept says so, naming the files, instead.
 */
@Controller
class RulesetPage {

    private final RulesetStore rulesets;
    private final RulesetHistory history;

    RulesetPage(RulesetStore rulesets, RulesetHistory history) {
        this.rulesets = rulesets;
        this.history = history;
    }

    @GetMapping("/audit/rulesets/{version}")
    String ruleset(@PathVariable String version, HttpServletResponse response, Model model) {
        model.addAttribute("section", "decisions");
        return rulesets.find(version)
                .map(kept -> {
                    model.addAttribute("ruleset", kept);
                    model.addAttribute("activations", rulesets.activations(version));
                    try {
                        model.addAttribute("files", rulesets.files(version));
                    } catch (KeptRulesetAltered altered) {
                        // Files changed since they were kept are not what decided: say so, show none of them.
                        model.addAttribute("altered", altered);
                        return "audit/ruleset";
                    }
                    try {
                        model.addAttribute("compared", history.of(kept));
                    } catch (KeptRulesetAltered before) {
                        model.addAttribute("previousAltered", before.version());
                    }
                    return "audit/ruleset";
                })
                .orElseGet(() -> NotFoundPage.show(response, model, "No ruleset " + version + " is kept."));
    }
}
