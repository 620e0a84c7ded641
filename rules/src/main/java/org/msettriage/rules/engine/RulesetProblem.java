package org.msettriage.rules.engine;

/** One problem in a ruleset, where it is: file, line and column (0 when the engine does not say). */
public record RulesetProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
