package org.msettriage.service.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.msettriage.service.report.AnalysisFigures.Counted;

/** Sums of the grouped counts: exact, before any disclosure control. */
final class Tally {

    private Tally() {}

    static long decisions(List<Counted> rows, Predicate<Counted> which) {
        return rows.stream().filter(which).mapToLong(Counted::decisions).sum();
    }

    /** The decisions of each group of a dimension (null: did not say), every group listed, in its order. */
    static List<Long> byGroup(List<Counted> rows, Dimension dimension, Predicate<Counted> which) {
        Map<String, Long> counts = new HashMap<>();
        for (Counted row : rows) {
            if (which.test(row)) {
                for (String group : dimension.groupsOf(row)) {
                    counts.merge(group == null ? "" : group, row.decisions(), Long::sum);
                }
            }
        }
        List<Long> listed = new ArrayList<>();
        for (String group : dimension.groups()) {
            listed.add(counts.getOrDefault(group == null ? "" : group, 0L));
        }
        return listed;
    }

    /** The rows of one month. */
    static List<Counted> ofMonth(List<Counted> rows, String month) {
        return rows.stream().filter(r -> Objects.equals(r.month(), month)).toList();
    }

    static boolean screened(Counted row) {
        return row.preMsetEligible();
    }

    static boolean panelEligible(Counted row) {
        return row.msetPanelEligible();
    }
}
