package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.problem.UnreadableContentException;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses to start the service on keys that are not the ones the database was written with: a seal made
 * with another key breaks the chain for good, and content encrypted or hashed with another key can never
 * be read or found with the right one. A restored backup started with new keys, or a second instance
 * whose keys drifted, stops here with the setting named, before it takes a referral (every key is
 * checked before the database is even migrated, by {@link KeysCheckedBeforeMigrating}; here again for a
 * start whose Flyway did not run through it). Checked on the
 * newest records, and refused only when none of them agrees: one record altered in the database is
 * verification's to name, not a reason to stop the service. The identifier key is checked on the newest
 * decisions that named a person, a vehicle or a place: their names, read from the encrypted referral, must
 * hash to the identifier rows stored beside them, or no later referral would ever be linked to them.
 */
@Component
public class StoredKeysCheck {

    /** How many of the newest seals and decisions are tried. */
    static final int NEWEST = 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    StoredKeysCheck(JdbcClient jdbc, AuditKeys keys, PersonalContent content, IdentifierHash identifierHash) {
        // The seal key again, for a start whose Flyway did not run through KeysCheckedBeforeMigrating
        // (spring.flyway.enabled=false, say): one query of ten rows.
        List<String> problems = new ArrayList<>();
        checkSealKey(jdbc, keys.seal()).ifPresent(problems::add);
        checkStoredContentKeys(jdbc, content, identifierHash).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw refused(problems, "run `audit verify` with them to check the record.");
        }
    }

    /** A start refused for the keys' problems, saying which keys to start with and then what to do. */
    static StartRefusedException refused(List<String> problems, String then) {
        return new StartRefusedException(String.join(" ", problems) + " Start with the keys this database was"
                + " written with (a restored backup needs the keys it was made with); " + then);
    }

    /** As {@link #checkSealKey}, for a command reading a database with the keys it was given. */
    public static Optional<String> sealKeyProblem(DataSource database, AuditKeys keys) {
        return checkSealKey(JdbcClient.create(database), keys.seal());
    }

    /** The seal key's problem, if the newest seals (when there are any) all refuse it. */
    static Optional<String> checkSealKey(JdbcClient jdbc, byte[] sealKey) {
        List<Seal> newest = jdbc.sql("SELECT " + Seal.COLUMNS + " FROM decision_seal s ORDER BY s.position DESC"
                        + " FETCH FIRST " + NEWEST + " ROWS ONLY")
                .query((row, n) -> Seal.fromEitherForm(row))
                .list();
        if (newest.isEmpty() || newest.stream().anyMatch(seal -> seal.intact(sealKey))) {
            return Optional.empty();
        }
        return Optional.of("mset.audit.seal-key is not the key this database's chain was sealed with:"
                + " none of its newest " + newest.size() + " seals verifies with it.");
    }

    /**
     * The problem of the encryption or child-reference key ({@link #checkContentKeys}), or else of the
     * identifier key ({@link #checkIdentifierKey}): only content that opens holds the names that key hashed.
     */
    static Optional<String> checkStoredContentKeys(
            JdbcClient jdbc, PersonalContent content, IdentifierHash identifierHash) {
        return checkContentKeys(jdbc, content).or(() -> checkIdentifierKey(jdbc, content, identifierHash));
    }

    /**
     * The encryption key opens the newest stored requests, and the child-reference key hashes the child
     * they name to the hash stored beside them. Safe before the database is migrated ({@link
     * KeysCheckedBeforeMigrating}): it reads only what every schema since migration 9 holds, the hashes in
     * either of their forms (hex before migration 39, bytes after), and nothing from a store older than
     * migration 9, whose requests were text (content retention removed is gone from both columns).
     */
    private static Optional<String> checkContentKeys(JdbcClient jdbc, PersonalContent content) {
        record Stored(UUID decisionId, byte[] request, String childRefHash) {}
        List<Stored> newest = jdbc.sql("SELECT decision_id, request_sealed, child_ref_hash FROM decision"
                        + " WHERE request_sealed IS NOT NULL ORDER BY decided_at DESC FETCH FIRST " + NEWEST
                        + " ROWS ONLY")
                .query((row, n) -> HashBytes.heldAsBytes(row, "request_sealed")
                        ? new Stored(
                                row.getObject("decision_id", UUID.class),
                                row.getBytes("request_sealed"),
                                HashBytes.hexOfEitherForm(row, "child_ref_hash"))
                        : null)
                .list();
        if (newest.isEmpty() || newest.contains(null)) {
            return Optional.empty();
        }
        boolean opened = false;
        for (Stored stored : newest) {
            String request = opened(content, stored.decisionId(), stored.request());
            if (request == null) {
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

    /**
     * The identifier key hashes a name of one of the newest decisions that named any to a hash stored
     * for that decision. Decisions whose content retention removed have no identifier rows left. Safe before
     * the database is migrated ({@link KeysCheckedBeforeMigrating}), as {@link #checkContentKeys} is: it
     * reads what every schema since migration 16 holds (requests were bytes long before), the hashes in
     * either of their forms.
     */
    private static Optional<String> checkIdentifierKey(
            JdbcClient jdbc, PersonalContent content, IdentifierHash identifierHash) {
        Set<UUID> newest = new LinkedHashSet<>(jdbc.sql("SELECT decision_id FROM decision_identifier"
                        + " ORDER BY assessed_at DESC FETCH FIRST " + (NEWEST * 8) + " ROWS ONLY")
                .query(UUID.class)
                .list());
        int tried = 0;
        for (UUID decisionId : newest) {
            if (tried == NEWEST) {
                break;
            }
            byte[] sealed = jdbc.sql("SELECT request_sealed FROM decision WHERE decision_id = :id"
                            + " AND request_sealed IS NOT NULL AND personal_removed_at IS NULL")
                    .param("id", decisionId)
                    .query(byte[].class)
                    .optional()
                    .orElse(null);
            String request = sealed == null ? null : opened(content, decisionId, sealed);
            if (request == null) {
                continue;
            }
            tried++;
            List<String> stored = jdbc.sql("SELECT identifier_hash FROM decision_identifier WHERE decision_id = :id")
                    .param("id", decisionId)
                    .query((row, n) -> HashBytes.hexOfEitherForm(row, "identifier_hash"))
                    .list();
            if (StoredNames.in(request).stream().map(identifierHash::of).anyMatch(stored::contains)) {
                return Optional.empty();
            }
        }
        return tried == 0
                ? Optional.empty()
                : Optional.of("mset.audit.identifier-key is not the key this database's names were hashed with:"
                        + " the names in the newest decisions that gave any (" + tried + " tried) do not hash to"
                        + " the hashes stored for them, so no new referral would be linked to an earlier one.");
    }

    private static String opened(PersonalContent content, UUID decisionId, byte[] sealed) {
        try {
            return content.request(decisionId, sealed);
        } catch (UnreadableContentException unreadable) {
            return null;
        }
    }
}
