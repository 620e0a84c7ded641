package org.msettriage.rules.engine;

import org.msettriage.rules.policy.PolicyTableException;

/**
 * One problem in a ruleset, of a kind, where it is: file, line and column (1-based; 0 when the problem
 * is not at one place, such as a missing file, or when the engine does not say). A scenario's changed
 * outcome also carries the change as data ({@code mismatch}; null for every other problem), for a reader
 * that words it its own way.
 */
public record RulesetProblem(Kind kind, String file, int line, int column, String message, ScenarioMismatch mismatch) {

    /** A problem that is not a changed outcome, or whose change is given in words only. */
    public RulesetProblem(Kind kind, String file, int line, int column, String message) {
        this(kind, file, line, column, message, null);
    }

    /** A policy table's problem, at its file, line and column. */
    public static RulesetProblem inTable(PolicyTableException problem) {
        return new RulesetProblem(Kind.TABLE, problem.fileName(), problem.line(), problem.column(), problem.problem());
    }

    /** What sort of problem it is, so a client can group them; SCENARIO problems are policy changes. */
    public enum Kind {
        /**
         * What was uploaded is not a zip of one ruleset folder (not a zip at all, empty, damaged, too big, or
         * its files in folders under one another); it is reported as the file {@code (zip)}, and nothing of it
         * was checked.
         */
        ZIP,
        /**
         * The version its ruleset.properties gives is already kept with other files: a version names one set
         * of files for good. Reported alone, as nothing of a candidate that cannot be kept is checked further.
         */
        VERSION_TAKEN,
        /** A file is missing, not part of a ruleset, or listed wrongly. */
        FILES,
        /** A policy table is malformed or inconsistent: bad cells, duplicates, gaps and overlaps. */
        TABLE,
        /** The DRL does not compile. */
        COMPILE,
        /** A rule lacks its id, explanation or guidance. */
        METADATA,
        /** Two rules share an id. */
        DUPLICATE_ID,
        /**
         * The DRL uses something a rule may not: a class outside the allowlist, reflection, the session, a
         * loop or an anonymous class. Nothing of such a candidate is compiled or run.
         */
        NOT_ALLOWED,
        /** A rule names an indicator or action code the tables do not define. */
        UNKNOWN_CODE,
        /** The candidate compiles but fails while deciding a scenario's referral. */
        RUNTIME,
        /** A scenario's expected outcome is not what the candidate decides. */
        SCENARIO,
        /**
         * A scenario the candidate carries (its scenarios/ folder) is unreadable or does not hold for the
         * candidate itself: the candidate's own expectations must be true of it, so it is not usable.
         */
        OWN_SCENARIO
    }

    /**
     * As compilers write a place: {@code file:line:column: message}, without the column when it is not known
     * and without the line for the whole file, so no reader meets a "line 0" or a "column 0".
     */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
