package org.msettriage.rules.facts;

import java.util.List;
import java.util.TreeSet;

/**
 * Merges the lists of codes a rule gathered (with collectList, whose order is the engine's and which can
 * hold a code twice, or lists of codes gathered from several findings) into one sorted list without repeats, so the same decision always reads the same.
 */
final class CodeLists {

    private CodeLists() {}

    @SafeVarargs
    static List<String> merge(List<? extends Object>... lists) {
        TreeSet<String> codes = new TreeSet<>();
        for (List<? extends Object> list : lists) {
            for (Object item : list) {
                if (item instanceof List<?> nested) {
                    codes.addAll(merge(nested));
                } else {
                    codes.add(String.valueOf(item));
                }
            }
        }
        return List.copyOf(codes);
    }
}
