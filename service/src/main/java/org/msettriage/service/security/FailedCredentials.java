package org.msettriage.service.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts refused credentials per client address and per API key prefix (its first characters), and holds
 * back an address or a prefix that has had too many in a minute: its next attempts are refused (429,
 * Retry-After) before any credential is checked, so guessing runs at a few tries a minute, from one address
 * or from many at one key.
 *
 * <p>A held-back prefix would lock its client out if it applied everywhere, to anyone who knew a few
 * characters of a key. So it does not apply at an address where a key with that prefix has worked in the
 * last {@link #KNOWN_FOR_MILLIS} (as a bank remembers a device): the client goes on from where it calls
 * from, while guesses from anywhere else wait. Valid callers are never slowed: checking costs map lookups.
 * Per instance, in memory.
 */
@Component
class FailedCredentials {

    static final long WINDOW_MILLIS = 60_000;
    /** How long an address stays known for a key prefix after a key with it worked there. */
    static final long KNOWN_FOR_MILLIS = 30L * 24 * 60 * 60 * 1000;
    /** How many addresses, and how many prefixes, are counted; beyond it, expired ones are dropped. */
    static final int MAX_TRACKED = 100_000;
    /** How many (prefix, address) pairs are known; beyond it, stale ones are dropped and new ones wait. */
    static final int MAX_KNOWN = 10_000;
    /** A key prefix this long names a client's key well enough without being the key. */
    static final int PREFIX = 8;

    /** Failures since the window began. */
    private record Window(long startedMillis, int failures) {}

    private final int limit;
    private final LongSupplier clock;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Window> byPrefix = new ConcurrentHashMap<>();
    /** When a key worked, by its prefix and the address it came from. */
    private final Map<String, Long> workedAt = new ConcurrentHashMap<>();

    @Autowired
    FailedCredentials(@Value("${mset.security.failed-credentials-per-minute:20}") int limit) {
        this(limit, System::currentTimeMillis);
    }

    FailedCredentials(int limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** A credential was refused: counted against the address it came from and, for an API key, its prefix. */
    void failed(String address, String credential) {
        long now = clock.getAsLong();
        dropExpiredWhenFull(byAddress, now);
        count(byAddress, address, now);
        String prefix = prefix(credential);
        if (prefix != null) {
            dropExpiredWhenFull(byPrefix, now);
            // Addresses are always counted, so an address that guesses is held back whatever else is; a new
            // prefix is not once the table is full of live ones.
            if (byPrefix.size() < MAX_TRACKED || byPrefix.containsKey(prefix)) {
                count(byPrefix, prefix, now);
            }
        }
    }

    /** A credential was accepted: an API key's prefix is known at this address from now on. */
    void worked(String address, String credential) {
        String prefix = prefix(credential);
        if (prefix == null) {
            return;
        }
        long now = clock.getAsLong();
        String pair = pair(prefix, address);
        Long last = workedAt.get(pair);
        // Most calls come from a pair seen moments ago: only a read, no write, for them.
        if (last != null && now - last < WINDOW_MILLIS) {
            return;
        }
        if (last == null && workedAt.size() >= MAX_KNOWN) {
            workedAt.values().removeIf(at -> now - at >= KNOWN_FOR_MILLIS);
            if (workedAt.size() >= MAX_KNOWN) {
                return;
            }
        }
        workedAt.put(pair, now);
    }

    /**
     * Seconds until a request from this address presenting this credential (null for none) may have it
     * checked; 0 when it may now.
     */
    long retryAfterSeconds(String address, String credential) {
        long now = clock.getAsLong();
        long wait = waitMillis(byAddress, address, now);
        String prefix = prefix(credential);
        if (prefix != null && !known(prefix, address, now)) {
            wait = Math.max(wait, waitMillis(byPrefix, prefix, now));
        }
        return (wait + 999) / 1000;
    }

    private boolean known(String prefix, String address, long now) {
        Long at = workedAt.get(pair(prefix, address));
        return at != null && now - at < KNOWN_FOR_MILLIS;
    }

    private static String pair(String prefix, String address) {
        return prefix + ' ' + address;
    }

    /**
     * An API key's first characters; none for a JWT (whose first characters are the same for every token) or
     * a credential too short to keep most of itself secret.
     */
    static String prefix(String credential) {
        String key = credential == null ? "" : credential.strip();
        if (key.length() < PREFIX * 2 || key.indexOf('.') >= 0) {
            return null;
        }
        return key.substring(0, PREFIX);
    }

    private static void dropExpiredWhenFull(Map<String, Window> windows, long now) {
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.startedMillis() >= WINDOW_MILLIS);
        }
    }

    private static void count(Map<String, Window> windows, String key, long now) {
        windows.merge(
                key,
                new Window(now, 1),
                (old, one) -> now - old.startedMillis() >= WINDOW_MILLIS
                        ? one
                        : new Window(old.startedMillis(), old.failures() + 1));
    }

    private long waitMillis(Map<String, Window> windows, String key, long now) {
        Window window = windows.get(key);
        if (window == null || window.failures() < limit) {
            return 0;
        }
        return Math.max(0, window.startedMillis() + WINDOW_MILLIS - now);
    }
}
