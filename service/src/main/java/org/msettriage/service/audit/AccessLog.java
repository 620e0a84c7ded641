package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.AccessReasonHeader;
import org.msettriage.service.problem.HeaderText;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.GivenFilters;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of a decision: who, when, which, by which channel, and why when the reader said (the reason
 * is free text, so it is encrypted). A read is written here before the decision is shown. The channel
 * says what happened: a decision opened is told apart from one only listed in search results.
 */
@Repository
public class AccessLog {

    /**
     * The ways a decision is read, as the contract's DecisionAccess.channel and the database's check on
     * {@code decision_access.channel} (migration 34) name them.
     */
    public enum Channel {
        /** Opened through the API: the decision, or its whole record. */
        API,
        /**
         * An auditor's page, as entries recorded before listings and openings were told apart say it: the
         * decision opened, or only listed in search results, and nothing says which. No longer recorded.
         */
        PAGE,
        /** Exported for a subject access request, as the report page or the JSON. */
        SUBJECT_ACCESS,
        /** A panel meeting's agenda, which shows the decision's summary or a name its referral gave. */
        PANEL_AGENDA,
        /** Opened on the auditors' decision page. */
        DECISION_PAGE,
        /**
         * Listed in the auditors' search results, which showed its referral reference and the first sentence
         * of its summary, not the decision.
         */
        SEARCH_RESULTS,
        /**
         * Listed in the access log narrowed to its child, which showed who read it and why, not the
         * decision (migration 37; such reads made before it were recorded as SEARCH_RESULTS).
         */
        ACCESS_LOG
    }

    /**
     * How a read of the access log narrowed to one child is itself recorded, once for each decision the
     * answer lists: it shows who read the child's decisions and why, so it is kept with the reason given.
     */
    public static final Channel CHILD_ACCESS_LOG = Channel.ACCESS_LOG;

    /** The longest reader name a filter may give: a sign-in method, a colon and the name, as stored. */
    public static final int MAX_READER = 266;

    /** The longest reason a reader may give, as the API document states it. */
    public static final int MAX_REASON = 500;

    /**
     * One read: when, of which decision, by whom, by which channel (its name) and why, if said and kept.
     * {@code reasonRemoved} tells a reason the retention period removed (its sealed digest stays) from a read
     * that gave none.
     */
    public record Entry(
            OffsetDateTime accessedAt,
            UUID decisionId,
            String accessedBy,
            String channel,
            String reason,
            boolean reasonRemoved) {}

    /** One page of entries and how many there are in all. */
    public record Page(List<Entry> items, long total) {}

    private static final String COLUMNS =
            "access_id, decision_id, accessed_at, caller_method, caller_name, channel," + " reason_encrypted";

    /** What an entry is read with: its columns, and the digest that outlives a removed reason. */
    private static final String READ_COLUMNS = COLUMNS + ", reason_sha256";

    private final JdbcClient jdbc;
    private final PersonalContent personal;
    private final DecisionSealer sealer;

