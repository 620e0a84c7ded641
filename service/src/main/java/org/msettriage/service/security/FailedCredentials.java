package org.msettriage.service.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts refused credentials per client address and per key prefix, and holds back an address or a
 * prefix that has had too many in a minute: its next attempts are refused (429, Retry-After) before any
 * credential is checked, so guessing runs at a few tries a minute. Valid callers from other addresses,
 * with other keys, are never slowed: checking costs a map lookup. Per instance, in memory.
 */
@Component
class FailedCredentials {

    static final long WINDOW_MILLIS = 60_000;
    /** How many entries are kept; beyond it, expired ones are dropped and new prefixes go uncounted. */
    static final int MAX_TRACKED = 100_000;
    /** A key prefix this long names a client's key well enough without being the key. */
    static final int PREFIX = 8;

    /** Failures since the window began. */
    private record Window(long startedMillis, int failures) {}

    private final int limit;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    FailedCredentials(@Value("${mset.security.failed-credentials-per-minute:20}") int limit) {
        this(limit, System::currentTimeMillis);
    }

    FailedCredentials(int limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** A credential was refused: counted against its address and, for an API key, its prefix. */
    void failed(String address, String credential) {
        long now = clock.getAsLong();
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.startedMillis() >= WINDOW_MILLIS);
        }
        count("address:" + address, now);
        String prefix = prefix(credential);
        if (prefix != null && windows.size() < MAX_TRACKED) {
            count("prefix:" + prefix, now);
        }
    }

    /** Seconds until this address or prefix may try again; 0 when it may now. */
    long retryAfterSeconds(String address, String credential) {
        long now = clock.getAsLong();
        long wait = waitMillis("address:" + address, now);
        String prefix = prefix(credential);
        if (prefix != null) {
            wait = Math.max(wait, waitMillis("prefix:" + prefix, now));
        }
        return (wait + 999) / 1000;
    }

    private void count(String key, long now) {
        windows.merge(
                key,
                new Window(now, 1),
                (old, one) -> now - old.startedMillis() >= WINDOW_MILLIS
                        ? one
                        : new Window(old.startedMillis(), old.failures() + 1));
    }

    private long waitMillis(String key, long now) {
        Window window = windows.get(key);
        if (window == null || window.failures() < limit) {
            return 0;
        }
        return Math.max(0, window.startedMillis() + WINDOW_MILLIS - now);
    }

    /** An API key's first characters; none for a JWT, whose first characters are the same for every token. */
    private static String prefix(String credential) {
        if (credential == null || credential.length() < PREFIX * 2 || credential.indexOf('.') >= 0) {
            return null;
        }
        return credential.substring(0, PREFIX);
    }
}
