package org.msettriage.service.ruleset;

/**
 * A kept ruleset whose files, as read back, no longer give the SHA-256 it was kept with: they were
 * changed in the database, outside the service. Nothing decides with them, shows them or exports them,
 * and a start that would serve them fails: a version names one set of files for ever, and a decision
 * naming it must have been made by exactly those.
 */
public class KeptRulesetAltered extends IllegalStateException {

    KeptRulesetAltered(String version, String keptSha256, String readSha256) {
        super("Ruleset " + version + " was kept with SHA-256 " + keptSha256 + " but its files as stored now give "
                + readSha256 + ": they were changed outside the service. Restore them from a backup of the"
                + " database; nothing will serve, show or export them until they match.");
    }
}
