package org.msettriage.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The key hashes one API client's entry configures, checked as the start reads them: its own key, which
 * every client needs, and the previous one it holds while its key is rotated. A mistake is said in words
 * that name the settings, never the hash.
 */
final class ClientKeys {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ClientKeys() {}

    /**
     * The client's key hashes, its own first and then its previous one if it has one. A mistake in them is
     * added to {@code problems} instead. {@code settingByHash} holds the setting that gave each hash so far,
     * so that a key listed twice (by one client or two) is refused naming both places.
     */
    static List<String> hashes(
            SecuritySettings.ApiClient client, String where, Map<String, String> settingByHash, List<String> problems) {
        List<String> hashes = new ArrayList<>();
        String key = lowerCase(client.keySha256());
        String previous = lowerCase(client.previousKeySha256());
        if (key.isBlank()) {
            problems.add(where + " has no key: set key-sha256 to the 64 hex digits of its key's SHA-256");
        } else if (accepted(where, ".key-sha256", key, settingByHash, problems)) {
            hashes.add(key);
        }
        // Blank means none, so that emptying the setting ends a rotation as well as removing it does.
        if (!previous.isBlank() && accepted(where, ".previous-key-sha256", previous, settingByHash, problems)) {
            hashes.add(previous);
        }
        return hashes;
    }

    private static boolean accepted(
            String where, String setting, String hash, Map<String, String> settingByHash, List<String> problems) {
        if (!SHA256_HEX.matcher(hash).matches()) {
            problems.add(where + setting + " must be the 64 hex digits of the key's SHA-256");
            return false;
        }
        String first = settingByHash.putIfAbsent(hash, where + setting);
        if (first == null) {
            return true;
        }
        problems.add(where
                + setting
                + (first.startsWith(where + ".")
                        ? " is the same key as its " + first.substring(where.length() + 1)
                        : " is the same key as another client's, " + first));
        return false;
    }

    private static String lowerCase(String hash) {
        return hash == null ? "" : hash.toLowerCase(Locale.ROOT);
    }
}
