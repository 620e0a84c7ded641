package org.msettriage.service.panel;

import java.time.LocalDate;
import java.util.UUID;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.words.CodeWords;

/**
 * A meeting set up a second time (a form sent twice, say): refused, naming the one already set up so the
 * coordinator can go straight to it; the API's answer gives its agenda's address, the pages link it.
 */
class MeetingAlreadySetUp extends ConflictException {

    private final UUID meetingId;

    MeetingAlreadySetUp(String localAuthority, LocalDate heldOn, UUID meetingId) {
        super(
                said(localAuthority, heldOn) + ": its agenda is /api/v1/panel/meetings/" + meetingId + "/agenda",
                said(localAuthority, heldOn));
        this.meetingId = meetingId;
    }

    UUID meetingId() {
        return meetingId;
    }

    private static String said(String localAuthority, LocalDate heldOn) {
        return "A panel meeting for " + CodeWords.localAuthority(localAuthority) + " on "
                + heldOn.format(PanelWords.DAY) + " is already set up";
    }
}
