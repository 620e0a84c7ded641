package org.msettriage.service.problem;

import java.util.List;

/** A request refused before anything was done with it, with every problem found. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the request");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
