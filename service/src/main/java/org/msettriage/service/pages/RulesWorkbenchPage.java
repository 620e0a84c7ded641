package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.problem.RequestLimits;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.ProposalOutdated;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetController;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
 * The policy leads' workbench: what serves and what is awaiting a second pair of eyes, every kept
 * ruleset and each switch; approving or rejecting another lead's proposal, rolling back (checking and
 * proposing a candidate are {@link CandidateCheckPage}'s). It does what the rulesets API does, through the same service,
 * for a policy lead signed in at the pages.
 */
@Controller
class RulesWorkbenchPage {

    private static final String HOME = AuditPageSecurity.RULES_HOME;

    private final RulesetActivation activation;
    private final RulesetStore store;
    private final ActivationProposals proposals;
    private final ActiveRuleset active;
    private final CandidateEngines engines;

    private final RulesetHistory history;
    private final ProposalReviews reviews;
    private final RulesWords words;

    private final String maxUploadWords;

    RulesWorkbenchPage(
            RulesetActivation activation,
            RulesetStore store,
            ActivationProposals proposals,
            ActiveRuleset active,
            CandidateEngines engines,
            RulesetHistory history,
            ProposalReviews reviews,
            RulesWords words,
            RequestLimits limits) {
        this.words = words;
        this.maxUploadWords = UploadLimitWords.of(limits.maxBodyBytes());
        this.history = history;
        this.reviews = reviews;
        this.activation = activation;
        this.store = store;
        this.proposals = proposals;
        this.active = active;
        this.engines = engines;
    }

    @GetMapping(HOME)
    String home(Model model) {
        OffsetDateTime now = OffsetDateTime.now();
        String serving = active.engine().identity().version();
        List<ActivationProposals.Proposal> all = proposals.all();
        model.addAttribute("section", "rulesets");
        model.addAttribute("maxUploadWords", maxUploadWords);
        model.addAttribute("active", active.engine().identity());
        model.addAttribute("now", now);
        model.addAttribute(
                "awaiting",
                reviews.of(
                        all.stream()
                                .filter(p -> p.stateAt(now) == ActivationProposals.State.PENDING)
                                .toList(),
                        serving));
        model.addAttribute(
                "reviewed",
                all.stream()
                        .filter(p -> p.stateAt(now) != ActivationProposals.State.PENDING)
                        .toList());
        model.addAttribute("rulesets", store.all());
        model.addAttribute("serving", serving);
        List<RulesetStore.Activation> history = store.activations(null);
        model.addAttribute("history", history);
        // Only an undo is one person's to make: a ruleset a rollback undid is proposed again.
        model.addAttribute("servedBefore", activation.rollBackTargets(history));
        return "rules/home";
    }

    @GetMapping(HOME + "/rulesets/{version}")
    String ruleset(@PathVariable String version, HttpServletResponse response, Model model) {
        model.addAttribute("section", "rulesets");
        return store.find(version)
                .map(kept -> {
                    String serving = active.engine().identity().version();
                    model.addAttribute("ruleset", kept);
                    model.addAttribute("serving", serving);
                    model.addAttribute("rules", engines.engineFor(kept).rules());
                    model.addAttribute("tables", RuleTables.of(store.files(version)));
                    model.addAttribute("compared", history.of(kept));
                    // An approver weighs what the switch would change: the difference from what serves now.
                    model.addAttribute(
                            "againstServing",
                            version.equals(serving)
                                    ? null
                                    : store.find(serving)
                                            .map(now -> history.between(now, kept))
                                            .orElse(null));
                    return "rules/ruleset";
                })
                .orElseGet(() -> NotFoundPage.showInRules(response, model, "No ruleset " + version + " is kept."));
    }

    @GetMapping(HOME + "/rulesets/{version}/files")
    ResponseEntity<Resource> download(@PathVariable String version, @RequestParam(defaultValue = "csv") String tables) {
        return RulesetController.asZip(activation.download(version, "xlsx".equals(tables)));
    }

    @GetMapping(HOME + "/rulesets/{version}/scenarios")
    ResponseEntity<Resource> downloadScenarios(@PathVariable String version) {
        return RulesetController.asZip(activation.scenariosOf(version));
    }

    @PostMapping(HOME + "/proposals/{proposalId}/approve")
    RedirectView approve(
            @PathVariable UUID proposalId,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal Caller lead,
            RedirectAttributes outcome) {
        try {
            RulesetStore.Kept kept = activation.approve(proposalId, FreeText.isBlank(note) ? null : note, lead);
            outcome.addFlashAttribute("notice", "Approved: ruleset " + kept.version() + " now decides every referral.");
        } catch (ProposalOutdated e) {
            // The scenarios by name and who withdraws it, with the way to its card (a trial got 37 file paths).
            outcome.addFlashAttribute(
                    "problem", e.inWords(words.who(e.proposal().proposedBy())));
            outcome.addFlashAttribute(
                    "problemLink",
                    new CandidateCheckPage.ProblemLink(
                            HOME + "#proposal-" + e.proposal().id(), "Read the proposal to withdraw or reject"));
        } catch (ConflictException | NotFoundException e) {
            outcome.addFlashAttribute("problem", e.inWords());
        }
        return SeeOther.to(HOME);
    }

    @PostMapping(HOME + "/proposals/{proposalId}/reject")
    RedirectView reject(
            @PathVariable UUID proposalId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Caller lead,
            RedirectAttributes outcome) {
        if (FreeText.isBlank(reason)) {
            // Tied to the card's field, which says it again (an accessibility trial found the message alone).
            String field = "reason-" + proposalId;
            outcome.addFlashAttribute(
                    "problemLink", new CandidateCheckPage.ProblemLink("/rules#" + field, "Give the reason"));
            outcome.addFlashAttribute("errors", Map.of(field, REASON_MISSING));
            return problem(outcome, REASON_MISSING);
        }
        return act(outcome, () -> {
            ActivationProposals.Proposal rejected = activation.reject(proposalId, reason, lead);
            // Its own proposer's rejection withdraws it, as the proposals' history says (a policy lead's trial).
            return (rejected.withdrawn() ? "Withdrew" : "Rejected") + " the proposal to activate " + rejected.version()
                    + ".";
        });
    }

    @PostMapping(HOME + "/rulesets/{version}/roll-back")
    RedirectView rollBack(
            @PathVariable String version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Caller lead,
            RedirectAttributes outcome) {
        if (FreeText.isBlank(reason)) {
            return problem(outcome, "Give a reason for rolling back, for the record.");
        }
        return act(outcome, () -> {
            activation.rollBack(version, reason, lead);
            return "Rolled back: ruleset " + version + " decides every referral again.";
        });
    }

    /** Does a change and says how it went on the home page (303 there, so a reload repeats nothing). */
    private static RedirectView act(RedirectAttributes outcome, java.util.function.Supplier<String> change) {
        try {
            outcome.addFlashAttribute("notice", change.get());
        } catch (ConflictException | NotFoundException e) {
            outcome.addFlashAttribute("problem", e.inWords());
        }
        return SeeOther.to(HOME);
    }

    private static final String REASON_MISSING = "Give a reason for rejecting the proposal, for the record.";

    private static RedirectView problem(RedirectAttributes outcome, String message) {
        outcome.addFlashAttribute("problem", message);
        return SeeOther.to(HOME);
    }
}