    AccessLog(JdbcClient jdbc, PersonalContent personal, DecisionSealer sealer) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.sealer = sealer;
    }

    /**
     * Records a read. The reason is kept only while the decision's personal content is (it may name the
     * child); the row is locked so the retention period cannot remove the content in between. A reason given
     * after the period is stored as the period leaves one it removed, by its digest alone: the entry says a
     * reason was given and removed, where it said "Not given" of a reader who gave one (a data protection
     * trial).
     */
    @Transactional
    public void record(UUID decisionId, Caller reader, Channel channel, String reason) {
        UUID accessId = UUID.randomUUID();
        boolean held = jdbc.sql("SELECT decision_id FROM decision WHERE decision_id = :id"
                        + " AND personal_removed_at IS NULL FOR UPDATE")
                .param("id", decisionId)
                .query(UUID.class)
                .optional()
                .isPresent();
        String why = FreeText.isBlank(reason) ? null : reason.strip();
        String sealedReason = personal.encryptText(why, boundTo(accessId));
        jdbc.sql("INSERT INTO decision_access (" + COLUMNS + ", reason_sha256) VALUES (:id, :decisionId, :at,"
                        + " :method, :name, :channel, :reason, :reasonSha256)")
                .param("id", accessId)
                .param("decisionId", decisionId)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
                .param("method", reader.method().name())
                .param("name", reader.name())
                .param("channel", channel.name())
                .param("reason", held ? sealedReason : null)
                .param("reasonSha256", sealedReason == null ? null : PersonalDigest.ofEncryptedText(sealedReason))
                .update();
        // Sealed like a decision: an entry removed or altered would hide who read a child's record.
        sealer.queue(RecordKind.ACCESS, accessId);
    }

    /**
     * The reason for an auditor's read of a child's record, which may not be left out, nor be only spaces
     * or characters that show nothing: the page asks for one before it opens a decision, and so does the API.
     */
    public static String requiredReason(String header) {
        String reason = checkedReason(header);
        if (reason == null || FreeText.isBlank(reason)) {
            throw new InvalidParametersException(
                    List.of(new ParameterProblem(AccessReasonHeader.NAME, AccessReasonHeader.REQUIRED)));
        }
        return reason;
    }

    /**
     * The reason of an API read as the auditor wrote it (see {@link HeaderText}), refused when longer than
     * the API allows, naming the header it came in.
     */
    public static String checkedReason(String header) {
        String reason = HeaderText.decode(header);
        if (reason != null && reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new InvalidParametersException(List.of(
                    new ParameterProblem(AccessReasonHeader.NAME, "must be at most " + MAX_REASON + " characters")));
        }
        return reason;
    }

    /** Every read of one decision, newest first. */
    public List<Entry> ofDecision(UUID decisionId) {
        return jdbc.sql("SELECT " + READ_COLUMNS + " FROM decision_access WHERE decision_id = :id"
                        + " ORDER BY accessed_at DESC, access_id")
                .param("id", decisionId)
                .query((row, n) -> entry(row))
                .list();
    }

    /**
     * What the log may be narrowed to, each null for all: one decision; one child, by the keyed hash of their
     * reference (what the decision holds, so a decision whose content the retention period removed is no
     * longer found by it); one reader, by the name recorded (as "demo-auditor" or as the API gives it,
     * "API_KEY:demo-auditor", either case); and the moments read from and before.
     */
    public record Filter(
            UUID decisionId, String childRefHash, String reader, OffsetDateTime from, OffsetDateTime before) {

        public static Filter of(UUID decisionId, OffsetDateTime from, OffsetDateTime before) {
            return new Filter(decisionId, null, null, from, before);
        }
    }

    /** The reads matching every filter given (nulls match all), newest first, a page at a time. */
    public Page page(UUID decisionId, OffsetDateTime from, OffsetDateTime before, int page, int size) {
        return page(Filter.of(decisionId, from, before), page, size);
    }

    /** The reads matching every filter given, newest first, a page at a time. */
    public Page page(Filter filter, int page, int size) {
        String reader = filter.reader() == null ? null : filter.reader().strip().toLowerCase(Locale.ROOT);
        GivenFilters given = new GivenFilters()
                .and("decision_id = :decisionId", "decisionId", filter.decisionId())
                .and(
                        "decision_id IN (SELECT d.decision_id FROM decision d WHERE d.child_ref_hash = :child)",
                        "child",
                        HashBytes.of(filter.childRefHash()))
                // The index on the name in lower case narrows to the reader's entries; the sealed name decides.
                .and("caller_name_lower IN (:readerNames)", "readerNames", namesOf(reader))
                .and(
                        "(LOWER(caller_name) = :reader OR LOWER(caller_method || ':' || caller_name) = :reader)",
                        "reader",
                        reader)
                .and("accessed_at >= :from", "from", filter.from())
                .and("accessed_at < :before", "before", filter.before());
        String where = given.where();
        long total = jdbc.sql("SELECT COUNT(*) FROM decision_access" + where)
                .params(given.params())
                .query(Long.class)
                .single();
        List<Entry> items = jdbc.sql("SELECT " + READ_COLUMNS + " FROM decision_access" + where
                        + " ORDER BY accessed_at DESC, access_id OFFSET :skip ROWS FETCH NEXT :size ROWS ONLY")
                .params(given.params())
                .param("skip", (long) page * size)
                .param("size", size)
                .query((row, n) -> entry(row))
                .list();
        return new Page(items, total);
    }

    /**
     * The names in lower case a reader given as a name, or as "API_KEY:name", may have been recorded under: the
     * whole of it, and what follows its first colon (a method never has one; a token's subject may).
     */
    static List<String> namesOf(String reader) {
        if (reader == null) {
            return null;
        }
        int colon = reader.indexOf(':');
        return colon < 0 ? List.of(reader) : List.of(reader, reader.substring(colon + 1));
    }

    private Entry entry(ResultSet row) throws SQLException {
        UUID accessId = row.getObject("access_id", UUID.class);
        return new Entry(
                row.getObject("accessed_at", OffsetDateTime.class),
                row.getObject("decision_id", UUID.class),
                Caller.qualifiedName(row.getString("caller_method"), row.getString("caller_name")),
                row.getString("channel"),
                personal.decryptText(row.getString("reason_encrypted"), boundTo(accessId)),
                row.getString("reason_encrypted") == null && row.getString("reason_sha256") != null);
    }

    static String boundTo(UUID accessId) {
        return "access:" + accessId;
    }
}
