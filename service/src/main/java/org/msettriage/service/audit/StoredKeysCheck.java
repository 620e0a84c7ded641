package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.problem.UnreadableContentException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses to start the service on keys that are not the ones the database was written with: a seal made
 * with another key breaks the chain for good, and content encrypted or hashed with another key can never
 * be read or found with the right one. A restored backup started with new keys, or a second instance
 * whose keys drifted, stops here with the setting named, before it takes a referral (the seal key is
 * checked before the database is even migrated, by {@link KeysCheckedBeforeMigrating}). Checked on the
 * newest records, and refused only when none of them agrees: one record altered in the database is
 * verification's to name, not a reason to stop the service. The identifier key cannot be checked this
 * way (the names it hashes are not kept apart from the referral).
 */
@Component
public class StoredKeysCheck {

    /** How many of the newest seals and decisions are tried. */
    static final int NEWEST = 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    StoredKeysCheck(JdbcClient jdbc, AuditKeys keys, PersonalContent content) {
        // The seal key again, for a start whose Flyway did not run through KeysCheckedBeforeMigrating
        // (spring.flyway.enabled=false, say): one query of ten rows.
        List<String> problems = new ArrayList<>();
        checkSealKey(jdbc, keys.seal()).ifPresent(problems::add);
        checkContentKeys(jdbc, content).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new StartRefusedException(String.join(" ", problems)
                    + " Start with the keys this database was written with (a restored backup needs the keys it"
                    + " was made with); run `audit verify` with them to check the record.");
        }
    }

    /** The seal key's problem, if the newest seals (when there are any) all refuse it. */
    static Optional<String> checkSealKey(JdbcClient jdbc, byte[] sealKey) {
        List<Seal> newest = jdbc.sql("SELECT " + Seal.COLUMNS + " FROM decision_seal s ORDER BY s.position DESC"
                        + " FETCH FIRST " + NEWEST + " ROWS ONLY")
                .query((row, n) -> Seal.from(row))
                .list();
        if (newest.isEmpty() || newest.stream().anyMatch(seal -> seal.intact(sealKey))) {
            return Optional.empty();
        }
        return Optional.of("mset.audit.seal-key is not the key this database's chain was sealed with:"
                + " none of its newest " + newest.size() + " seals verifies with it.");
    }

    /**
     * The encryption key opens the newest stored requests, and the child-reference key hashes the child
     * they name to the hash stored beside them.
     */
    private static Optional<String> checkContentKeys(JdbcClient jdbc, PersonalContent content) {
        record Stored(UUID decisionId, byte[] request, String childRefHash) {}
        List<Stored> newest = jdbc.sql("SELECT decision_id, request_sealed, child_ref_hash FROM decision"
                        + " WHERE request_sealed IS NOT NULL AND personal_removed_at IS NULL"
                        + " ORDER BY decided_at DESC FETCH FIRST " + NEWEST + " ROWS ONLY")
                .query((row, n) -> new Stored(
                        row.getObject("decision_id", UUID.class),
                        row.getBytes("request_sealed"),
                        row.getString("child_ref_hash")))
                .list();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        boolean opened = false;
        for (Stored stored : newest) {
            String request;
            try {
                request = content.request(stored.decisionId(), stored.request());
            } catch (UnreadableContentException unreadable) {
                continue;
            }
            opened = true;
            JsonNode childRef = JSON.readTree(request).path("childRef");
            if (childRef.isString() && content.childRefHash(childRef.asString()).equals(stored.childRefHash())) {
                return Optional.empty();
            }
        }
        return Optional.of(
                opened
                        ? "mset.audit.child-ref-key is not the key this database's child references were hashed"
                                + " with: none of the newest " + newest.size() + " decisions' hashes matches."
                        : "mset.audit.encryption-key is not the key this database's personal content was"
                                + " encrypted with: none of the newest " + newest.size() + " decisions opens with it.");
    }
}
