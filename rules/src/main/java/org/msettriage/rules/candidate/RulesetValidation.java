package org.msettriage.rules.candidate;

import java.util.List;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;

/**
 * What validating a candidate found. The identity is null when the ruleset does not name a version; the
 * engine is null when the candidate cannot decide anything (its tables or DRL are broken). Broken
 * scenarios are problems too, but of a different nature: they are the outcomes a policy change moves.
 */
public record RulesetValidation(
        RulesetIdentity identity,
        List<RulesetProblem> problems,
        TriageEngine engine,
        int scenariosRun,
        List<RulesetWarning> warnings) {

    public RulesetValidation {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A validation before any comparison with the ruleset that serves: no warnings yet. */
    public RulesetValidation(
            RulesetIdentity identity, List<RulesetProblem> problems, TriageEngine engine, int scenariosRun) {
        this(identity, problems, engine, scenariosRun, List.of());
    }

    /** The validation with these warnings after those it has. */
    public RulesetValidation withWarnings(List<RulesetWarning> found) {
        List<RulesetWarning> all = new java.util.ArrayList<>(warnings);
        all.addAll(found);
        return new RulesetValidation(identity, problems, engine, scenariosRun, all);
    }

    /** True when nothing at all is wrong, no scenario broken included. */
    public boolean passed() {
        return problems.isEmpty() && engine != null;
    }

    /** True when the candidate compiles and is consistent; it may still change scenario outcomes. */
    public boolean usable() {
        return engine != null && problems.stream().allMatch(p -> p.kind() == RulesetProblem.Kind.SCENARIO);
    }

    /** The files of the scenarios whose expected outcome the candidate does not give. */
    public List<String> brokenScenarios() {
        return problems.stream()
                .filter(p -> p.kind() == RulesetProblem.Kind.SCENARIO)
                .map(RulesetProblem::file)
                .distinct()
                .toList();
    }
}
