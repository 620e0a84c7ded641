package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A meeting of the panel for one local authority on one day, and who set it up. {@code dayEndsAt} is when
 * the meeting's day ends in the partnership's time zone, kept from when it was set up; null for a meeting
 * set up before it was kept, whose day ends at midnight UTC as it did when that meeting was heard.
 */
record PanelMeeting(
        UUID meetingId,
        String localAuthority,
        LocalDate heldOn,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime dayEndsAt) {

    /** The earliest day a meeting may be set up for: records from before any partnership used the service. */
    static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);

    /** What a day {@link #plausibleDay} refuses is told. */
    static final String NOT_A_MEETING_DAY = "must be a day from 1 January 2000 to a year from today";

    /**
     * Whether a meeting may be set up for this day, as seen on {@code today}: from {@link #EARLIEST_DAY} to a
     * year ahead. A day in year 1 or 99999 was stored, and put every decision on, or none on, its agenda.
     */
    static boolean plausibleDay(LocalDate heldOn, LocalDate today) {
        return !heldOn.isBefore(EARLIEST_DAY) && !heldOn.isAfter(today.plusYears(1));
    }

    /**
     * The moment a day ends in a time zone: the next day's start there (in London, 23:00 UTC in summer),
     * in UTC, as it is kept.
     */
    static OffsetDateTime endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The end of the meeting's day: decisions assessed before it may be on its agenda. */
    OffsetDateTime endOfDay() {
        return dayEndsAt != null ? dayEndsAt : endOf(heldOn, ZoneOffset.UTC);
    }

    /**
     * Decisions the service made before this moment are weighed for the agenda: the end of the meeting's
     * day, or when the meeting was set up if that was later (a meeting recorded after it was held weighs
     * what the service held then). One made later is the next meeting's, so the agenda of a meeting held
     * and heard does not change under its outcomes.
     */
    OffsetDateTime decisionsMadeBefore() {
        OffsetDateTime endOfDay = endOfDay();
        return createdAt != null && createdAt.isAfter(endOfDay) ? createdAt : endOfDay;
    }
}
