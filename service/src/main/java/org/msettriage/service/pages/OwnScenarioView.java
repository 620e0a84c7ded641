package org.msettriage.service.pages;

import java.util.List;
import java.util.Objects;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.policy.Policy;

/**
 * A scenario a candidate carries, as its check page and its proposal's card name it: by its name, whether it
 * replaces the serving set's scenario of the same file name or is new, and for one that replaces, what the
 * candidate changes of the serving one's expected outcome, in words. Those changes are not accepted in a
 * proposal: the candidate carries the new expectation, so the approver reads them here instead.
 */
record OwnScenarioView(String name, boolean replaces, List<String> changes) {

    OwnScenarioView {
        changes = List.copyOf(changes);
    }

    static OwnScenarioView of(RulesetValidation.OwnScenario own, Policy candidate, ScenarioMismatchWords words) {
        return new OwnScenarioView(
                own.name(),
                own.replaces(),
                own.replaced().stream()
                        .map(change -> words.changeOf(change, candidate))
                        .filter(Objects::nonNull)
                        .toList());
    }

    /** What it brings, in words, as the command line says it too. */
    public String says() {
        return RulesetValidation.OwnScenario.says(replaces, !changes.isEmpty());
    }
}
