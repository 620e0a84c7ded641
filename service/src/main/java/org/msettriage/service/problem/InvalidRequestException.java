package org.msettriage.service.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A request refused before anything was done with it, with every problem found, up to {@link #LISTED}:
 * a body of 90,000 unknown fields would otherwise be answered with 90,000 problems, a response many times
 * the request's size (a batch of them, hundreds of megabytes). How many were found is kept, and said.
 */
public class InvalidRequestException extends RuntimeException {

    /** Problems listed one by one; enough for any referral a person or a case system wrote. */
    public static final int LISTED = 100;

    private final List<FieldProblem> problems;
    private final List<ParameterProblem> parameters;
    private final int found;

    public InvalidRequestException(List<FieldProblem> problems) {
        this(problems, problems.size());
    }

    /** Problems already listed elsewhere (a batch item's), of which {@code found} were found in all. */
    public InvalidRequestException(List<FieldProblem> problems, int found) {
        this(List.of(), problems, found);
    }

    private InvalidRequestException(List<ParameterProblem> parameters, List<FieldProblem> problems, int found) {
        super((found + parameters.size()) + " problem(s) in the request");
        this.parameters = List.copyOf(parameters);
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.found = Math.max(found, this.problems.size()) + parameters.size();
    }

    /**
     * The same refusal naming the request's headers' problems too, ahead of the body's, so a caller learns
     * of all of them from one answer; this one itself when there are none.
     */
    public InvalidRequestException alsoNaming(List<ParameterProblem> headers) {
        if (headers.isEmpty()) {
            return this;
        }
        List<ParameterProblem> named = new ArrayList<>(headers);
        named.addAll(parameters);
        return new InvalidRequestException(named, problems, found - parameters.size());
    }

    /** The problems of the request's headers or query parameters named with the body's; mostly none. */
    public List<ParameterProblem> parameters() {
        return parameters;
    }

    /** The problems listed: the first {@link #LISTED} found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** How many problems were found, listed or not. */
    public int found() {
        return found;
    }

    /** "N problems were found" and, when not all are listed, which are; then what was not done. */
    public String detail(String notDone) {
        String count = found == 1 ? "1 problem was found" : found + " problems were found";
        return (found > problems.size() + parameters.size()
                        ? count + " (the first " + problems.size() + " are listed)"
                        : count)
                + "; " + notDone + ".";
    }
}
