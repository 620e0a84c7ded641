package org.msettriage.service.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts refused credentials per client address, and holds back an address that has had too many in a
 * minute: its next attempts are refused (429, Retry-After) before any credential is checked, so guessing
 * runs at a few tries a minute. Not per key prefix: wrong keys sharing a real key's first characters
 * would then lock its client out from anywhere, and holding back only wrong keys would slow no one.
 * Valid callers from other addresses are never slowed: checking costs a map lookup. Per instance, in memory.
 */
@Component
class FailedCredentials {

    static final long WINDOW_MILLIS = 60_000;
    /** How many addresses are kept; beyond it, expired ones are dropped. */
    static final int MAX_TRACKED = 100_000;

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

    /** A credential was refused: counted against the address it came from, whatever the credential. */
    void failed(String address) {
        long now = clock.getAsLong();
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.startedMillis() >= WINDOW_MILLIS);
        }
        count(address, now);
    }

    /** Seconds until this address may present a credential again; 0 when it may now. */
    long retryAfterSeconds(String address) {
        return (waitMillis(address, clock.getAsLong()) + 999) / 1000;
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
}
