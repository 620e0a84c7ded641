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

    /** Null (withheld) for a count from 1 to one below the threshold; 0 as it is; others rounded. */
    Long shown(long count) {
        if (count > 0 && count < withheldBelow) {
            return null;
        }
        return Math.round((double) count / roundTo) * roundTo;
    }
}
