package org.msettriage.service.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the meetings list says of a meeting: not yet held, or how many of its agenda's children still have no
 * outcome. A coordinator's trial found nothing on the list to say which meetings were unfinished (one had 5
 * children without an outcome). Counted from the agenda's items without their content, so nothing is read
 * that the access log records; only for meetings held in the last {@link #RECENT_DAYS} days, as counting
 * every meeting of past years would cost each view of the list a lookup per meeting.
 */
final class MeetingProgress {

    static final int RECENT_DAYS = 92;

    private MeetingProgress() {}

    /**
     * A held meeting's agenda as the list counts it: its items, and those of its children without an outcome
     * here who have one at a later meeting (none can be recorded here for them now).
     */
    record Agenda(List<PanelAgenda.Item> items, Set<UUID> heardLater) {}

    /** The words for a meeting held on that day, as of today, its agenda asked for only if needed. */
    static String of(LocalDate heldOn, LocalDate today, Supplier<Agenda> agenda) {
        if (heldOn.isAfter(today)) {
            return "Not yet held";
        }
        if (heldOn.isBefore(today.minusDays(RECENT_DAYS))) {
            return "Held";
        }
        return of(agenda.get());
    }

    /**
     * How many of the children have no outcome recorded at the meeting, in words. A child with an outcome at a later
     * meeting is not counted as missing one: a coordinator's trial was told "1 of 1 child has no outcome yet"
     * of a meeting whose page refuses that outcome, as the panel heard the child at its next meeting.
     */
    static String of(Agenda agenda) {
        List<PanelAgenda.Item> items = agenda.items();
        long later = items.stream()
                .filter(item -> item.outcome() == null && agenda.heardLater().contains(item.decisionId()))
                .count();
        long open = items.stream().filter(item -> item.outcome() == null).count() - later;
        int children = items.size();
        if (children == 0) {
            return "No children on the agenda";
        }
        if (open == 0 && later == 0) {
            return children == 1 ? "The child has an outcome" : "All " + children + " children have an outcome";
        }
        if (open == 0) {
            return children == 1
                    ? "The child has an outcome at a later meeting"
                    : "All " + children + " children have an outcome, " + later + " at a later meeting";
        }
        return open + " of " + children + (children == 1 ? " child" : " children") + (open == 1 ? " has" : " have")
                + " no outcome yet";
    }
}
