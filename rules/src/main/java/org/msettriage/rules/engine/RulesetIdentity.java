package org.msettriage.rules.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which rules made a decision: the version a policy lead gave the ruleset and the SHA-256 of its
 * files. The hash covers every file's name and bytes, in name order, so any edit changes it.
 */
public record RulesetIdentity(String version, String sha256) {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Whether a text may name a ruleset: 1 to 64 letters, digits, dots, dashes or underscores. */
    public static boolean isVersion(String text) {
        return text != null && VERSION.matcher(text).matches();
    }

    /** The identity of a ruleset: the version its ruleset.properties gives and the hash of its files. */
    public static RulesetIdentity of(List<RulesetFile> files) {
        String version = RulesetFiles.properties(files.stream()
                        .filter(RulesetFile::isProperties)
                        .findFirst()
                        .orElseThrow(() -> new RulesetException(List.of(new RulesetProblem(
                                RulesetProblem.Kind.FILES,
                                RulesetFiles.PROPERTIES,
                                0,
                                0,
                                "the ruleset has no ruleset.properties"))))
                        .content())
                .getProperty("version");
        if (version == null || !VERSION.matcher(version.trim()).matches()) {
            throw new RulesetException(List.of(new RulesetProblem(
                    RulesetProblem.Kind.FILES,
                    RulesetFiles.PROPERTIES,
                    0,
                    0,
                    "ruleset.properties must give a version of 1 to 64 letters, digits, dots, dashes or"
                            + " underscores (it names the ruleset in every decision and in addresses)")));
        }
        return new RulesetIdentity(version.trim(), sha256(files));
    }

    static String sha256(List<RulesetFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RulesetFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
