package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry of the access log (a row of {@code decision_access}, aliased {@code da_}) as its seal covers it:
 * who read which decision, when and by which channel, and the digest of the encrypted reason they gave, so
 * the retention period can remove the reason and the entry still verifies. An entry removed or altered
 * would hide who read a child's record.
 */
record SealedAccess(
        UUID accessId,
        UUID decisionId,
        OffsetDateTime accessedAt,
        String callerMethod,
        String callerName,
        String channel,
        String reasonSha256)
        implements SealedRecord {

    static final String COLUMNS = "da.access_id AS da_access_id, da.decision_id AS da_decision_id,"
            + " da.accessed_at AS da_accessed_at, da.caller_method AS da_caller_method,"
            + " da.caller_name AS da_caller_name, da.channel AS da_channel, da.reason_sha256 AS da_reason_sha256";

    /**
     * The columns {@link #contentProblem} reads besides {@link #COLUMNS}: the reason as stored, and when the
     * content of the decision read was removed (joined as {@code dad}).
     */
    static final String CONTENT_COLUMNS =
            "da.reason_encrypted AS da_reason_encrypted, dad.personal_removed_at AS da_decision_removed_at";

    /** Joins the decision read, for {@link #CONTENT_COLUMNS}. */
    static final String CONTENT_JOIN = " LEFT JOIN decision dad ON dad.decision_id = da.decision_id";

    /** The entry in the row, or null when the row joined none. */
    static SealedAccess from(ResultSet row) throws SQLException {
        UUID id = row.getObject("da_access_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new SealedAccess(
                id,
                row.getObject("da_decision_id", UUID.class),
                row.getObject("da_accessed_at", OffsetDateTime.class),
                row.getString("da_caller_method"),
                row.getString("da_caller_name"),
                row.getString("da_channel"),
                row.getString("da_reason_sha256"));
    }

    /**
     * What is wrong with the reason, if anything: altered, or gone while the decision's content is still
     * kept (they go together at the end of retention).
     */
    Optional<String> contentProblem(ResultSet row) throws SQLException {
        return RemovableText.problem(
                row.getString("da_reason_encrypted"),
                reasonSha256,
                row.getObject("da_decision_removed_at") != null,
                "its reason");
    }

    @Override
    public UUID id() {
        return accessId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ACCESS;
    }

    @Override
    public String sha256() {
        return Digests.sha256(new Canonical("mset-access-v1")
                .add("accessId", accessId)
                .add("decisionId", decisionId)
                .add("accessedAt", accessedAt == null ? null : accessedAt.toInstant())
                .add("callerMethod", callerMethod)
                .add("callerName", callerName)
                .add("channel", channel)
                .add("reasonSha256", reasonSha256)
                .text());
    }
}
