package org.msettriage.service.pages;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.msettriage.service.report.ReportSettings;
import org.springframework.stereotype.Component;

/**
 * A moment as the pages write it, in the partnership's time zone and named ("21 Nov 2026 09:23 GMT", in
 * summer BST), as the panel's pages already wrote theirs. The auditor's and the policy leads' pages wrote
 * UTC offsets ("09:23 +00:00") while their day filters count the partnership's days, so a decision made
 * half an hour after midnight in summer was listed under one day and timed on the day before.
 */
@Component("times")
public class PageTimes {

    private final ZoneId zone;
    private final Map<String, DateTimeFormatter> formats = new ConcurrentHashMap<>();

    PageTimes(ReportSettings reports) {
        this.zone = reports.zone();
    }

    /** The partnership's zone's id (Europe/London), for the printed page's time its script writes. */
    public String zoneId() {
        return zone.getId();
    }

    /**
     * The moment in the pattern given ("d MMM yyyy HH:mm"), followed by the zone's short name; null for
     * none.
     */
    public String at(Object moment, String pattern) {
        ZonedDateTime here = inZone(moment);
        if (here == null) {
            return null;
        }
        return formats.computeIfAbsent(pattern, given -> DateTimeFormatter.ofPattern(given + " z", Locale.UK))
                .format(here);
    }

    /**
     * The day (or other part without a time) of the moment in the pattern given ("d MMMM yyyy"), as the
     * partnership's clocks read it; null for none. A day beside a time written by {@link #at} names the same
     * day.
     */
    public String on(Object moment, String pattern) {
        ZonedDateTime here = inZone(moment);
        if (here == null) {
            return null;
        }
        return formats.computeIfAbsent("on " + pattern, given -> DateTimeFormatter.ofPattern(pattern, Locale.UK))
                .format(here);
    }

    private ZonedDateTime inZone(Object moment) {
        if (moment == null) {
            return null;
        }
        if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (moment instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (moment instanceof java.util.Date date) {
            // The error page's timestamp, as Spring's error attributes give it.
            return date.toInstant().atZone(zone);
        }
        throw new IllegalArgumentException("not a moment: " + moment.getClass().getSimpleName());
    }
}
