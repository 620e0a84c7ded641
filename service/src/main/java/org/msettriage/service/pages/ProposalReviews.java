package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.candidate.RulesetWarning;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.impact.ImpactJobs;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.ProposalOutdated;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetSettings;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.springframework.stereotype.Component;

/**
 * What the approver of a proposal reads beside it: the scenarios whose outcome it changes, each with what
 * it changes in the check page's words, the scenarios it carries of its own (new, or replacing a serving
 * one), whether the rules serving have changed since it was proposed, its impact report if one was run,
 * and the warnings a check of it gives against the rules serving now.
 */
@Component
class ProposalReviews {

    /**
     * A proposal with what its approver needs; {@code impact} null when no replay was asked for,
     * {@code servingNow} the version serving as the card is shown, {@code own} the scenarios it carries, and
     * {@code outdated} why approving it would be refused, null when it would not be.
     */
    record Review(
            ActivationProposals.Proposal proposal,
            List<ChangedScenario> scenarios,
            ImpactJobs.Replay impact,
            List<RulesetWarning> warnings,
            String servingNow,
            List<OwnScenarioView> own,
            ProposalOutdated outdated) {

        /** Whether another ruleset serves than the one its scenario changes were worked out against. */
        public boolean servingChanged() {
            return proposal.servingChangedSince(servingNow);
        }
    }

    /** A scenario whose outcome the proposal changes: its name, and each change in words. */
    record ChangedScenario(String name, List<String> changes) {}

    private final ScenarioLibrary scenarios;
    private final ImpactJobs impact;
    private final RulesetActivation activation;
    private final CandidateEngines engines;
    private final ScenarioMismatchWords words;
    private final RulesetSettings settings;
    private final OutdatedChecks outdatedChecks;

    ProposalReviews(
            ScenarioLibrary scenarios,
            ImpactJobs impact,
            RulesetActivation activation,
            CandidateEngines engines,
            ScenarioMismatchWords words,
            RulesetSettings settings,
            OutdatedChecks outdatedChecks) {
        this.scenarios = scenarios;
        this.impact = impact;
        this.activation = activation;
        this.engines = engines;
        this.words = words;
        this.settings = settings;
        this.outdatedChecks = outdatedChecks;
    }

    List<Review> of(List<ActivationProposals.Proposal> pending, String serving) {
        return pending.stream().map(proposal -> review(proposal, serving)).toList();
    }

    /**
     * One proposal's card. The candidate is run once, over just the scenarios the card speaks of, from the
     * set it was checked against (the one kept with the ruleset serving when it was proposed): those its
     * proposer accepted as changed, and those it carries in place of one of the set. A few decisions rather
     * than the whole set's seconds, on every view of the page.
     */
    private Review review(ActivationProposals.Proposal proposal, String serving) {
        List<Scenario> carried = scenarios.carriedBy(proposal.version());
        Set<String> accepted = Set.copyOf(proposal.acceptedScenarioChanges());
        Set<String> carriedFiles = carried.stream().map(Scenario::file).collect(Collectors.toSet());
        List<Scenario> spokenOf = accepted.isEmpty() && carried.isEmpty()
                ? List.of()
                : scenarios.scenariosOf(checkedAgainst(proposal, serving)).stream()
                        .filter(scenario -> accepted.contains(RulesetValidator.SCENARIO_FOLDER + scenario.file())
                                || carriedFiles.contains(scenario.file()))
                        .toList();
        RulesetValidation run = spokenOf.isEmpty()
                ? null
                : RulesetValidator.validate(
                        activation.files(proposal.version()),
                        spokenOf,
                        engines::engineFor,
                        settings.budgets().candidate());
        Policy policy =
                run == null || run.engine() == null ? null : run.engine().policy();
        List<RulesetProblem> problems = run == null ? List.of() : run.problems();
        return new Review(
                proposal,
                changedScenarios(proposal, spokenOf, problems, policy),
                impact.latestFor(proposal.version()).orElse(null),
                activation.warnings(proposal.version()),
                serving,
                ownScenarios(carried, spokenOf, problems, policy),
                outdated(proposal, serving));
    }

    /**
     * Why approving it now would be refused, by the check approving runs: only when the rules serving changed
     * since it was proposed, or which served then is not known. Otherwise today's scenarios are, as a rule, those
     * it was proposed on with every change they find accepted, and running them again (seconds) on every view
     * would find nothing; approving still checks. The answer is kept while the scenarios it ran over are those
     * serving, so a page viewed again does not run it again.
     */
    private ProposalOutdated outdated(ActivationProposals.Proposal proposal, String serving) {
        boolean mayBeOutdated = proposal.proposedWhileServing() == null || proposal.servingChangedSince(serving);
        return mayBeOutdated ? outdatedChecks.of(proposal).orElse(null) : null;
    }

    /**
     * The scenarios the candidate carries, by name, each new or replacing one of the set it was checked
     * against; for one that replaces, the run says what it changes of that expected outcome, which the
     * proposer did not accept as a change since the candidate carries it.
     */
    private List<OwnScenarioView> ownScenarios(
            List<Scenario> carried, List<Scenario> spokenOf, List<RulesetProblem> problems, Policy policy) {
        Set<String> setFiles = spokenOf.stream().map(Scenario::file).collect(Collectors.toSet());
        return carried.stream()
                .map(own -> OwnScenarioView.of(
                        new RulesetValidation.OwnScenario(
                                own.file(),
                                own.name(),
                                setFiles.contains(own.file()),
                                setFiles.contains(own.file())
                                        ? problems.stream()
                                                .filter(p ->
                                                        p.file().equals(RulesetValidator.SCENARIO_FOLDER + own.file()))
                                                .toList()
                                        : List.of()),
                        policy,
                        words))
                .toList();
    }

    private static String checkedAgainst(ActivationProposals.Proposal proposal, String serving) {
        return proposal.proposedWhileServing() == null ? serving : proposal.proposedWhileServing();
    }

    /** The accepted changes as its proposer's check found them, each with what it changes in words. */
    private List<ChangedScenario> changedScenarios(
            ActivationProposals.Proposal proposal,
            List<Scenario> spokenOf,
            List<RulesetProblem> problems,
            Policy policy) {
        Map<String, Scenario> byChange = spokenOf.stream()
                .collect(Collectors.toMap(
                        scenario -> RulesetValidator.SCENARIO_FOLDER + scenario.file(),
                        Function.identity(),
                        (a, b) -> b));
        Map<String, List<String>> changes = new HashMap<>();
        for (RulesetProblem problem : problems) {
            String change = words.changeOf(problem, policy);
            if (change != null) {
                changes.computeIfAbsent(problem.file(), file -> new ArrayList<>())
                        .add(change);
            }
        }
        return proposal.acceptedScenarioChanges().stream()
                .map(change -> new ChangedScenario(
                        byChange.containsKey(change) ? byChange.get(change).name() : ScenarioChanges.fileOf(change),
                        changes.getOrDefault(change, List.of())))
                .toList();
    }
}
