package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
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
        assertThat(MeetingProgress.of(agenda(item(true), item(false), item(false))))
                .isEqualTo("2 of 3 children have no outcome yet");
        assertThat(MeetingProgress.of(agenda(item(true), item(false)))).isEqualTo("1 of 2 children has no outcome yet");
        assertThat(MeetingProgress.of(agenda(item(false)))).isEqualTo("1 of 1 child has no outcome yet");
        assertThat(MeetingProgress.of(agenda(item(true), item(true)))).isEqualTo("All 2 children have an outcome");
        assertThat(MeetingProgress.of(agenda(item(true)))).isEqualTo("The child has an outcome");
        assertThat(MeetingProgress.of(agenda())).isEqualTo("No children on the agenda");
    }

    @Test
    void aChildHeardAtALaterMeetingIsNotCountedAsMissingAnOutcome() {
        // A coordinator's trial: "1 of 1 child has no outcome yet", of a meeting whose page refuses one, as the
        // panel heard the child at its next meeting.
        PanelAgenda.Item heardLater = item(false);
        PanelAgenda.Item open = item(false);

        assertThat(MeetingProgress.of(new MeetingProgress.Agenda(List.of(heardLater), Set.of(heardLater.decisionId()))))
                .isEqualTo("The child has an outcome at a later meeting");
        assertThat(MeetingProgress.of(
                        new MeetingProgress.Agenda(List.of(item(true), heardLater), Set.of(heardLater.decisionId()))))
                .isEqualTo("All 2 children have an outcome, 1 at a later meeting");
        assertThat(MeetingProgress.of(new MeetingProgress.Agenda(
                        List.of(open, heardLater, item(true)), Set.of(heardLater.decisionId()))))
                .isEqualTo("1 of 3 children has no outcome yet");
    }

    private static MeetingProgress.Agenda agenda(PanelAgenda.Item... items) {
        return new MeetingProgress.Agenda(List.of(items), Set.of());
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
        assertThat(MeetingProgress.of(TODAY, TODAY, () -> agenda(item(false))))
                .isEqualTo("1 of 1 child has no outcome yet");
    }
}
