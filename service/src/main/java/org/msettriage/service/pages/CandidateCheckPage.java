package org.msettriage.service.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.problem.PageProblem;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.ProposalPending;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.security.AuditPageSecurity;
import org.msettriage.service.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A candidate checked from the workbench, and proposed from its check's page. A proposal the service
 * refuses comes back to that page, checked again against today's scenarios, with the form as it was sent
 * and what to correct in words: the tick that every scenario change is intended is required here as the
 * API requires each changed scenario to be named.
 */
@Controller
class CandidateCheckPage {

    private static final String HOME = AuditPageSecurity.RULES_HOME;

    /** Problems of the candidate as a whole, said first and on their own rather than under a file. */
    private static final Set<RulesetProblem.Kind> WHOLE_CANDIDATE =
            EnumSet.of(RulesetProblem.Kind.ZIP, RulesetProblem.Kind.VERSION_TAKEN);

    private final RulesetActivation activation;
    private final RulesetStore store;
    private final ActiveRuleset active;
    private final RulesWords words;
    private final ActivationProposals proposals;
    private final ScenarioMismatchWords scenarioWords;

    CandidateCheckPage(
            RulesetActivation activation,
            RulesetStore store,
            ActiveRuleset active,
            RulesWords words,
            ActivationProposals proposals,
            ScenarioMismatchWords scenarioWords) {
        this.proposals = proposals;
        this.scenarioWords = scenarioWords;
        this.activation = activation;
        this.store = store;
        this.active = active;
        this.words = words;
    }

