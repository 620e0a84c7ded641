package org.msettriage.service.problem;

import java.util.List;
import java.util.Map;

/**
 * The checks a feature makes of one kind of request body beyond its shape and the contract's constraints
 * (a day in range, a decision on the agenda), made while the body is read, so that a refusal names these
 * problems together with every other. A feature may keep what they found for the request, so that it does
 * not make them again when it acts on the body.
 *
 * @param <T> the contract model the body is read as
 */
public interface BodyChecks<T> {

    /** The contract model these checks are for. */
    Class<T> type();

    /**
     * Adds each problem found to {@code problems}. The body may lack what was already refused (left out so
     * the rest could be read), so an absent field is no problem of these checks: its own is already named.
     *
     * @param path the request's path variables, by name (a meeting's id, say)
     */
    void check(T body, Map<String, String> path, List<FieldProblem> problems);
}
