package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.msettriage.service.report.ReportSettings;

/** Moments on the pages, in the partnership's zone and named, whatever offset they were stored with. */
class PageTimesTest {

    private final PageTimes times = new PageTimes(new ReportSettings(5, 5, ZoneId.of("Europe/London")));

    @Test
    void aMomentIsWrittenInThePartnershipsZoneWithItsName() {
        assertThat(times.at(OffsetDateTime.parse("2026-11-21T09:23:00Z"), "d MMM yyyy HH:mm"))
                .isEqualTo("21 Nov 2026 09:23 GMT");
        // Half an hour after midnight in summer: the day the search filters it under, not the UTC day before.
        assertThat(times.at(OffsetDateTime.parse("2026-06-06T23:30:00Z"), "d MMM yyyy HH:mm"))
                .isEqualTo("7 Jun 2026 00:30 BST");
        assertThat(times.at(Instant.parse("2026-06-06T23:30:05Z"), "d MMMM yyyy, HH:mm:ss"))
                .isEqualTo("7 June 2026, 00:30:05 BST");
        assertThat(times.at(OffsetDateTime.parse("2026-06-07T01:30:00+02:00"), "d MMM yyyy HH:mm"))
                .as("a case system's own offset")
                .isEqualTo("7 Jun 2026 00:30 BST");
        assertThat(times.at(java.util.Date.from(Instant.parse("2026-06-06T23:30:05Z")), "d MMMM yyyy, HH:mm:ss"))
                .as("the error page's timestamp")
                .isEqualTo("7 June 2026, 00:30:05 BST");
        assertThat(times.at(null, "d MMM yyyy HH:mm")).isNull();
    }

    @Test
    void aDayIsTheDayThePartnershipsClocksRead() {
        assertThat(times.on(OffsetDateTime.parse("2026-06-06T23:30:00Z"), "d MMMM yyyy"))
                .isEqualTo("7 June 2026");
        assertThat(times.on(null, "d MMMM yyyy")).isNull();
    }
}
