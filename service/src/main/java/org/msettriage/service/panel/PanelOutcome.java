package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the panel decided for one child at one meeting (policy v1.1, section 11), as recorded: never
 * edited, so a correction is a later revision naming the outcome it corrects ({@code correctedBy} here).
 */
record PanelOutcome(
        UUID outcomeId,
        UUID meetingId,
        LocalDate meetingOn,
        UUID decisionId,
        int revision,
        UUID corrects,
        UUID correctedBy,
        Kind outcome,
        ExitReason exitReason,
        Details details,
        OffsetDateTime recordedAt,
        String recordedBy) {

    enum Kind {
        PLAN_AGREED,
        NOT_HEARD,
        EXITED;

        /** Whether the panel heard the child: a plan or an exit, not a postponement. */
        boolean heard() {
            return this != NOT_HEARD;
        }
    }

    /** The six exit reasons section 11 names. */
    enum ExitReason {
        SUFFICIENTLY_SAFE,
        NOTHING_MORE_MSET_CAN_OFFER,
        MOVED_OUT_OF_AREA,
        TURNED_18_TRANSITIONED,
        CHILD_PROTECTION_LEADS,
        OTHER
    }

    /** The agencies that may lead an action of a plan: the catalogue's leads, and OTHER. */
    enum LeadAgency {
        CHILDRENS_SOCIAL_CARE,
        POLICE,
        EDUCATION,
        HEALTH,
        YOUTH_JUSTICE,
        EARLY_HELP,
        COMMUNITY_SAFETY,
        LOCAL_AUTHORITY,
        PLACEMENT_PROVIDER,
        ADULT_SOCIAL_CARE,
        VOLUNTARY_SECTOR,
        OTHER
    }

    /** One action of an agreed plan: a catalogue code or words, its lead agency and due date. */
    record PlanAction(String code, String text, String leadAgency, LocalDate dueBy) {}

    /**
     * The parts of an outcome kept encrypted, as they may name people: the plan, the reason it was not
     * heard, and the words of an OTHER exit. The exit reason itself is a code, kept plain for the figures.
     */
    record Details(List<PlanAction> plan, String reason, String exitText) {

        Details {
            plan = plan == null ? List.of() : List.copyOf(plan);
        }
    }
}
