package org.msettriage.rules.policy;

/** A policy table that cannot be used, with the file and line of the problem. */
public class PolicyTableException extends RuntimeException {

    private final String fileName;
    private final int line;

    public PolicyTableException(String fileName, int line, String message) {
        super(fileName + ":" + line + ": " + message);
        this.fileName = fileName;
        this.line = line;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }
}
