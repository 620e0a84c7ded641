package org.msettriage.service.audit;

import java.util.List;
import java.util.Optional;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;

/**
 * A kept ruleset's files as read back from the database, beside the SHA-256 each was stored with: what
 * they give now and which of them changed. Serving a ruleset and verifying the audit read them alike.
 */
public final class KeptRulesetFiles {

    /** One file as stored: its name, the SHA-256 recorded with it and its text. */
    public record Stored(String name, String recordedSha256, String content) {}

    private final List<RulesetFile> files;
    private final Optional<String> sha256;
    private final List<String> changed;

    private KeptRulesetFiles(List<Stored> stored) {
        // In Java's order of names, as a ruleset's SHA-256 is taken: a database's collation may differ.
        this.files = RulesetFiles.sorted(stored.stream()
                .map(file -> new RulesetFile(file.name(), file.content()))
                .toList());
        this.sha256 = sha256Of(files);
        this.changed = stored.stream()
                .filter(file -> !Digests.sha256(file.content()).equals(file.recordedSha256()))
                .map(Stored::name)
                .sorted()
                .toList();
    }

    public static KeptRulesetFiles of(List<Stored> stored) {
        return new KeptRulesetFiles(stored);
    }

    /** The files, in the order a ruleset's SHA-256 is taken over them. */
    public List<RulesetFile> files() {
        return files;
    }

    /** The SHA-256 the files give now; empty when they no longer name a ruleset at all. */
    public Optional<String> sha256() {
        return sha256;
    }

    /** The files whose text no longer gives the SHA-256 stored with it, by name. */
    public List<String> changed() {
        return changed;
    }

    private static Optional<String> sha256Of(List<RulesetFile> files) {
        try {
            return Optional.of(RulesetIdentity.of(files).sha256());
        } catch (RulesetException e) {
            return Optional.empty();
        }
    }
}
