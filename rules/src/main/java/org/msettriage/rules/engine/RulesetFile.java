package org.msettriage.rules.engine;

/** One file of a ruleset: its name within the folder and its text. */
public record RulesetFile(String name, String content) {

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
