package org.msettriage.service.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.problem.ContentRemovedException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.Slices;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored decisions. Each keeps the request as received and the response exactly as answered, both
 * encrypted; the child reference as its keyed hash; the ruleset version and hash, the outcome, the rules
 * that fired and who asked, in the clear for search and reports. A decision is committed, whole and queued
 * for sealing, before its response is sent; concurrent calls share commits ({@link DecisionWriter}). When its retention period ends the personal content goes and
 * the rest stays: reading the decision then answers {@link ContentRemovedException}.
 */
@Repository
public class Decisions {

    /**
     * A stored referral's JSON as received, the moment its windows were counted from, and the decision's
     * JSON as answered (which holds the links and history it was decided with); both JSON as UTF-8 bytes,
     * which parsers read without decoding them to text first (a replay parses thousands). With the build of
     * the service that made the decision ({@link ServiceBuild}; null for one made before it was kept).
     */
    public record StoredRequest(byte[] json, OffsetDateTime countedFrom, byte[] answerJson, String serviceBuild) {}

    /** Decisions read in one statement by {@link #findAll}: well under either database's parameter limit. */
    static final int FOUND_AT_ONCE = 500;

    /** What {@link #sealedRequest} reads of a decision's row. */
    private static final String SEALED_REQUESTS = "SELECT decision_id, request_sealed, response_sealed, assessed_at,"
            + " decided_at, service_build FROM decision";

    private final JdbcClient jdbc;
    private final PersonalContent personal;
    private final DecisionWriter writer;

