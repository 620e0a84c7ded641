package org.msettriage.service.ruleset;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.RulesetProblem;

/**
 * A candidate whose version is already kept with other files. A version names one set of files for good, so
 * such a candidate can be neither kept nor proposed, replayed or run in shadow: its other problems and the
 * scenario outcomes it changes are found when it is checked under a new version, and listing them now would
 * bury the one thing to correct first.
 */
final class VersionTaken {

    private VersionTaken() {}

    /** The validation that says so, alone; null when the version is free or kept with these very files. */
    static RulesetValidation check(List<RulesetFile> files, Function<String, Optional<RulesetStore.Kept>> kept) {
        RulesetIdentity identity;
        try {
            identity = RulesetIdentity.of(files);
        } catch (RulesetException e) {
            return null; // No version to compare: the check reports why, with everything else.
        }
        return kept.apply(identity.version())
                .filter(other -> !other.sha256().equals(identity.sha256()))
                .map(other -> new RulesetValidation(
                        identity,
                        List.of(new RulesetProblem(
                                RulesetProblem.Kind.VERSION_TAKEN,
                                RulesetFiles.PROPERTIES,
                                versionLine(files),
                                0,
                                "version " + identity.version() + " is already kept with other files (SHA-256 "
                                        + other.sha256() + "), and a version names one set of files for good: give"
                                        + " the candidate a new version in ruleset.properties; nothing else of it"
                                        + " was checked")),
                        null,
                        0))
                .orElse(null);
    }

    /** The line of ruleset.properties that gives the version, 1-based; 0 when no line plainly does. */
    private static int versionLine(List<RulesetFile> files) {
        List<String> lines = files.stream()
                .filter(RulesetFile::isProperties)
                .findFirst()
                .map(file -> file.content().lines().toList())
                .orElse(List.of());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("version\\s*[=:\\s].*")) {
                return i + 1;
            }
        }
        return 0;
    }
}
