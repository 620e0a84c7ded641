package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The printed agenda's running head: which meeting a page belongs to, in the top margin of each page. */
final class AgendaPrint {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private AgendaPrint() {}

    /** A print stylesheet naming the meeting in every page's top margin, as a CSS string. */
    static String runningHead(String localAuthority, LocalDate heldOn) {
        String words = "Agenda of the MSET panel, " + localAuthority + ", " + heldOn.format(DAY);
        return """
                @media print {
                  @page {
                    @top-left {
                      content: "%s";
                      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                      font-size: 9pt;
                      color: #000000;
                    }
                  }
                }
                """.formatted(cssString(words));
    }

    /** The words as a CSS string's content: a quote or backslash escaped, so they cannot end it. */
    private static String cssString(String words) {
        return words.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
