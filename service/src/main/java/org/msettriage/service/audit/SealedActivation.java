package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields of a switch of the rules (a row of {@code ruleset_activation}) that its seal covers, as read
 * back from the database (aliased {@code ra_}), with who proposed and who approved it (its proposal,
 * aliased {@code rp_}): the newest switch names the ruleset every instance serves, so a switch added or
 * altered behind the service's back must show.
 */
record SealedActivation(
        UUID recordId,
        String version,
        String switchKind,
        OffsetDateTime activatedAt,
        String activatedBy,
        String reason,
        String acceptedScenarioChanges,
        UUID proposalId,
        String proposedBy,
        OffsetDateTime proposedAt,
        String reviewedBy,
        OffsetDateTime reviewedAt)
        implements SealedRecord {

    static final String COLUMNS = "ra.record_id AS ra_record_id, ra.activation_id AS ra_activation_id,"
            + " ra.version AS ra_version, ra.kind AS ra_kind, ra.activated_at AS ra_activated_at,"
            + " ra.activated_by AS ra_activated_by, ra.reason AS ra_reason,"
            + " ra.accepted_scenario_changes AS ra_accepted, ra.proposal_id AS ra_proposal_id,"
            + " rp.proposed_by AS rp_proposed_by, rp.proposed_at AS rp_proposed_at,"
            + " rp.reviewed_by AS rp_reviewed_by, rp.reviewed_at AS rp_reviewed_at";

    /** Joins a switch (alias {@code ra}) to its proposal, for {@link #COLUMNS}. */
    static final String PROPOSAL_JOIN = " LEFT JOIN ruleset_proposal rp ON rp.proposal_id = ra.proposal_id";

    /** The switch in the row, or null when the row joined none. */
    static SealedActivation from(ResultSet row) throws SQLException {
        if (row.getObject("ra_activation_id") == null) {
            return null;
        }
        return new SealedActivation(
                row.getObject("ra_record_id", UUID.class),
                row.getString("ra_version"),
                row.getString("ra_kind"),
                row.getObject("ra_activated_at", OffsetDateTime.class),
                row.getString("ra_activated_by"),
                row.getString("ra_reason"),
                row.getString("ra_accepted"),
                row.getObject("ra_proposal_id", UUID.class),
                row.getString("rp_proposed_by"),
                row.getObject("rp_proposed_at", OffsetDateTime.class),
                row.getString("rp_reviewed_by"),
                row.getObject("rp_reviewed_at", OffsetDateTime.class));
    }

    @Override
    public UUID id() {
        return recordId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ACTIVATION;
    }

    @Override
    public String sha256() {
        return Digests.sha256(new Canonical("mset-ruleset-activation-v1")
                .add("recordId", recordId)
                .add("version", version)
                .add("kind", switchKind)
                .add("activatedAt", activatedAt == null ? null : activatedAt.toInstant())
                .add("activatedBy", activatedBy)
                .add("reason", reason)
                .add("acceptedScenarioChanges", acceptedScenarioChanges)
                .add("proposalId", proposalId)
                .add("proposedBy", proposedBy)
                .add("proposedAt", proposedAt == null ? null : proposedAt.toInstant())
                .add("reviewedBy", reviewedBy)
                .add("reviewedAt", reviewedAt == null ? null : reviewedAt.toInstant())
                .text());
    }
}
