package org.msettriage.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that cannot be used, with every problem found. */
public class RulesetException extends RuntimeException {

    private final List<RulesetProblem> problems;

    public RulesetException(List<RulesetProblem> problems) {
        super("The ruleset cannot be used:\n"
                + problems.stream().map(RulesetProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RulesetProblem> problems() {
        return problems;
    }
}
