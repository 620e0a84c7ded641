package org.msettriage.rules.policy;

/** A problem in a policy table, with where it is: file, line and column (0 when not one cell). */
public class PolicyTableException extends RuntimeException {

    private final String fileName;
    private final int line;
    private final int column;
    // The other table this problem was found against, if any: with that table unreadable, it only follows.
    private String dependsOn;

    public PolicyTableException(String fileName, int line, String message) {
        this(fileName, line, 0, message);
    }

    public PolicyTableException(String fileName, int line, int column, String message) {
        super(fileName + ":" + line + ":" + column + ": " + message);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
    }

    /** Marks the problem as found against another table's content (which codes it gives); returns it. */
    PolicyTableException dependingOn(String otherFile) {
        this.dependsOn = otherFile;
        return this;
    }

    /** The other table this problem was found against, or null. */
    String dependsOn() {
        return dependsOn;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem alone, without its position (which callers report in fields of their own). */
    public String problem() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
