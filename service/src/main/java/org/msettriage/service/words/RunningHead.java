package org.msettriage.service.words;

/**
 * A printed page's running head: words in the top margin of every page, so a page that comes loose from
 * the pile still says what it belongs to. A stylesheet of its own, since the pages allow no inline style
 * and only a stylesheet reaches a page's margin. Its words must come from fixed lists (a local authority,
 * a day, a month), never from text a person typed.
 */
public final class RunningHead {

    private RunningHead() {}

    /** A print stylesheet writing the words in every page's top margin. */
    public static String css(String words) {
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
