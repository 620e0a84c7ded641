package org.msettriage.service.problem;

import java.util.List;

/** Query parameters that cannot be answered; every problem is reported at once, as a 400 problem. */
public class InvalidParametersException extends RuntimeException {

    private final transient List<ParameterProblem> problems;

    public InvalidParametersException(List<ParameterProblem> problems) {
        super(problems.size() + " parameter problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}
