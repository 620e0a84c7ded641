package org.msettriage.service.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A retention period as an operator or auditor would say it: "6 years (2,192 days)", "45 seconds". */
final class RetentionInWords {

    private RetentionInWords() {}

    static String of(Duration period) {
        String exact = parts(period);
        long days = period.toDays();
        if (days < 365) {
            return exact;
        }
        return years(days) + " (" + exact + ")";
    }

    /**
     * Whole years when the days are as many years of 365 or 366 days (2190d and 2192d are both six years,
     * as operators write them); otherwise to a tenth of a year, said as about that.
     */
    private static String years(long days) {
        long whole = Math.round(days / 365.25);
        if (days >= whole * 365 && days <= whole * 366) {
            return counted(whole, "year");
        }
        return String.format(Locale.UK, "about %.1f years", days / 365.25);
    }

    private static String parts(Duration period) {
        List<String> parts = new ArrayList<>();
        addIfAny(parts, period.toDays(), "day");
        addIfAny(parts, period.toHoursPart(), "hour");
        addIfAny(parts, period.toMinutesPart(), "minute");
        addIfAny(parts, period.toSecondsPart(), "second");
        addIfAny(parts, period.toMillisPart(), "millisecond");
        if (parts.isEmpty()) {
            return "no time at all";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void addIfAny(List<String> parts, long count, String unit) {
        if (count > 0) {
            parts.add(counted(count, unit));
        }
    }

    private static String counted(long count, String unit) {
        return String.format(Locale.UK, "%,d %s%s", count, unit, count == 1 ? "" : "s");
    }
}
