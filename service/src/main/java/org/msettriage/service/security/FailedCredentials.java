package org.msettriage.service.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.msettriage.service.metrics.MsetMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * from, while guesses from anywhere else wait. And a prefix takes {@link #PREFIX_LIMIT_FACTOR} times the
 * refusals an address does, so that no one address, held back at its own limit, can hold a key back alone.
 * Valid callers are never slowed: the checks are a keyed hash and map lookups. An address here is an IPv6
 * client's /64 network ({@link ClientNetwork}), which it could otherwise step through address by address.
 *
 * <p>Nothing of a key is kept: a prefix is counted under a keyed hash whose key is drawn afresh at each
 * start, in a fixed table (prefixes that share a slot share a count, which only slows guessers sooner), so
 * no number of guesses can grow it or push a count out. Per instance, in memory.
 */
@Component
class FailedCredentials {

    static final long WINDOW_MILLIS = 60_000;
    /** How long an address stays known for a key prefix after a key with it last worked there. */
    static final long KNOWN_FOR_MILLIS = 30L * 24 * 60 * 60 * 1000;
    /** A prefix is held back after this many times the refusals that hold back an address. */
    static final int PREFIX_LIMIT_FACTOR = 5;
    /** How many addresses are counted before expired counts are dropped. */
    static final int MAX_TRACKED = 100_000;
    /** A key prefix this long names a client's key well enough without being the key. */
    static final int PREFIX = 8;
    /** Slots of the prefix counts; a power of two. */
    private static final int PREFIX_SLOTS = 1 << 16;

    /** Failures since the window began. */
    private record Window(long startedMillis, int failures) {}

    /** An address where a key with this (hashed) prefix worked. */
    private record Known(long prefix, String address) {}

    /**
     * Told once each time an address or a key prefix reaches its limit and is held back, for the operators:
     * neither says which address or prefix (the log and the meters hold nothing about a client or a key).
     */
    interface Holds {
        void addressHeld(int refusals);

        void prefixHeld(int refusals);
    }

    private static final Logger log = LoggerFactory.getLogger(FailedCredentials.class);

    private final int limit;
    private final int prefixLimit;
    private final Holds holds;
    private final int maxKnown;
    private final LongSupplier clock;
    /** Each thread's keyed hash of prefixes: finding one through the providers costs more than using it. */
    private final ThreadLocal<Mac> prefixHashes;

    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<Window> byPrefix = new AtomicReferenceArray<>(PREFIX_SLOTS);
    private final AtomicLong addressesSweptAt = new AtomicLong(Long.MIN_VALUE);
    /** When a key last worked, by its hashed prefix and the address it came from. */
    private final Map<Known, Long> workedAt = new ConcurrentHashMap<>();

    @Autowired
    FailedCredentials(@Value("${mset.security.failed-credentials-per-minute:20}") int limit, MsetMetrics metrics) {
        this(limit, 10_000, System::currentTimeMillis, loggedAndCounted(metrics));
    }

    /** {@code maxKnown}: how many (prefix, address) pairs are known; beyond it, the least recent are dropped. */
    FailedCredentials(int limit, int maxKnown, LongSupplier clock, Holds holds) {
        this.limit = limit;
        this.prefixLimit = limit * PREFIX_LIMIT_FACTOR;
        this.holds = holds;
        this.maxKnown = maxKnown;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretKeySpec prefixKey = new SecretKeySpec(key, "HmacSHA256");
        this.prefixHashes = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(prefixKey);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
            }
        });
    }

    /** A credential was refused: counted against the address it came from and, for an API key, its prefix. */
    void failed(String remoteAddress, String credential) {
        String address = ClientNetwork.of(remoteAddress);
        long now = clock.getAsLong();
        dropExpiredAddresses(now);
        if (byAddress
                        .merge(address, new Window(now, 1), (old, one) -> counted(old, now))
                        .failures()
                == limit) {
            holds.addressHeld(limit);
        }
        Long prefix = prefixOf(credential);
        if (prefix != null
                && byPrefix.updateAndGet(slot(prefix), old -> old == null ? new Window(now, 1) : counted(old, now))
                                .failures()
                        == prefixLimit) {
            holds.prefixHeld(prefixLimit);
        }
    }

    /** A credential was accepted: an API key's prefix is known at this address from now on. */
    void worked(String address, String credential) {
        Long prefix = prefixOf(credential);
        if (prefix == null) {
            return;
        }
        long now = clock.getAsLong();
        Known pair = new Known(prefix, ClientNetwork.of(address));
        Long last = workedAt.get(pair);
        // Most calls come from a pair seen moments ago: only a read, no write, for them.
        if (last != null && now - last < WINDOW_MILLIS) {
            return;
        }
        if (last == null && workedAt.size() >= maxKnown) {
            dropLeastRecentlyKnown();
        }
        workedAt.put(pair, now);
    }

    /**
     * Seconds until a request from this address presenting this credential (null for none) may have it
     * checked; 0 when it may now.
     */
    long retryAfterSeconds(String remoteAddress, String credential) {
        String address = ClientNetwork.of(remoteAddress);
        long now = clock.getAsLong();
        long wait = waitMillis(byAddress.get(address), limit, now);
        Long prefix = prefixOf(credential);
        if (prefix != null) {
            long prefixWait = waitMillis(byPrefix.get(slot(prefix)), prefixLimit, now);
            if (prefixWait > wait && !known(prefix, address, now)) {
                wait = prefixWait;
            }
        }
        return (wait + 999) / 1000;
    }

    /** Each hold logged (an address's at INFO, a key prefix's, a sign of guessing at one key, at WARN) and counted. */
    private static Holds loggedAndCounted(MsetMetrics metrics) {
        metrics.credentialsHeldBack("address", 0);
        metrics.credentialsHeldBack("key_prefix", 0);
        return new Holds() {
            @Override
            public void addressHeld(int refusals) {
                log.info(
                        "A client address had {} credentials refused in a minute: its requests with a credential are"
                                + " answered 429 until its minute ends",
                        refusals);
                metrics.credentialsHeldBack("address", 1);
            }

            @Override
            public void prefixHeld(int refusals) {
                log.warn(
                        "API keys sharing their first {} characters were refused {} times in a minute, from any"
                                + " addresses: someone may be guessing at a client's key. Keys beginning so are answered"
                                + " 429 until the minute ends, except from addresses where such a key has worked",
                        PREFIX,
                        refusals);
                metrics.credentialsHeldBack("key_prefix", 1);
            }
        };
    }

    private boolean known(long prefix, String address, long now) {
        Long at = workedAt.get(new Known(prefix, address));
        return at != null && now - at < KNOWN_FOR_MILLIS;
    }

    /**
     * The keyed hash of an API key's first characters; none for a JWT (whose first characters are the same
     * for every token) or a credential too short to keep most of itself secret.
     */
    Long prefixOf(String credential) {
        String key = credential == null ? "" : credential.strip();
        if (key.length() < PREFIX * 2 || key.indexOf('.') >= 0) {
            return null;
        }
        // doFinal leaves the keyed hash ready for the next prefix.
        return ByteBuffer.wrap(
                        prefixHashes.get().doFinal(key.substring(0, PREFIX).getBytes(StandardCharsets.UTF_8)))
                .getLong();
    }

    private static int slot(long prefix) {
        return (int) (prefix & (PREFIX_SLOTS - 1));
    }

    private static Window counted(Window old, long now) {
        return now - old.startedMillis() >= WINDOW_MILLIS
                ? new Window(now, 1)
                : new Window(old.startedMillis(), old.failures() + 1);
    }

    private static long waitMillis(Window window, int limit, long now) {
        if (window == null || window.failures() < limit) {
            return 0;
        }
        return Math.max(0, window.startedMillis() + WINDOW_MILLIS - now);
    }

    /** Past the bound, expired counts go, at most once a second however many addresses guess. */
    private void dropExpiredAddresses(long now) {
        long swept = addressesSweptAt.get();
        if (byAddress.size() >= MAX_TRACKED && now - swept >= 1_000 && addressesSweptAt.compareAndSet(swept, now)) {
            byAddress.values().removeIf(w -> now - w.startedMillis() >= WINDOW_MILLIS);
        }
    }

    /** The least recent tenth of the known pairs go, so that a new one can be known. */
    private synchronized void dropLeastRecentlyKnown() {
        if (workedAt.size() < maxKnown) {
            return;
        }
        workedAt.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .limit(Math.max(1, maxKnown / 10))
                .map(Map.Entry::getKey)
                .toList()
                .forEach(workedAt::remove);
    }
}
