package org.msettriage.rules.candidate;

/**
 * Something a candidate does that the policy lead should mean to do, compared with the ruleset that
 * serves. Unlike a problem, it never makes a candidate unusable. The file is "" when it concerns the whole
 * ruleset, and the line (from 1) is 0 when it concerns no one line.
 */
public record RulesetWarning(Kind kind, String file, int line, String message) {

    /** Where it is, as an editor reads it: "file:line", the file alone, or "" for the whole ruleset. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    public enum Kind {
        /** An indicator or action code of the active ruleset is gone. */
        REMOVED_CODE,
        /**
         * The candidate is closer to another kept ruleset than to the active one: it would undo what the active
         * one changed.
         */
        LIKELY_REVERT,
        /** A title or explanation states a number a setting holds, so it would go stale when the setting changes. */
        STATED_NUMBER
    }
}
