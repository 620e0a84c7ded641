package org.msettriage.service.panel;

import java.time.LocalDate;
import java.util.List;
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

    /** The words for a meeting held on that day, as of today, its agenda's items asked for only if needed. */
    static String of(LocalDate heldOn, LocalDate today, Supplier<List<PanelAgenda.Item>> items) {
        if (heldOn.isAfter(today)) {
            return "Not yet held";
        }
        if (heldOn.isBefore(today.minusDays(RECENT_DAYS))) {
            return "Held";
        }
        return of(items.get());
    }

    /** How many of the children have no outcome recorded at the meeting, in words. */
    static String of(List<PanelAgenda.Item> items) {
        long open = items.stream().filter(item -> item.outcome() == null).count();
        int children = items.size();
        if (children == 0) {
            return "No children on the agenda";
        }
        if (open == 0) {
            return children == 1 ? "The child has an outcome" : "All " + children + " children have an outcome";
        }
        return open + " of " + children + (children == 1 ? " child" : " children") + (open == 1 ? " has" : " have")
                + " no outcome yet";
    }
}
