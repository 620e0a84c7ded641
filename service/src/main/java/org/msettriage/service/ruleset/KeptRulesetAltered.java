package org.msettriage.service.ruleset;

import java.util.List;

/**
 * A kept ruleset whose files, as read back, no longer give the SHA-256 it was kept with: they were
 * changed in the database, outside the service. Nothing decides with them, shows them or exports them,
 * and a start that would serve them fails: a version names one set of files for ever, and a decision
 * naming it must have been made by exactly those.
 */
public class KeptRulesetAltered extends IllegalStateException {

    private final String version;
    private final List<String> changedFiles;

    KeptRulesetAltered(String version, String keptSha256, String readSha256) {
        this(version, keptSha256, readSha256, List.of());
    }

    KeptRulesetAltered(String version, String keptSha256, String readSha256, List<String> changedFiles) {
        super("Ruleset " + version + " was kept with SHA-256 " + keptSha256 + " but its files as stored now give "
                + readSha256 + ": they were changed outside the service. Restore them from a backup of the"
                + " database; nothing will serve, show or export them until they match.");
        this.version = version;
        this.changedFiles = List.copyOf(changedFiles);
    }

    public String version() {
        return version;
    }

    /** The files whose text no longer gives the SHA-256 recorded for it, by name; empty when none is known. */
    public List<String> changedFiles() {
        return changedFiles;
    }
}
