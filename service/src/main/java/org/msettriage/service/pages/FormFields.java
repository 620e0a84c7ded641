package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;

/**
 * Fields a form sends once. Spring joins a field sent twice with a comma, so "childRef=p&childRef=q"
 * asked about the child "p,q": a third child's records. The pages' own forms never send one twice, so
 * such a request is refused rather than read.
 */
final class FormFields {

    private FormFields() {}

    static void once(HttpServletRequest request, String... names) {
        List<ParameterProblem> problems = new ArrayList<>();
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                problems.add(new ParameterProblem(name, "is given " + values.length + " times; give it once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
    }
}
