package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.msettriage.service.words.RunningHead;

/**
 * The running heads of the panel's printed pages: which meeting, or which local authority's list of children, a
 * page belongs to, in the top margin of each page.
 */
final class AgendaPrint {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private AgendaPrint() {}

    /** A print stylesheet naming the list of children and its day in every page's top margin. */
    static String runningHeadOfList(String localAuthority, LocalDate asAt) {
        return RunningHead.css("Children on the MSET panel's list, " + localAuthority + ", as at " + asAt.format(DAY));
    }

    /** A print stylesheet naming the meeting in every page's top margin, as a CSS string. */
    static String runningHead(String localAuthority, LocalDate heldOn) {
        return RunningHead.css("Agenda of the MSET panel, " + localAuthority + ", " + heldOn.format(DAY));
    }
}
