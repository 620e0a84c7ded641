package org.msettriage.rules.engine;

/**
 * One file of a ruleset: its name within the folder and its text. A leading byte-order mark (what a
 * spreadsheet's "CSV UTF-8" writes) is not part of the text: without this, a table saved that way has no
 * column "code", only one named "\uFEFFcode".
 */
public record RulesetFile(String name, String content, Origin origin) {

    /** A table read from a spreadsheet: the workbook's file name and the sheet the table was on. */
    public record Origin(String file, String sheet) {}

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A file as given, not read from anything else. */
    public RulesetFile(String name, String content) {
        this(name, content, null);
    }

    public RulesetFile {
        if (content != null && !content.isEmpty() && content.charAt(0) == BYTE_ORDER_MARK) {
            content = content.substring(1);
        }
    }

    public boolean isDrl() {
        return name.endsWith(".drl");
    }

    public boolean isTable() {
        return name.endsWith(".csv");
    }

    public boolean isProperties() {
        return name.equals(RulesetFiles.PROPERTIES);
    }
}
