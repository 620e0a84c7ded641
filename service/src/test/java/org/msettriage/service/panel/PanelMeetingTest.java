package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a meeting's day ends: in the partnership's time zone, or at midnight UTC for a meeting kept without. */
class PanelMeetingTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aDayInLondonEndsAnHourBeforeMidnightUtcInSummerAndAtItInWinter() {
        assertThat(PanelMeeting.endOf(LocalDate.of(2026, 7, 14), LONDON))
                .isEqualTo(OffsetDateTime.parse("2026-07-14T23:00:00Z"));
        assertThat(PanelMeeting.endOf(LocalDate.of(2026, 12, 9), LONDON))
                .isEqualTo(OffsetDateTime.parse("2026-12-10T00:00:00Z"));
        // The day the clocks go back is 25 hours long: it ends at the next midnight in GMT.
        assertThat(PanelMeeting.endOf(LocalDate.of(2026, 10, 25), LONDON))
                .isEqualTo(OffsetDateTime.parse("2026-10-26T00:00:00Z"));
    }

    @Test
    void aMeetingEndsItsDayWhereItWasKeptAndOneKeptWithoutEndsItAtMidnightUtc() {
        LocalDate summerDay = LocalDate.of(2026, 7, 14);

        assertThat(meeting(summerDay, PanelMeeting.endOf(summerDay, LONDON)).endOfDay())
                .isEqualTo(OffsetDateTime.parse("2026-07-14T23:00:00Z"));
        assertThat(meeting(summerDay, null).endOfDay()).isEqualTo(OffsetDateTime.parse("2026-07-15T00:00:00Z"));
    }

    @Test
    void decisionsMadeUntilTheMeetingWasSetUpCountWhenItWasSetUpAfterItsDay() {
        LocalDate day = LocalDate.of(2026, 7, 14);
        OffsetDateTime setUpLater = OffsetDateTime.parse("2026-07-20T09:00:00Z");
        PanelMeeting recordedLate = new PanelMeeting(
                UUID.randomUUID(), "GATESHEAD", day, setUpLater, "api-key:x", PanelMeeting.endOf(day, LONDON));

        assertThat(recordedLate.decisionsMadeBefore()).isEqualTo(setUpLater);
        assertThat(meeting(day, PanelMeeting.endOf(day, LONDON)).decisionsMadeBefore())
                .isEqualTo(OffsetDateTime.parse("2026-07-14T23:00:00Z"));
    }

    private static PanelMeeting meeting(LocalDate heldOn, OffsetDateTime dayEndsAt) {
        return new PanelMeeting(
                UUID.randomUUID(),
                "GATESHEAD",
                heldOn,
                heldOn.minusDays(7).atStartOfDay().atOffset(ZoneOffset.UTC),
                "api-key:x",
                dayEndsAt);
    }
}