    Decisions(JdbcClient jdbc, PersonalContent personal, DecisionWriter writer) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.writer = writer;
    }

    /**
     * Stores the decision durably, returning once it is committed (with others waiting at the same time);
     * or, when its Idempotency-Key already names a decision, stores nothing and answers that one.
     */
    public Optional<IdempotencyKeys.Earlier> store(NewDecision decision) {
        return writer.write(decision);
    }

    /**
     * Stores many decisions, sharing commits; each is stored or not on its own. Answers, in order, what
     * became of each: stored, the earlier decision its Idempotency-Key names, or why it could not be stored.
     */
    public List<DecisionWriter.Written> storeAll(List<NewDecision> decisions) {
        return writer.writeAll(decisions);
    }

    /** The decision's JSON exactly as it was answered, if one is stored under the id. */
    public Optional<String> find(UUID decisionId) {
        return responseWhere(decisionId, "", Map.of());
    }

    /**
     * The decisions' JSON exactly as answered, by id, read a slice at a time; a decision not stored is absent,
     * and one whose content retention removed is a {@link ContentRemovedException}.
     */
    public Map<UUID, String> findAll(List<UUID> decisionIds) {
        Map<UUID, String> found = new HashMap<>();
        Slices.each(
                decisionIds,
                FOUND_AT_ONCE,
                slice -> jdbc.sql("SELECT decision_id, response_sealed FROM decision WHERE decision_id IN (:ids)")
                        .param("ids", slice)
                        .query((RowCallbackHandler) row -> {
                            UUID decisionId = row.getObject("decision_id", UUID.class);
                            found.put(decisionId, answer(decisionId, row.getBytes("response_sealed")));
                        }));
        return found;
    }

    /**
     * The decision's JSON as it was answered, if one is stored under the id and this caller asked for it. Any
     * other decision is simply not found, so a caller cannot tell another client's decision from none.
     */
    public Optional<String> findAskedFor(UUID decisionId, Caller caller) {
        return responseWhere(
                decisionId,
                " AND caller_method = :method AND caller_name = :name",
                Map.of("method", caller.method().name(), "name", caller.name()));
    }

    /** Whether this caller asked for the decision (the object-level check for case systems). */
    public boolean askedFor(UUID decisionId, Caller caller) {
        return jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_id = :id AND caller_method = :method"
                                + " AND caller_name = :name")
                        .param("id", decisionId)
                        .param("method", caller.method().name())
                        .param("name", caller.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The referral's JSON exactly as it was received, free text included; empty once its content is removed. */
    public Optional<String> request(UUID decisionId) {
        return jdbc.sql("SELECT request_sealed FROM decision WHERE decision_id = :id AND request_sealed IS NOT NULL")
                .param("id", decisionId)
                .query((row, n) -> row.getBytes("request_sealed"))
                .optional()
                .map(stored -> personal.request(decisionId, stored));
    }

    /** The ids of the decisions made in a period (either end open when null) still held whole, oldest first. */
    public List<UUID> decidedBetween(OffsetDateTime from, OffsetDateTime before) {
        return jdbc.sql("""
                SELECT decision_id FROM decision
                WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at >= :from)
                  AND (CAST(:before AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at < :before)
                  AND personal_removed_at IS NULL
                ORDER BY decided_at, decision_id
                """)
                .param("from", from)
                .param("before", before)
                .query(UUID.class)
                .list();
    }

    /**
     * A stored decision's referral as the rules saw it: the request as received, with the moment its
     * windows were counted from (or, for decisions stored before that was kept, the decision's own time).
     */
    public StoredRequest requestAsDecided(UUID decisionId) {
        return jdbc.sql(SEALED_REQUESTS + " WHERE decision_id = :id")
                .param("id", decisionId)
                .query((row, n) -> open(sealedRequest(row)))
                .single();
    }

    /**
     * Many stored referrals as held, in the order of the ids asked for (null for an id no longer stored),
     * still sealed: one query for the lot, as an impact replay reads them, and {@link #open} on whichever
     * threads decide them, since decrypting costs more than reading. Each opens as {@link
     * #requestAsDecided} reads it alone.
     */
    public List<SealedRequest> sealedRequests(List<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, SealedRequest> byId = new HashMap<>();
        jdbc.sql(SEALED_REQUESTS + " WHERE decision_id IN (:ids)")
                .param("ids", decisionIds)
                .query((RowCallbackHandler) row -> {
                    SealedRequest sealed = sealedRequest(row);
                    byId.put(sealed.decisionId(), sealed);
                });
        return decisionIds.stream().map(byId::get).toList();
    }

    /**
     * A stored referral and answer as held (both null once retention removed them), with the moment its
     * windows were counted from.
     */
    public record SealedRequest(
            UUID decisionId, byte[] request, byte[] answer, OffsetDateTime countedFrom, String serviceBuild) {}

    /** The referral and answer opened; {@link ContentRemovedException} once retention removed them. */
    public StoredRequest open(SealedRequest sealed) {
        if (sealed.request() == null || sealed.answer() == null) {
            throw new ContentRemovedException(sealed.decisionId());
        }
        PersonalContent.Json opened = personal.opened(sealed.decisionId(), sealed.request(), sealed.answer());
        return new StoredRequest(opened.request(), sealed.countedFrom(), opened.response(), sealed.serviceBuild());
    }

    private static SealedRequest sealedRequest(ResultSet row) throws SQLException {
        OffsetDateTime assessedAt = row.getObject("assessed_at", OffsetDateTime.class);
        return new SealedRequest(
                row.getObject("decision_id", UUID.class),
                row.getBytes("request_sealed"),
                row.getBytes("response_sealed"),
                assessedAt != null ? assessedAt : row.getObject("decided_at", OffsetDateTime.class),
                row.getString("service_build"));
    }

    private Optional<String> responseWhere(UUID decisionId, String andWhere, Map<String, ?> params) {
        record Stored(byte[] response) {}
        return jdbc.sql("SELECT response_sealed FROM decision WHERE decision_id = :id" + andWhere)
                .param("id", decisionId)
                .params(params)
                .query((row, n) -> new Stored(row.getBytes("response_sealed")))
                .optional()
                .map(stored -> answer(decisionId, stored.response()));
    }

    /** A stored answer opened; {@link ContentRemovedException} once retention removed it. */
    private String answer(UUID decisionId, byte[] sealed) {
        if (sealed == null) {
            throw new ContentRemovedException(decisionId);
        }
        return personal.response(decisionId, sealed);
    }
}
