package org.msettriage.service.pages;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a referral named by its JSON pointer ("/missingEpisodes/0/returnedAt"), in the words the
 * decision pages use for the referral's parts. The one definition for the identifier a link across
 * referrals names (the auditor's decision page) and the field a question for the referrer asks about
 * (the policy lead's scenario check), so both read one field the same way.
 */
final class ReferralFields {

    /** A pointer as it stands alone or among other words: a part, an entry's index, a field of the entry. */
    static final Pattern POINTER = Pattern.compile("(/[A-Za-z]+)(?:/(\\d+))?(?:/([A-Za-z]+))?");

    /** A pointer that names no part of a referral this can read. */
    static final String UNREADABLE = "Another field of the referral";

    /** A part of the referral: as a whole, and one entry of it ("Missing episode"); the child has no entries. */
    private record Part(String whole, String entry) {}

    private static final Map<String, Part> PARTS = Map.of(
            "/child", new Part("The child", null),
            "/indicators", new Part("The indicators", "Indicator"),
            "/missingEpisodes", new Part("The missing episodes", "Missing episode"),
            "/perpetrators", new Part("The people of concern", "Person of concern"),
            "/locationsOfConcern", new Part("The places of concern", "Place of concern"));

    /** A field whose name's words would not say what it holds; any other reads as its name's words. */
    private static final Map<String, String> FIELDS = Map.of(
            "returnedAt", "when the child returned",
            "isAdult", "whether an adult");

    private ReferralFields() {}

    /**
     * The field in words: "/child/careStatus" as "The child's care status", "/perpetrators/0/nickname" as
     * "Person of concern 1: nickname", "/indicators" as "The indicators".
     */
    static String named(String pointer) {
        Matcher parts = POINTER.matcher(pointer == null ? "" : pointer);
        if (!parts.matches()) {
            return UNREADABLE;
        }
        Part part = PARTS.getOrDefault(parts.group(1), unknown(parts.group(1)));
        String field = parts.group(3) == null ? null : FIELDS.getOrDefault(parts.group(3), words(parts.group(3)));
        if (part.entry() == null) {
            return field == null ? part.whole() : part.whole() + "'s " + field;
        }
        String which = parts.group(2) == null ? part.whole() : part.entry() + " " + number(parts.group(2));
        return field == null ? which : which + ": " + field;
    }

    /** Every pointer in a list of words put in words: "/indicators, /child/careStatus". */
    static String namedIn(String listed) {
        return POINTER.matcher(listed).replaceAll(pointer -> Matcher.quoteReplacement(named(pointer.group())));
    }

    /** A part a later referral form may add ("/schoolContacts"): its name's words, an entry by its number. */
    private static Part unknown(String part) {
        String words = words(part.substring(1));
        String whole = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return new Part(whole, whole + ", entry");
    }

    /** A name's words in lower case: "policeRiskGrade" as "police risk grade". */
    private static String words(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    /** A list's index as a reader counts: 0 as "1". */
    private static String number(String index) {
        return new BigInteger(index).add(BigInteger.ONE).toString();
    }
}
