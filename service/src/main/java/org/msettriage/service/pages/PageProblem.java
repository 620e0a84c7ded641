package org.msettriage.service.pages;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A problem with a form as its page lists it: the words, and the id of the form's field it is about, which
 * the line links to and which is marked invalid; null for a value no field of the form gives (a page
 * number in the address).
 */
record PageProblem(String text, String fieldId) {

    /** The ids of the fields the problems are about, to mark them invalid. */
    static Set<String> fieldsAtFault(List<PageProblem> problems) {
        return problems.stream()
                .map(PageProblem::fieldId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
