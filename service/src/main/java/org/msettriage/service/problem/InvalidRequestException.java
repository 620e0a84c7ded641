package org.msettriage.service.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A request refused before anything was done with it, with every problem found, up to {@link #LISTED}:
 * a body of 90,000 unknown fields would otherwise be answered with 90,000 problems, a response many times
 * the request's size (a batch of them, hundreds of megabytes). The rest are counted in a last problem.
 */
public class InvalidRequestException extends RuntimeException {

    /** Problems listed one by one; enough for any referral a person or a case system wrote. */
    public static final int LISTED = 100;

    private final List<FieldProblem> problems;
    private final int found;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the request");
        this.problems = listed(problems);
        this.found = problems.size();
    }

    /** How many problems were found, listed or not. */
    public int found() {
        return found;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static List<FieldProblem> listed(List<FieldProblem> problems) {
        if (problems.size() <= LISTED) {
            return List.copyOf(problems);
        }
        List<FieldProblem> listed = new ArrayList<>(problems.subList(0, LISTED));
        listed.add(new FieldProblem(
                "", (problems.size() - LISTED) + " more problems were found and are not listed; mend these first"));
        return List.copyOf(listed);
    }
}
