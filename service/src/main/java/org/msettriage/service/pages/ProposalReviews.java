package org.msettriage.service.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.RulesetWarning;
import org.msettriage.service.impact.ImpactJobs;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.RulesetActivation;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.springframework.stereotype.Component;

/**
 * What the approver of a proposal reads beside it: the scenarios whose outcome it changes, by name, its
 * impact report if one was run, and the warnings its proposer saw when it was checked.
 */
@Component
class ProposalReviews {

    /** A proposal with what its approver needs; {@code impactJob} null when no replay was asked for. */
    record Review(
            ActivationProposals.Proposal proposal,
            List<String> scenarioNames,
            UUID impactJob,
            List<RulesetWarning> warnings) {}

    private final ScenarioLibrary scenarios;
    private final ImpactJobs impact;
    private final RulesetActivation activation;

    ProposalReviews(ScenarioLibrary scenarios, ImpactJobs impact, RulesetActivation activation) {
        this.scenarios = scenarios;
        this.impact = impact;
        this.activation = activation;
    }

    List<Review> of(List<ActivationProposals.Proposal> pending, String serving) {
        // The accepted changes name the serving ruleset's scenario files; their names are in the files.
        Map<String, String> files = scenarios.filesOf(serving).stream()
                .collect(Collectors.toMap(
                        RulesetStore.ScenarioFile::name, RulesetStore.ScenarioFile::json, (a, b) -> b));
        return pending.stream()
                .map(proposal -> new Review(
                        proposal,
                        proposal.acceptedScenarioChanges().stream()
                                .map(change -> name(change, files))
                                .toList(),
                        impact.latestFor(proposal.version()).orElse(null),
                        activation.warnings(proposal.version())))
                .toList();
    }

    private static String name(String change, Map<String, String> files) {
        String file = ScenarioChanges.fileOf(change);
        return ScenarioChanges.nameOf(file, files.get(file));
    }
}
