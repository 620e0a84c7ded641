package org.msettriage.service.decision;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.Digests;
import org.msettriage.service.problem.SafeTrace;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.Slices;
import org.msettriage.service.store.TimeoutPerStatementJdbcTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Case systems' Idempotency-Keys: a retry with the same key and body returns the first decision. A key is
 * kept only as an HMAC of the client and the key, so keys are scoped to their client and whatever a client
 * put in one is not stored; the body as an HMAC too, to tell a retry from a reuse. Kept {@link #KEPT}.
 */
@Component
public class IdempotencyKeys {

    /** How long a key names its decision; after this the same key makes a new one. */
    public static final Duration KEPT = Duration.ofHours(24);

    /** The decision an earlier call with the key made, and whether that call sent the same body. */
    public record Earlier(UUID decisionId, boolean sameRequest) {}

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /**
     * How long a call's look-up of its key may take. Unbounded, a call with a key waited as long as a frozen
     * database did (25 s in an operator's trial, where the docs promise a 503 within 16 s); now it fails
     * within this and the silence allowed beyond it (TimeoutPerStatementJdbcTemplate), a 503. The triage
     * path's other statements' limit: on H2 a connection switched between two limits would drop its cache of
     * parsed statements at every switch (a review).
     */
    static final int LOOKUP_SECONDS = 10;

    /** Keys read in one statement: well under either database's limit on a statement's parameters. */
    static final int SLICE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient lookups;
    private final byte[] secret;

    IdempotencyKeys(JdbcClient jdbc, JdbcTemplate template, AuditKeys keys) {
        this.jdbc = jdbc;
        JdbcTemplate limited = new TimeoutPerStatementJdbcTemplate(template.getDataSource());
        limited.setQueryTimeout(LOOKUP_SECONDS);
        this.lookups = JdbcClient.create(limited);
        this.secret = keys.derived("idempotency keys");
    }

    /** The stored form of a client's key for a request body. */
    public IdempotencyKey of(Caller caller, String key, String requestJson) {
        return new IdempotencyKey(hmac(caller.qualifiedName() + "\n" + key), hmac(requestJson));
    }

    /**
     * The stored form of a batch's key for the referral at {@code index} of it. A key holds no line break
     * (the contract allows visible ASCII only), so no batch item's form can be a single call's.
     */
    public IdempotencyKey ofBatchItem(Caller caller, String key, int index, String requestJson) {
        return of(caller, key + "\nbatch item " + index, requestJson);
    }

    /**
     * The decisions the keys named within the last {@link #KEPT}, by key hash; keys that name none are
     * absent. Read in slices, so that a batch's thousand keys are a few statements, not a thousand.
     */
    public Map<String, Earlier> earlier(List<IdempotencyKey> keys, OffsetDateTime now) {
        Map<String, Earlier> named = new HashMap<>();
        Slices.each(keys, SLICE, slice -> {
            Map<String, String> sent = new HashMap<>();
            slice.forEach(key -> sent.put(key.keyHash(), key.requestHash()));
            lookups.sql("SELECT key_hash, decision_id, request_hash FROM idempotency_key WHERE key_hash IN (:keys)"
                            + " AND created_at >= :since")
                    .param("keys", List.copyOf(sent.keySet()))
                    .param("since", now.minus(KEPT))
                    .query(row -> {
                        String keyHash = row.getString("key_hash");
                        named.put(
                                keyHash,
                                new Earlier(
                                        row.getObject("decision_id", UUID.class),
                                        row.getString("request_hash").equals(sent.get(keyHash))));
                    });
        });
        return named;
    }

    /** The decision the key named within the last {@link #KEPT}, if any. */
    public Optional<Earlier> earlier(IdempotencyKey key, OffsetDateTime now) {
        return Optional.ofNullable(earlier(List.of(key), now).get(key.keyHash()));
    }

    /** Forgets the keys older than {@link #KEPT}; safe on every instance at once. */
    public int removeExpired(OffsetDateTime now) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :before")
                .param("before", now.minus(KEPT))
                .update();
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void removeExpiredHourly() {
        try {
            int removed = removeExpired(OffsetDateTime.now(ZoneOffset.UTC));
            if (removed > 0) {
                log.info("Forgot {} idempotency keys older than {}", removed, KEPT);
            }
        } catch (RuntimeException e) {
            log.warn("Forgetting old idempotency keys failed; tried again in an hour: {}", SafeTrace.describe(e));
        }
    }

    private String hmac(String text) {
        return Digests.hmacSha256(secret, text);
    }
}
