package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.msettriage.service.words.RunningHead;

/** The printed agenda's running head: which meeting a page belongs to, in the top margin of each page. */
final class AgendaPrint {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private AgendaPrint() {}

    /** A print stylesheet naming the meeting in every page's top margin, as a CSS string. */
    static String runningHead(String localAuthority, LocalDate heldOn) {
        return RunningHead.css("Agenda of the MSET panel, " + localAuthority + ", " + heldOn.format(DAY));
    }
}
