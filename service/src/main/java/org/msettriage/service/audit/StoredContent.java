package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.msettriage.service.store.HashBytes;

/** A decision's personal content as stored (encrypted), and whether it still matches its sealed digest. */
record StoredContent(
        boolean present,
        String childRefHash,
        byte[] encryptedRequest,
        byte[] encryptedResponse,
        OffsetDateTime removedAt) {

    /** Also reads whether the joined decision row exists at all ({@code d_present}). */
    static final String COLUMNS =
            "d.decision_id AS d_present, d.child_ref_hash, d.request_sealed, d.response_sealed, d.personal_removed_at";

    static StoredContent from(ResultSet row) throws SQLException {
        return new StoredContent(
                row.getObject("d_present") != null,
                HashBytes.hex(row, "child_ref_hash"),
                row.getBytes("request_sealed"),
                row.getBytes("response_sealed"),
                row.getObject("personal_removed_at", OffsetDateTime.class));
    }

    /**
     * What is wrong with the content, if anything: altered, missing, or removed before its time. A removal
     * is judged by the sealed retention run that made it (the period then in force), when the chain holds
     * one removing at that moment; otherwise (removals before runs were recorded) by today's period.
     */
    Optional<String> problem(
            SealedDecision decision, Duration retention, Map<Instant, SealedRetention> runs, OffsetDateTime checkedAt) {
        if (removedAt == null) {
            if (childRefHash == null || encryptedRequest == null || encryptedResponse == null) {
                return Optional.of("personal content is missing, but no removal was recorded");
            }
            if (!PersonalContent.digest(childRefHash, encryptedRequest, encryptedResponse)
                    .equals(decision.personalSha256())) {
                return Optional.of("its personal content differs from what was sealed");
            }
            return Optional.empty();
        }
        if (childRefHash != null || encryptedRequest != null || encryptedResponse != null) {
            return Optional.of("personal content recorded as removed is still partly present");
        }
        if (removedAt.isAfter(checkedAt)) {
            return Optional.of("its personal content is recorded as removed on " + removedAt.toLocalDate()
                    + ", a date still to come");
        }
        SealedRetention run = runs.get(removedAt.toInstant());
        if (run != null) {
            if (run.cutoff() == null || !decision.decidedAt().isBefore(run.cutoff())) {
                return Optional.of("its personal content was removed at " + removedAt.toInstant()
                        + " by a retention run that removed only what was decided before "
                        + (run.cutoff() == null ? "(no time)" : run.cutoff().toInstant()) + ", yet it was decided at "
                        + decision.decidedAt().toInstant());
            }
            return Optional.empty();
        }
        OffsetDateTime due = decision.decidedAt().plus(retention);
        if (removedAt.isBefore(due)) {
            return Optional.of("its personal content was removed on " + removedAt.toLocalDate()
                    + ", before its retention period ended on " + due.toLocalDate());
        }
        return Optional.empty();
    }
}
