package org.msettriage.service.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A problem with a form as its page lists it: the words, and the id of the form's field it is about, which
 * the line links to and which is marked invalid; null for a value no field of the form gives (a page
 * number in the address). Every area's pages list theirs so: the auditors', the panel's agenda and the
 * analysts' dashboard.
 */
public record PageProblem(String text, String fieldId) {

    /**
     * Each field's own message, by its id: the problems about it, said again beside it, where a reader who
     * followed the summary's link (or tabbed to the field) hears why it is marked.
     */
    public static Map<String, String> messagesByField(List<PageProblem> problems) {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.stream()
                .filter(problem -> problem.fieldId() != null)
                .forEach(problem -> messages.merge(problem.fieldId(), problem.text(), (a, b) -> a + " " + b));
        return messages;
    }

    /** The ids of the fields the problems are about, to mark them invalid. */
    public static Set<String> fieldsAtFault(List<PageProblem> problems) {
        return problems.stream()
                .map(PageProblem::fieldId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
