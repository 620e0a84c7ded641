package org.msettriage.service.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Disclosure control over a line of counts that are parts of one total (a row of a table, or the groups of
 * a breakdown). Each count is withheld or rounded by {@link ReportSettings#shown(long)}; where that leaves
 * exactly one count of the line withheld, the smallest other non-zero count is withheld too (secondary
 * suppression), so the withheld one cannot be worked out as the total less the others.
 *
 * <p>A count of a group whose own count is withheld is withheld too, a 0 included: with one referral in a
 * month, its breakdowns would otherwise show "withheld" for the child's gender, age band, care status and
 * the rest, and 0 for every other group, describing the child (an analyst's trial read a whole profile off
 * the report that way). So a line whose total is withheld is withheld whole, and a part of a withheld
 * count ({@link #part}) is withheld with it.
 */
final class Disclosure {

    private Disclosure() {}

    /** The line's counts as shown, in the same order (null: withheld); its total is the counts' sum. */
    static List<Long> line(List<Long> exact, ReportSettings settings) {
        return line(exact, sum(exact), settings);
    }

    /**
     * The line's counts as shown, where its total is not their sum (a referral may count in several groups,
     * or in none): every count withheld when the total is.
     */
    static List<Long> line(List<Long> exact, long total, ReportSettings settings) {
        return partsOf(exact, total, null, settings);
    }

    /**
     * A line of parts of its groups (of each local authority's referrals, those screened), given the groups'
     * counts as shown: a part is withheld where its group is, and then the line is withheld as {@link
     * #line(List, long, ReportSettings)} withholds one, so that a part withheld for its group is not the
     * line's total less the rest either. {@code shownWholes} null: the groups are the line's own.
     */
    static List<Long> partsOf(List<Long> exact, long total, List<Long> shownWholes, ReportSettings settings) {
        if (settings.shown(sum(exact)) == null) {
            // A few of the total have a group at all (routes of a month most of whose decisions were stored
            // before routes were kept): the 0s beside them would say which groups they are in.
            return Collections.nCopies(exact.size(), null);
        }
        List<Long> shown = each(exact, total, shownWholes, settings);
        long withheld = shown.stream().filter(Objects::isNull).count();
        boolean byGroup = false;
        for (int i = 0; i < exact.size(); i++) {
            byGroup |= shownWholes != null && shownWholes.get(i) == null;
        }
        // One withheld count is the total less the rest; so are counts withheld with their groups, whatever
        // they are (0 each, say). The choice depends only on what a reader sees, the withheld groups, never on
        // the values withheld: a rule that fired only for withheld 0s told the reader they were 0 (a review).
        if (withheld == 1 || byGroup) {
            int smallest = -1;
            for (int i = 0; i < exact.size(); i++) {
                // A shown 0 is never taken: where rounding shows a small count as 0, taking it would say it was not.
                if (shown.get(i) != null && shown.get(i) > 0 && (smallest < 0 || exact.get(i) < exact.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, null);
            }
        }
        return shown;
    }

    /** A line of parts of the groups whose counts {@code shownWholes} gives, its total their sum. */
    static List<Long> partsOf(List<Long> exact, List<Long> shownWholes, ReportSettings settings) {
        return partsOf(exact, sum(exact), shownWholes, settings);
    }

    /**
     * Counts that need not add up to their total (a referral may show several exploitation types): each
     * withheld or rounded on its own, withheld where its group is ({@code shownWholes}, or null where the
     * groups are these counts' own), and all withheld when the total is.
     */
    static List<Long> each(List<Long> exact, long total, List<Long> shownWholes, ReportSettings settings) {
        List<Long> shown = new ArrayList<>(exact.size());
        boolean totalWithheld = settings.shown(total) == null;
        for (int i = 0; i < exact.size(); i++) {
            boolean groupWithheld = shownWholes != null && shownWholes.get(i) == null;
            shown.add(totalWithheld || groupWithheld ? null : settings.shown(exact.get(i)));
        }
        return shown;
    }

    /**
     * A line that is itself part of a count shown elsewhere (the exits by reason of the month's hearings):
     * withheld whole where that count is, otherwise as {@link #line(List, long, ReportSettings)}.
     */
    static List<Long> lineWithin(List<Long> exact, long total, Long shownWhole, ReportSettings settings) {
        return shownWhole == null ? Collections.nCopies(exact.size(), null) : line(exact, total, settings);
    }

    /** {@link #lineWithin(List, long, Long, ReportSettings)} of a line whose total is its sum. */
    static List<Long> lineWithin(List<Long> exact, Long shownWhole, ReportSettings settings) {
        return lineWithin(exact, sum(exact), shownWhole, settings);
    }

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A count of part of a group (those screened of the referrals, those offered in time of the interviews
     * due), given the group's count as shown: withheld when that is, otherwise withheld or rounded itself.
     */
    static Long part(long count, Long shownWhole, ReportSettings settings) {
        return shownWhole == null ? null : settings.shown(count);
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
