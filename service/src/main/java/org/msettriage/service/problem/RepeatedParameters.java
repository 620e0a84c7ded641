package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Parameters a request may give only once. Given twice, Spring reads the first ({@code ?page=0&page=1}
 * answered page 0) or joins them with a comma (two {@code childRef} fields asked about the child "p,q"),
 * so such a request is refused, naming each, rather than half-read.
 */
public final class RepeatedParameters {

    private RepeatedParameters() {}

    /** Refuses the request with a 400 naming each of these parameters that it gives more than once. */
    public static void refuse(HttpServletRequest request, Collection<String> names) {
        List<ParameterProblem> problems = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                problems.add(new ParameterProblem(
                        SentNames.shown(name), "is given " + values.length + " times; give it once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
    }
}
