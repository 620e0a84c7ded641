package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A stored record the chain seals: a decision, a panel outcome, a switch of the rules, a run of the
 * retention period that removed personal content, a panel meeting, an entry of the access log, or
 * feedback on a decision.
 */
sealed interface SealedRecord
        permits SealedDecision,
                SealedOutcome,
                SealedActivation,
                SealedRetention,
                SealedMeeting,
                SealedAccess,
                SealedFeedback {

    UUID id();

    RecordKind kind();

    /** The SHA-256 of the record's canonical form, which its link seals. */
    String sha256();

    /**
     * The record a queue or chain row names, read from a row that joined both tables ({@link #JOINS});
     * null when the table its kind names has no such row.
     */
    static SealedRecord from(ResultSet row, String kindColumn) throws SQLException {
        RecordKind kind = RecordKind.valueOf(row.getString(kindColumn));
        return switch (kind) {
            case DECISION -> row.getObject("d_present") == null ? null : SealedDecision.from(row);
            case OUTCOME -> SealedOutcome.from(row);
            case ACTIVATION -> SealedActivation.from(row);
            case RETENTION -> SealedRetention.from(row);
            case MEETING -> SealedMeeting.from(row);
            case ACCESS -> SealedAccess.from(row);
            case FEEDBACK -> SealedFeedback.from(row);
            case RULESET -> throw new IllegalArgumentException("a kept ruleset is never a link of the chain");
        };
    }

    /**
     * Joins a row of the chain or queue (alias {@code alias}, whose {@code decision_id} names the record)
     * to the record it names, in the table of its kind (a switch with its proposal).
     */
    static String joins(String alias) {
        return " LEFT JOIN decision d ON d.decision_id = " + alias + ".decision_id AND " + alias
                + ".record_kind = 'DECISION' LEFT JOIN panel_outcome o ON o.outcome_id = " + alias
                + ".decision_id AND " + alias + ".record_kind = 'OUTCOME' LEFT JOIN ruleset_activation ra ON"
                + " ra.record_id = " + alias + ".decision_id AND " + alias + ".record_kind = 'ACTIVATION'"
                + SealedActivation.PROPOSAL_JOIN + " LEFT JOIN retention_run rr ON rr.run_id = " + alias
                + ".decision_id AND " + alias + ".record_kind = 'RETENTION' LEFT JOIN panel_meeting pm ON"
                + " pm.meeting_id = " + alias + ".decision_id AND " + alias + ".record_kind = 'MEETING'"
                + " LEFT JOIN decision_access da ON da.access_id = " + alias + ".decision_id AND " + alias
                + ".record_kind = 'ACCESS' LEFT JOIN decision_feedback fb ON fb.feedback_id = " + alias
                + ".decision_id AND " + alias + ".record_kind = 'FEEDBACK'";
    }

    /**
     * Whether the decision table joined a row: its own column, because a chain row's {@code decision_id}
     * may share the name. {@link StoredContent#COLUMNS} selects it too.
     */
    String DECISION_PRESENT = "d.decision_id AS d_present";

    /** Every column {@link #from} reads but {@link #DECISION_PRESENT}, for a SELECT with {@link #joins}. */
    String COLUMNS = SealedDecision.COLUMNS + ", " + SealedOutcome.COLUMNS + ", " + SealedActivation.COLUMNS + ", "
            + SealedRetention.COLUMNS + ", " + SealedMeeting.COLUMNS + ", " + SealedAccess.COLUMNS
            + ", " + SealedFeedback.COLUMNS;
}
