package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Migration 31.1: every entry of the access log kept before migration 31 gets the digest of its reason and
 * is queued for its seal, a slice at a time (the log grows with every read).
 */
@Component
class AccessSealBackfill extends SlicedSealBackfill<SealedAccess> {

    AccessSealBackfill(AuditKeys keys) {
        super("31.1", "seal the access log kept so far", keys);
    }

    @Override
    RecordKind kind() {
        return RecordKind.ACCESS;
    }

    @Override
    String table() {
        return "decision_access";
    }

    @Override
    String idColumn() {
        return "access_id";
    }

    @Override
    String digestColumn() {
        return "reason_sha256";
    }

    @Override
    String columns() {
        return "access_id, decision_id, accessed_at, caller_method, caller_name, channel, reason_encrypted";
    }

    @Override
    SealedAccess record(ResultSet row) throws SQLException {
        return new SealedAccess(
                row.getObject("access_id", UUID.class),
                row.getObject("decision_id", UUID.class),
                row.getObject("accessed_at", OffsetDateTime.class),
                row.getString("caller_method"),
                row.getString("caller_name"),
                row.getString("channel"),
                digestOf(row.getString("reason_encrypted")));
    }

    @Override
    String digest(SealedAccess record) {
        return record.reasonSha256();
    }
}
