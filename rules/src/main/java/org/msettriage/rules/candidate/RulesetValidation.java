package org.msettriage.rules.candidate;

import java.util.List;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;

/**
 * What validating a candidate found. The identity is null when the ruleset does not name a version; the
 * engine is null when the candidate cannot decide anything (its tables or DRL are broken). Broken
 * scenarios are problems too, but of a different nature: they are the outcomes a policy change moves.
 *
 * @param scenariosRun how many scenarios it was checked by: those of the set it is checked against and
 *     those it carries, one of its own in place of one of the set's (by file name) counted once
 * @param own the scenarios of those that are its own, each of which must hold: they replace the set's of
 *     the same file name, which are not checked
 */
public record RulesetValidation(
        RulesetIdentity identity,
        List<RulesetProblem> problems,
        TriageEngine engine,
        int scenariosRun,
        List<RulesetWarning> warnings,
        List<OwnScenario> own) {

    /**
     * A scenario the candidate carries: its file and name, and whether it replaces one of the set of the same
     * file name; if so, {@code replaced} holds what the candidate changes of that one's expected outcome (the
     * set's expectation against what the candidate gives), which a proposal need not accept: it wrote it.
     */
    public record OwnScenario(String file, String name, boolean replaces, List<RulesetProblem> replaced) {

        public OwnScenario {
            replaced = List.copyOf(replaced);
        }

        /** What it brings, in words: said alike on the check page, a proposal's card and the command line. */
        public String says() {
            return says(replaces, !replaced.isEmpty());
        }

        /**
         * What a scenario of its own brings, in words, given whether it replaces one of the set and whether
         * what it changes of that one's expected outcome is listed after these words.
         */
        public static String says(boolean replaces, boolean changesFollow) {
            if (!replaces) {
                return "New: the serving set has no scenario of its file name.";
            }
            if (!changesFollow) {
                return "Replaces the serving scenario of the same file name with a new expectation.";
            }
            return "Replaces the serving scenario of the same file name with a new expectation; what the candidate"
                    + " changes of the serving one's expected outcome:";
        }
    }

    public RulesetValidation {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        own = List.copyOf(own);
    }

    /** A validation by the set's scenarios alone, none of the candidate's own. */
    public RulesetValidation(
            RulesetIdentity identity,
            List<RulesetProblem> problems,
            TriageEngine engine,
            int scenariosRun,
            List<RulesetWarning> warnings) {
        this(identity, problems, engine, scenariosRun, warnings, List.of());
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
        return new RulesetValidation(identity, problems, engine, scenariosRun, all, own);
    }

    /** How many of the scenarios it was checked by are its own. */
    public int ownScenarios() {
        return own.size();
    }

    /** True when nothing at all is wrong, no scenario broken included. */
    public boolean passed() {
        return problems.isEmpty() && engine != null;
    }

    /** True when the candidate compiles and is consistent; it may still change scenario outcomes. */
    public boolean usable() {
        return engine != null && problems.stream().allMatch(p -> p.kind() == RulesetProblem.Kind.SCENARIO);
    }

    /** The problems that are not a changed scenario outcome: those that make the candidate unusable. */
    public List<RulesetProblem> unusableBecause() {
        return problems.stream()
                .filter(p -> p.kind() != RulesetProblem.Kind.SCENARIO)
                .toList();
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
