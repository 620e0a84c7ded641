package org.msettriage.service.report;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure control for the analysts' report, the usual protection in published figures about
 * children. {@code withheldBelow}: counts from 1 to one below this are reported as null (5 by default;
 * 1 withholds nothing). {@code roundTo}: the other counts are rounded to the nearest multiple of this (5
 * by default; 1 is exact), so that the difference between two overlapping reports does not give one
 * child's decision away. {@code zone}: the time zone report days and months are counted in.
 */
@ConfigurationProperties("mset.reports")
public record ReportSettings(
        @DefaultValue("5") int withheldBelow,
        @DefaultValue("5") int roundTo,
        @DefaultValue("Europe/London") ZoneId zone) {

    public ReportSettings {
        if (withheldBelow < 1 || roundTo < 1) {
            throw new IllegalArgumentException("mset.reports.withheld-below and round-to must be 1 or more");
        }
    }

    /**
     * The protection in force, said for the reader of a table: which counts are withheld and how the
     * others are rounded, or that a count is exact when neither applies (a demonstration's settings).
     */
    public String protection() {
        String withheld = switch (withheldBelow) {
            case 1 -> "";
            case 2 -> "a count of 1 is withheld";
            default -> "counts from 1 to " + (withheldBelow - 1) + " are withheld";
        };
        String rounded = roundTo == 1 ? "" : "rounded to the nearest " + roundTo;
        if (withheld.isEmpty() && rounded.isEmpty()) {
            return "Every count is exact: none is withheld or rounded.";
        }
        if (withheld.isEmpty()) {
            return "So that no child can be picked out, counts are " + rounded + ".";
        }
        return "So that no child can be picked out, " + withheld
                + (rounded.isEmpty() ? "" : ", the others are " + rounded)
                + ", and where only one count of a row is withheld another is withheld with it.";
    }

    /** Null (withheld) for a count from 1 to one below the threshold; 0 as it is; others rounded. */
    Long shown(long count) {
        if (count > 0 && count < withheldBelow) {
            return null;
        }
        return Math.round((double) count / roundTo) * roundTo;
    }
}
