package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A meeting of the panel for one local authority on one day, and who set it up. */
record PanelMeeting(
        UUID meetingId, String localAuthority, LocalDate heldOn, OffsetDateTime createdAt, String createdBy) {

    /** The end of the meeting's day: decisions assessed before it may be on its agenda. */
    OffsetDateTime endOfDay() {
        return heldOn.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
