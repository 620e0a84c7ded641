package org.msettriage.service.report;

import java.util.List;
import java.util.Set;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refuses a report request naming a query parameter the operation does not know, as a 400 naming each one:
 * a misspelt {@code decidedform} would otherwise be ignored, and the whole history counted without a word.
 */
final class KnownParameters {

    private KnownParameters() {}

    static void check(Set<String> known) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        List<ParameterProblem> unknown = request.getRequest().getParameterMap().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .map(name -> new ParameterProblem(
                        name,
                        "is not a parameter of this report; it takes "
                                + String.join(", ", known.stream().sorted().toList())))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidParametersException(unknown);
        }
    }
}
