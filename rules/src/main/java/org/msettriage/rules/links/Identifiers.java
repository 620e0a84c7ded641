package org.msettriage.rules.links;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msettriage.rules.referral.LocationOfConcern;
import org.msettriage.rules.referral.Perpetrator;
import org.msettriage.rules.referral.Referral;

/**
 * Policy section 10's identifiers of a referral and how their words are normalised: Unicode NFKC,
 * case-folded, every character that is not a letter or a digit a space, runs of spaces one, ends trimmed;
 * a vehicle loses its spaces too. Words shorter than 2 characters or on the ruleset's stop list identify
 * nobody. A perpetrator's description is never an identifier (too vague to match).
 */
public final class Identifiers {

    private static final int SHORTEST = 2;

    private Identifiers() {}

    /** Every identifier of the referral, in the order of its lists; the same one twice only once. */
    public static List<Identifier> of(Referral referral, LinkPolicy policy) {
        List<Identifier> found = new ArrayList<>();
        List<Perpetrator> perpetrators = referral.perpetrators();
        for (int i = 0; i < perpetrators.size(); i++) {
            add(
                    found,
                    policy,
                    IdentifierKind.PERSON,
                    "/perpetrators/" + i + "/nickname",
                    "",
                    perpetrators.get(i).nickname());
            add(
                    found,
                    policy,
                    IdentifierKind.VEHICLE,
                    "/perpetrators/" + i + "/vehicle",
                    "",
                    perpetrators.get(i).vehicle());
        }
        List<LocationOfConcern> locations = referral.locationsOfConcern();
        for (int i = 0; i < locations.size(); i++) {
            LocationOfConcern location = locations.get(i);
            String type = location.type() == null ? "" : location.type().name();
            add(
                    found,
                    policy,
                    IdentifierKind.PLACE,
                    "/locationsOfConcern/" + i + "/description",
                    type,
                    location.description());
        }
        return List.copyOf(found);
    }

    private static void add(
            List<Identifier> found, LinkPolicy policy, IdentifierKind kind, String field, String type, String text) {
        Optional<String> words = identifying(kind, text, policy);
        if (words.isEmpty()) {
            return;
        }
        String key = kind.name() + "\u0000" + type + "\u0000" + words.get();
        if (found.stream().noneMatch(identifier -> identifier.key().equals(key))) {
            found.add(new Identifier(kind, field, key));
        }
    }

    /** The words a value is compared by, or empty when it identifies nobody. */
    static Optional<String> identifying(IdentifierKind kind, String text, LinkPolicy policy) {
        if (text == null) {
            return Optional.empty();
        }
        String words = normalised(text);
        String compared = kind == IdentifierKind.VEHICLE ? words.replace(" ", "") : words;
        // A vehicle is compared without its spaces, so "N A" and "NA" are both the stop list's "n a".
        boolean stopped = kind == IdentifierKind.VEHICLE
                ? policy.stopWords().stream()
                        .anyMatch(stop -> stop.replace(" ", "").equals(compared))
                : policy.stopWords().contains(words);
        if (stopped) {
            return Optional.empty();
        }
        return compared.codePointCount(0, compared.length()) < SHORTEST ? Optional.empty() : Optional.of(compared);
    }

    /** The policy's normal form of a value: what "Big Zed", "big zed!" and "BIG  ZED" share. */
    public static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                words.appendCodePoint(c);
                space = false;
            } else if (!space) {
                words.append(' ');
                space = true;
            }
        }
        int end = words.length();
        if (end > 0 && words.charAt(end - 1) == ' ') {
            words.setLength(end - 1);
        }
        return words.toString();
    }
}
