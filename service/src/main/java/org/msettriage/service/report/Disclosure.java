package org.msettriage.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Disclosure control over a line of counts that are parts of one total (a row of a table, or the groups of
 * a breakdown). Each count is withheld or rounded by {@link ReportSettings#shown(long)}; where that leaves
 * exactly one count of the line withheld, the smallest other non-zero count is withheld too (secondary
 * suppression), so the withheld one cannot be worked out as the total less the others.
 */
final class Disclosure {

    private Disclosure() {}

    /** The line's counts as shown, in the same order (null: withheld). */
    static List<Long> line(List<Long> exact, ReportSettings settings) {
        List<Long> shown = new ArrayList<>(exact.size());
        exact.forEach(count -> shown.add(settings.shown(count)));
        if (shown.stream().filter(Objects::isNull).count() == 1) {
            int smallest = -1;
            for (int i = 0; i < exact.size(); i++) {
                if (shown.get(i) != null && exact.get(i) > 0 && (smallest < 0 || exact.get(i) < exact.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, null);
            }
        }
        return shown;
    }

    /**
     * Whether a line's shown parts, none withheld, add up to its shown total; a line with a withheld part or
     * total cannot be added up, and is not said to differ.
     */
    static boolean addsUp(List<Long> shownParts, Long shownTotal) {
        if (shownTotal == null || shownParts.contains(null)) {
            return true;
        }
        return shownParts.stream().mapToLong(Long::longValue).sum() == shownTotal;
    }
}
