package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.msettriage.service.problem.UnreadableContentException;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the identifier key (policy v1.1 section 10) in a stopped service's database: each identifier
 * row's hash under the previous key becomes the hash of the same name under the new one, so that links
 * across referrals survive the change. The names are read again from each decision's encrypted referral;
 * a row whose hash no name of its referral gives under the previous key (a wrong previous key, or a row
 * altered in the database) stops the whole change, and nothing is changed. Identifier rows are not
 * sealed, so the audit chain is untouched.
 */
public final class IdentifierRehash {

    /** What a change did (or, when it refused, found): decisions and rows re-hashed, rows no name gave. */
    public record Result(int decisions, int rows, int unmatched) {}

    /** The previous key given is the one configured now: there is nothing to re-hash from. */
    public static final class SameKey extends RuntimeException {
        SameKey() {
            super("the previous identifier key given is the one configured now (mset.audit.identifier-key);"
                    + " give the key the rows were hashed with, and configure the new one");
        }
    }

    /** The previous key does not give the stored hashes: nothing was changed. */
    public static final class PreviousKeyRefused extends RuntimeException {

        private final transient Result found;

        PreviousKeyRefused(Result found) {
            super(found.unmatched() + " of " + (found.rows() + found.unmatched()) + " identifier rows do not hash"
                    + " from any name of their referral under the previous key: the previous key is not the one"
                    + " they were hashed with (or rows were altered). Nothing was changed.");
            this.found = found;
        }

        public Result found() {
            return found;
        }
    }

    /** Decisions read and rows written a slice at a time: a large store is never held in memory at once. */
    private static final int SLICE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final PersonalContent content;
    private final byte[] previousKey;
    private final byte[] newKey;

    private IdentifierRehash(DataSource database, AuditKeys keys, byte[] previousKey) {
        this.jdbc = JdbcClient.create(database);
        this.template = new JdbcTemplate(database);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        this.content = new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys));
        this.previousKey = previousKey.clone();
        this.newKey = keys.identifier();
    }

    /** For the command line: the keys are the service's (the new identifier key among them) and the previous. */
    public static IdentifierRehash offline(DataSource database, AuditKeys keys, byte[] previousKey) {
        refuseSameKey(keys, previousKey);
        return new IdentifierRehash(database, keys, previousKey);
    }

    /** Refuses a previous key that is the one configured now, before any database is opened. */
    public static void refuseSameKey(AuditKeys keys, byte[] previousKey) {
        if (Arrays.equals(previousKey, keys.identifier())) {
            throw new SameKey();
        }
    }

    /** Instances whose leases are live: a running service would go on hashing with the previous key. */
    public static List<String> liveInstances(DataSource database) {
        return JdbcClient.create(database)
                // By the database's clock, as the leases are kept: this machine's may be behind.
                .sql("SELECT DISTINCT holder FROM job_lease WHERE expires_at > CURRENT_TIMESTAMP ORDER BY holder")
                .query(String.class)
                .list();
    }

    /** Re-hashes every identifier row in one transaction; refuses, changing nothing, on a row no name gives. */
    public Result rehash() {
        return transaction.execute(status -> {
            Result result = rehashAll();
            if (result.unmatched() > 0) {
                status.setRollbackOnly();
                throw new PreviousKeyRefused(result);
            }
            return result;
        });
    }

    private Result rehashAll() {
        int decisions = 0;
        int rows = 0;
        int unmatched = 0;
        UUID after = null;
        while (true) {
            List<UUID> slice = jdbc.sql("SELECT DISTINCT decision_id FROM decision_identifier"
                            + (after == null ? "" : " WHERE decision_id > :after") + " ORDER BY decision_id"
                            + " FETCH FIRST " + SLICE + " ROWS ONLY")
                    .params(after == null ? Map.of() : Map.of("after", after))
                    .query(UUID.class)
                    .list();
            if (slice.isEmpty()) {
                return new Result(decisions, rows, unmatched);
            }
            after = slice.get(slice.size() - 1);
            Map<UUID, Map<String, String>> renamed = renamed(slice);
            List<Object[]> updates = new ArrayList<>();
            int[] found = {0};
            jdbc.sql("SELECT decision_id, identifier_hash FROM decision_identifier WHERE decision_id IN (:ids)")
                    .param("ids", slice)
                    .query(row -> {
                        found[0]++;
                        UUID decisionId = row.getObject(1, UUID.class);
                        String hash = HashBytes.hex(row, 2);
                        String next = renamed.getOrDefault(decisionId, Map.of()).get(hash);
                        if (next != null) {
                            updates.add(new Object[] {HashBytes.of(next), decisionId, HashBytes.of(hash)});
                        }
                    });
            unmatched += found[0] - updates.size();
            for (int written : template.batchUpdate(
                    "UPDATE decision_identifier SET identifier_hash = ? WHERE decision_id = ? AND identifier_hash = ?",
                    updates)) {
                rows += Math.max(written, 0);
            }
            decisions += slice.size();
        }
    }

    /**
     * For each decision of a slice, each name of its referral from its hash under the previous key to its
     * hash under the new; none for a decision whose referral cannot be read (removed or altered).
     */
    private Map<UUID, Map<String, String>> renamed(List<UUID> slice) {
        Map<UUID, Map<String, String>> renamed = new HashMap<>();
        jdbc.sql("SELECT decision_id, request_sealed FROM decision WHERE decision_id IN (:ids)"
                        + " AND request_sealed IS NOT NULL")
                .param("ids", slice)
                .query(row -> {
                    UUID decisionId = row.getObject(1, UUID.class);
                    Map<String, String> names = new HashMap<>();
                    try {
                        for (String name : StoredNames.in(content.request(decisionId, row.getBytes(2)))) {
                            names.put(Digests.hmacSha256(previousKey, name), Digests.hmacSha256(newKey, name));
                        }
                    } catch (UnreadableContentException altered) {
                        // Its rows stay unmatched, and the change is refused: verification names the decision.
                    }
                    renamed.put(decisionId, names);
                });
        return renamed;
    }
}
