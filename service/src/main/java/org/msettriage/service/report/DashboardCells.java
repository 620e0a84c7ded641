package org.msettriage.service.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's cells in words: shares and rates that claim all or none only when the exact counts are
 * so, the difference between a group and the rest, and whether it is beyond chance for every exact count
 * the rounded ones could stand for. Apart from the tables, which only place them.
 */
final class DashboardCells {

    private DashboardCells() {}

    /**
     * Conversion, the screened that were heard / the screened, as shown, as {@link #shareInTime} words a
     * share: rounding can make 6 heard of 7 screened read as 5 of 5, "100%", as if every child screened had
     * been heard. Empty when either count is withheld or nothing was screened.
     */
    static String conversionCell(Long heard, Long screened, long exactHeard, long exactScreened) {
        Double conversion = PanelReportMapper.conversion(heard, screened);
        return conversion == null ? "" : honest(percent(conversion), exactHeard, exactScreened);
    }

    /**
     * The share offered in time, from the counts as shown; but rounding can make 9 of 10 read as 10 of 10,
     * hiding the very interview missed, so an exact 100% or 0% is claimed only when it is so.
     */
    static String shareInTime(long offered, long due, long exactOffered, long exactDue) {
        return honest(percent((double) offered / due), exactOffered, exactDue);
    }

    /**
     * A rate of reaching the panel with its interval, from the counts as shown: "62% (40% to 80%)". Rounding
     * can make 13 of 15 read as 15 of 15, so the rate claims all or none only when it is so; the interval,
     * from the same shown counts, stays as it is.
     */
    static String rateCell(double rate, Rates.Interval interval, long exactReached, long exactScreened) {
        return honest(percent(rate), exactReached, exactScreened) + " (" + percent(interval.low()) + " to "
                + percent(interval.high()) + ")";
    }

    /** A share as shown, unless it claims all or none and the exact counts say otherwise. */
    private static String honest(String share, long exactOffered, long exactDue) {
        if (share.equals("100%") && exactOffered < exactDue) {
            return "under 100%";
        }
        if (share.equals("0%") && exactOffered > 0) {
            return "over 0%";
        }
        return share;
    }

    /**
     * Whether a group reaches the panel more or less often than the rest beyond chance, in words, given what
     * the counts as shown say ({@code shown}) and what every exact count they could stand for says ({@code
     * behind}, from {@link #beyondChanceBehind}). Claimed only when both agree: an analyst's trial saw rounded
     * counts (15 screened, 5 reached, from 13 and 7) give "Lower than the rest, beyond chance" where the exact
     * counts give no clear difference. Worked out from the counts as shown alone, so it tells nothing of the
     * exact counts the rounding hides.
     */
    static String finding(Rates.Comparison shown, int behind) {
        int claimed = shown.beyondChance();
        if (claimed == 0) {
            return "No clear difference";
        }
        if (claimed != behind) {
            return "No clear difference once the rounding is allowed for";
        }
        return claimed > 0 ? "Higher than the rest, beyond chance" : "Lower than the rest, beyond chance";
    }

    /**
     * +1 (or -1) when the group's rate is higher (or lower) than the rest's beyond chance for every exact
     * count that would be shown as these are, 0 otherwise: the counts behind a rounded 5 are 3 to 7.
     */
    static int beyondChanceBehind(
            ReportSettings settings, long reached, long screened, long restReached, long restScreened) {
        List<Long> reachedBehind = behind(settings, reached);
        List<Long> screenedBehind = behind(settings, screened);
        List<Long> restReachedBehind = behind(settings, restReached);
        List<Long> restScreenedBehind = behind(settings, restScreened);
        int agreed = 0;
        for (long x : reachedBehind) {
            for (long n : screenedBehind) {
                for (long rx : restReachedBehind) {
                    for (long rn : restScreenedBehind) {
                        if (x > n || rx > rn || n == 0 || rn == 0) {
                            continue;
                        }
                        int found = Rates.compare(x, n, rx, rn).beyondChance();
                        if (found == 0 || (agreed != 0 && found != agreed)) {
                            return 0;
                        }
                        agreed = found;
                    }
                }
            }
        }
        return agreed;
    }

    /** Every exact count shown as this one is. */
    private static List<Long> behind(ReportSettings settings, long shown) {
        List<Long> counts = new ArrayList<>();
        for (long count = Math.max(0, shown - settings.roundTo()); count <= shown + settings.roundTo(); count++) {
            if (Long.valueOf(shown).equals(settings.shown(count))) {
                counts.add(count);
            }
        }
        return counts;
    }

    static String cell(Long shown) {
        return shown == null ? AnalysisTable.WITHHELD : Long.toString(shown);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /**
     * The group's rate less the rest's, in percentage points, with its interval: "+12 (+3 to +21)". The
     * interval alone ("+3 to +21") left a reader to guess the difference itself.
     */
    static String differenceCell(Rates.Comparison c) {
        return points(c.rate() - c.restRate()) + " (" + points(c.difference().low()) + " to "
                + points(c.difference().high()) + ")";
    }

    private static String points(double difference) {
        long points = Math.round(difference * 100);
        return (points > 0 ? "+" : "") + points;
    }
}
