package org.msettriage.rules.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * How far one typed word is from another: the measure every "did you mean" of the service uses, from a
 * policy table's setting names to the service's own settings.
 */
public final class EditDistance {

    private EditDistance() {}

    /**
     * A name without case or separators, so that names written in different styles (a dotted setting and
     * a variable, or a table's setting typed with hyphens) are compared for slips by their letters alone.
     */
    public static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The name, of those given, nearest to one typed, when it is near enough to be a slip for it: case and
     * separators aside, within two edits, or a sixth of the typed name's letters for a longer one.
     */
    public static Optional<String> nearest(String typed, Collection<String> names) {
        String loose = loose(typed);
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = between(loose(name), loose);
            if (distance < best) {
                nearest = name;
                best = distance;
            }
        }
        return best <= Math.max(2, loose.length() / 6) ? Optional.of(nearest) : Optional.empty();
    }

    /** The edit distance between two words (insertions, deletions and substitutions). */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
