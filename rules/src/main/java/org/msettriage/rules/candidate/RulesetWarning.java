package org.msettriage.rules.candidate;

/**
 * Something a candidate does that the policy lead should mean to do, compared with the ruleset that
 * serves. Unlike a problem, it never makes a candidate unusable.
 */
public record RulesetWarning(Kind kind, String file, String message) {

    public enum Kind {
        /** An indicator or action code of the active ruleset is gone. */
        REMOVED_CODE,
        /** The candidate is closer to an earlier ruleset than to the active one: it would undo later changes. */
        LIKELY_REVERT,
        /** A title or explanation states a number a setting holds, so it would go stale when the setting changes. */
        STATED_NUMBER
    }
}
