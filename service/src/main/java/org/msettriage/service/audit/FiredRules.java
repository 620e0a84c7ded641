package org.msettriage.service.audit;

import java.nio.charset.StandardCharsets;
import org.msettriage.service.problem.UnreadableContentException;

/**
 * The stored form of the rules that fired in a decision: their JSON ({@code {"RULE_ID":firings,...}})
 * deflated with the stored content's dictionary, which already holds the rule names, so about 930 bytes
 * are kept in about 290. Not encrypted: rule names and counts say nothing about the child. The seal covers
 * the JSON itself, which unpacking gives back byte for byte, so the form it is kept in never matters to
 * verification.
 */
public final class FiredRules {

    /**
     * Always the first dictionary: a packed list carries no mark of the dictionary it was made with, and it
     * holds the rule names already.
     */
    private static final Compression.Dictionary FIRED_RULES = Compression.Dictionary.FIRST;

    private FiredRules() {}

    public static byte[] pack(String json) {
        return Compression.deflate(json, FIRED_RULES);
    }

    /** The JSON as it was packed; a value that is not a packed form is refused, never guessed at. */
    public static String unpack(byte[] packed) {
        return new String(Compression.inflate(packed, FIRED_RULES), StandardCharsets.UTF_8);
    }

    /**
     * The JSON of a stored decision, from whichever of the two columns it was kept in; null when the packed
     * form cannot be read, which can only be an alteration in the database: the seal then no longer
     * matches, and verification names the record, rather than failing as a whole on it.
     */
    public static String of(byte[] packed, String json) {
        if (packed == null) {
            return json;
        }
        try {
            return unpack(packed);
        } catch (UnreadableContentException altered) {
            return null;
        }
    }
}
