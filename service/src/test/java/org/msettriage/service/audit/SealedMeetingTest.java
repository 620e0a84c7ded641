package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a meeting's seal covers. A meeting set up before its day's end was kept is hashed exactly as it was
 * sealed then, so it still verifies; one set up since is hashed with its day's end too.
 */
class SealedMeetingTest {

    private static final UUID ID = UUID.fromString("01a25257-230a-7206-a2eb-351e019006c6");
    private static final OffsetDateTime SET_UP = OffsetDateTime.parse("2026-07-01T09:15:00.123+01:00");

    @Test
    void aMeetingWithoutItsDaysEndIsHashedAsMeetingsWereFirstSealed() {
        String sealedThen = """
                mset-panel-meeting-v1
                meetingId:36:01a25257-230a-7206-a2eb-351e019006c6
                localAuthority:9:GATESHEAD
                heldOn:10:2026-07-14
                createdAt:24:2026-07-01T08:15:00.123Z
                callerMethod:7:API_KEY
                callerName:11:coordinator
                """;

        assertThat(meeting(null).sha256()).isEqualTo(Digests.sha256(sealedThen));
    }

    @Test
    void aMeetingsDaysEndIsPartOfItsHash() {
        OffsetDateTime summerEnd = OffsetDateTime.parse("2026-07-14T23:00:00Z");
        String sealedNow = """
                mset-panel-meeting-v2
                meetingId:36:01a25257-230a-7206-a2eb-351e019006c6
                localAuthority:9:GATESHEAD
                heldOn:10:2026-07-14
                createdAt:24:2026-07-01T08:15:00.123Z
                callerMethod:7:API_KEY
                callerName:11:coordinator
                dayEndsAt:20:2026-07-14T23:00:00Z
                """;

        assertThat(meeting(summerEnd).sha256()).isEqualTo(Digests.sha256(sealedNow));
        // The same moment written with another offset (as PostgreSQL may answer) is the same meeting.
        assertThat(meeting(OffsetDateTime.parse("2026-07-15T00:00:00+01:00")).sha256())
                .isEqualTo(meeting(summerEnd).sha256());
        assertThat(meeting(summerEnd.plusHours(1)).sha256())
                .isNotEqualTo(meeting(summerEnd).sha256());
    }

    private static SealedMeeting meeting(OffsetDateTime dayEndsAt) {
        return new SealedMeeting(
                ID, "GATESHEAD", LocalDate.of(2026, 7, 14), SET_UP, "API_KEY", "coordinator", dayEndsAt);
    }
}