    /**
     * A candidate uploaded as a zip of its folder: checked, kept when usable, and shown with what was found. A
     * kept one's check is shown at an address of its own, after a redirect, so that Back from proposing it or
     * a reload shows the check again rather than asking to send the upload again (a policy lead's trial).
     */
    @PostMapping(HOME + "/candidates")
    ModelAndView check(
            @RequestParam("candidate") MultipartFile zip, @AuthenticationPrincipal Caller lead, Model model) {
        RulesetValidation validation;
        try (InputStream in = zip.getInputStream()) {
            validation = activation.validateZip(in, lead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!validation.usable() || store.find(validation.identity().version()).isEmpty()) {
            // Not kept, so nothing to show again at an address: the files exist only in this upload.
            return new ModelAndView(show(validation, model), model.asMap());
        }
        return new ModelAndView(SeeOther.to(checkOf(validation.identity().version())));
    }

    /**
     * The check of a kept candidate, made as it is opened (after its upload, Back, a reload, a bookmark)
     * against today's scenarios, as proposing it would make it: the compiled candidate is kept, so this runs
     * the scenarios again and compiles nothing. Nothing of the check is carried in the session between the
     * two requests. A version that serves now has nothing left to propose: its page is shown instead.
     */
    @GetMapping(HOME + "/candidates/{version}")
    ModelAndView checked(@PathVariable String version, Model model, RedirectAttributes outcome) {
        if (store.find(version).isEmpty()) {
            outcome.addFlashAttribute("problem", notKept(version));
            return new ModelAndView(SeeOther.to(HOME));
        }
        if (version.equals(active.engine().identity().version())) {
            outcome.addFlashAttribute(
                    "notice", "Ruleset " + version + " serves now: there is nothing left to propose.");
            return new ModelAndView(
                    SeeOther.to(HOME + "/rulesets/" + UriUtils.encodePathSegment(version, StandardCharsets.UTF_8)));
        }
        return new ModelAndView(show(activation.recheck(version).validation(), model), model.asMap());
    }

    /** Where a kept candidate's check is shown. */
    private static String checkOf(String version) {
        return HOME + "/candidates/" + UriUtils.encodePathSegment(version, StandardCharsets.UTF_8);
    }

    private static String notKept(String version) {
        return "No ruleset " + version + " is kept: check its zip under “Check a candidate” before proposing it.";
    }

    @PostMapping(HOME + "/proposals")
    ModelAndView propose(
            @RequestParam String version,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(name = "accept", required = false) List<String> accepted,
            @RequestParam(name = "acceptChanges", required = false) String intended,
            @RequestParam(name = "checkedWhileServing", required = false) String checkedWhileServing,
            @AuthenticationPrincipal Caller lead,
            Model model,
            RedirectAttributes outcome) {
        if (store.find(version).isEmpty()) {
            outcome.addFlashAttribute("problem", notKept(version));
            return new ModelAndView(SeeOther.to(HOME));
        }
        List<String> named = accepted == null ? List.of() : accepted;
        // One run of the scenarios: the page shows this check, and the proposal is weighed on it.
        RulesetActivation.Recheck recheck = activation.recheck(version);
        RulesetValidation validation = recheck.validation();
        String serving = active.engine().identity().version();
        // A policy lead's trial pressed "Propose it" on a check made before another switch, and was not told.
        String servingChanged = checkedWhileServing == null || checkedWhileServing.equals(serving)
                ? null
                : servingChanged(checkedWhileServing, serving, validation);
        // A proposal already awaiting review comes first: the page then offers no form whose fields a
        // missing reason or tick could link to (found by a review).
        List<PageProblem> refusal = proposals.pending(version, OffsetDateTime.now()).stream()
                .findFirst()
                .map(pending -> alreadyProposed(version, pending, model))
                .orElseGet(() -> refusal(validation, reason, named, intended != null, servingChanged));
        if (refusal.isEmpty()) {
            try {
                activation.propose(recheck, reason, named, lead);
                outcome.addFlashAttribute(
                        "notice",
                        "Activation of " + version + " is proposed. Another policy lead must approve it before it"
                                + " serves.");
                return new ModelAndView(SeeOther.to(HOME));
            } catch (ProposalPending e) {
                // Another lead's proposal made in the moment between the look above and this one.
                refusal = alreadyProposed(version, e.pending(), model);
            } catch (ConflictException | NotFoundException e) {
                refusal = List.of(new PageProblem("It could not be proposed: " + e.inWords(), null));
            }
        }
        // Listed at the top of the page, each linked to the field of the form it is about, where there is one.
        model.addAttribute("problems", refusal);
        model.addAttribute("invalid", PageProblem.fieldsAtFault(refusal));
        model.addAttribute("errors", PageProblem.messagesByField(refusal));
        model.addAttribute("reason", reason);
        model.addAttribute("intended", intended != null && named.containsAll(validation.brokenScenarios()));
        return new ModelAndView(show(validation, model), model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The refusal of a version that already has a proposal awaiting review, with a link to that proposal. */
    private List<PageProblem> alreadyProposed(String version, ActivationProposals.Proposal pending, Model model) {
        model.addAttribute(
                "problemLink", new ProblemLink("/rules#proposal-" + pending.id(), "Read the proposal awaiting review"));
        // Said once, at the top: the "Propose it" section would only say it again.
        model.addAttribute("refusedAsPending", true);
        return List.of(new PageProblem(
                "Ruleset " + version + " already has a proposal awaiting review, made by "
                        + words.who(pending.proposedBy()) + ". Approve, reject or withdraw that one before proposing"
                        + " it again.",
                null));
    }

    /** A link the refusal gives to where it is put right (kept in the session when it follows a redirect). */
    record ProblemLink(String href, String text) implements Serializable {}

    /** The id of the form's tick that every scenario change is intended. */
    private static final String TICK = "accept-changes";

    /**
     * Why the proposal cannot be made as sent, in words, each with the form's field it is about (null for
     * the candidate itself); empty when the service is to be asked. {@code servingChanged} says that the
     * rules serving changed since the check, when they did.
     */
    private static List<PageProblem> refusal(
            RulesetValidation validation, String reason, List<String> named, boolean intended, String servingChanged) {
        List<String> changes = validation.brokenScenarios();
        if (!validation.usable()) {
            return List.of(new PageProblem(
                    (servingChanged == null ? "" : servingChanged + " ")
                            + "It cannot be proposed: checked against today's scenarios it is no longer usable, for"
                            + " the problems listed below.",
                    null));
        }
        List<PageProblem> missing = new ArrayList<>();
        if (!changes.isEmpty() && !intended) {
            missing.add(new PageProblem(
                    (servingChanged == null ? "" : servingChanged + " ")
                            + "Tick “I intend every one of the " + changes.size() + " scenario changes listed"
                            + " below” to propose it: no scenario's outcome changes unless the proposer says the"
                            + " change is intended.",
                    TICK));
        } else if (!named.containsAll(changes)) {
            missing.add(new PageProblem(
                    servingChanged != null
                            ? servingChanged + " Tick that you intend every one, if you do."
                            : "The scenarios changed since it was checked: it now changes the outcome of "
                                    + changes.size() + " scenario(s), listed below. Read them, and tick that you"
                                    + " intend every one if you do.",
                    TICK));
        }
        if (FreeText.isBlank(reason)) {
            missing.add(new PageProblem("Give a reason for the record: why this ruleset should serve.", "reason"));
        }
        return missing;
    }

    /** That the rules serving changed since the check, and what the page now shows for it. */
    private static String servingChanged(String then, String now, RulesetValidation validation) {
        int changes = validation.brokenScenarios().size();
        return "The rules serving changed since this candidate was checked: ruleset " + then + " served then, and"
                + " ruleset " + now + " serves now. It was checked again against the scenarios of ruleset " + now
                + (!validation.usable() || changes == 0
                        ? "."
                        : ", and now changes the outcome of " + changes + (changes == 1 ? " scenario" : " scenarios")
                                + ": this page now lists each change, to weigh before you tick that you intend"
                                + " them.");
    }

    private String show(RulesetValidation validation, Model model) {
        model.addAttribute("section", "rulesets");
        model.addAttribute("validation", validation);
        // An old copy's warning links to the download of the ruleset that serves.
        model.addAttribute("serving", active.engine().identity().version());
        model.addAttribute("notAZip", firstOf(validation, RulesetProblem.Kind.ZIP));
        model.addAttribute("versionTaken", firstOf(validation, RulesetProblem.Kind.VERSION_TAKEN) != null);
        // The outcomes it changes are listed apart from its problems, usable or not: they are what it would do,
        // not what is wrong with it (a trial counted them among an unusable candidate's problems).
        model.addAttribute("problemsByFile", byFile(validation.unusableBecause()));
        model.addAttribute(
                "changesByFile",
                byFile(validation.problems().stream()
                        .filter(p -> p.kind() == RulesetProblem.Kind.SCENARIO)
                        .toList()));
        // What it carries, by name: one that replaces a serving scenario is not among the changes to accept.
        model.addAttribute(
                "ownScenarios",
                validation.own().stream()
                        .map(own -> OwnScenarioView.of(
                                own,
                                validation.engine() == null
                                        ? null
                                        : validation.engine().policy(),
                                scenarioWords))
                        .toList());
        // A version already proposed is not offered for proposing again: it would only be refused (a
        // policy lead's trial was offered it).
        model.addAttribute(
                "pendingProposal",
                validation.identity() == null
                        ? null
                        : proposals.pending(validation.identity().version(), OffsetDateTime.now()).stream()
                                .findFirst()
                                .orElse(null));
        return "rules/validation";
    }

    static Map<String, List<RulesetProblem>> byFile(List<RulesetProblem> problems) {
        Map<String, List<RulesetProblem>> byFile = new TreeMap<>();
        // In the order of each file's lines, as a policy lead corrects it (line 30 came before line 20: a trial).
        problems.stream()
                .filter(p -> !WHOLE_CANDIDATE.contains(p.kind()))
                .sorted(Comparator.comparingInt(RulesetProblem::line).thenComparingInt(RulesetProblem::column))
                .forEach(p ->
                        byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        return byFile;
    }

    private static RulesetProblem firstOf(RulesetValidation validation, RulesetProblem.Kind kind) {
        return validation.problems().stream()
                .filter(p -> p.kind() == kind)
                .findFirst()
                .orElse(null);
    }
}
