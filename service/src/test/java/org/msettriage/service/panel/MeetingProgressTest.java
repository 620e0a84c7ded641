package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.referral.RiskLevel;

/** What the meetings list says of a meeting, in words: a coordinator's trial could not tell which were unfinished. */
class MeetingProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static PanelAgenda.Item item(boolean recorded) {
        return new PanelAgenda.Item(
                UUID.randomUUID(),
                RiskLevel.MODERATE,
                OffsetDateTime.parse("2026-11-20T10:00:00Z"),
                OffsetDateTime.parse("2026-11-20T10:00:01Z"),
                null,
                null,
                recorded ? mock(PanelOutcome.class) : null);
    }

    @Test
    void aHeldMeetingSaysHowManyChildrenStillHaveNoOutcome() {
        assertThat(MeetingProgress.of(List.of(item(true), item(false), item(false))))
                .isEqualTo("2 of 3 children have no outcome yet");
        assertThat(MeetingProgress.of(List.of(item(true), item(false))))
                .isEqualTo("1 of 2 children has no outcome yet");
        assertThat(MeetingProgress.of(List.of(item(false)))).isEqualTo("1 of 1 child has no outcome yet");
        assertThat(MeetingProgress.of(List.of(item(true), item(true)))).isEqualTo("All 2 children have an outcome");
        assertThat(MeetingProgress.of(List.of(item(true)))).isEqualTo("The child has an outcome");
        assertThat(MeetingProgress.of(List.of())).isEqualTo("No children on the agenda");
    }

    @Test
    void aMeetingToComeOrLongPastIsNotCounted() {
        assertThat(MeetingProgress.of(TODAY.plusDays(1), TODAY, () -> {
                    throw new AssertionError("a meeting to come is not counted");
                }))
                .isEqualTo("Not yet held");
        assertThat(MeetingProgress.of(TODAY.minusDays(MeetingProgress.RECENT_DAYS + 1), TODAY, () -> {
                    throw new AssertionError("a meeting long past is not counted");
                }))
                .isEqualTo("Held");
        assertThat(MeetingProgress.of(TODAY, TODAY, () -> List.of(item(false))))
                .isEqualTo("1 of 1 child has no outcome yet");
    }
}
