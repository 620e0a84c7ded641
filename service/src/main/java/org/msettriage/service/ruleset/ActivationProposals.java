package org.msettriage.service.ruleset;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals to activate a kept ruleset, each awaiting a second policy lead. A proposal is reviewed once:
 * the review is written only while the row still says PENDING, so two reviewers (on one instance or two)
 * cannot both act on it.
 */
@Repository
public class ActivationProposals {

    /** Where a proposal stands. EXPIRED is never stored: a PENDING proposal past its expiry reads as it. */
    public enum State {
        PENDING,
        APPROVED,
        REJECTED,
        EXPIRED
    }

    public record Proposal(
            UUID id,
            String version,
            OffsetDateTime proposedAt,
            String proposedBy,
            String reason,
            List<String> acceptedScenarioChanges,
            String proposedWhileServing,
            OffsetDateTime expiresAt,
            State stored,
            OffsetDateTime reviewedAt,
            String reviewedBy,
            String reviewNote) {

        /**
         * Whether the ruleset serving now is another than the one that served when it was proposed, whose
         * scenarios its accepted changes were worked out against; false when that one is not known.
         */
        public boolean servingChangedSince(String servingNow) {
            return proposedWhileServing != null && !proposedWhileServing.equals(servingNow);
        }

        /** Whether its proposer rejected it: the API records a withdrawal as a rejection by the proposer. */
        public boolean withdrawn() {
            return stored == State.REJECTED && proposedBy.equals(reviewedBy);
        }

        /** Its state at a moment: a pending proposal lapses at its expiry. */
        public State stateAt(OffsetDateTime now) {
            return stored == State.PENDING && !now.isBefore(expiresAt) ? State.EXPIRED : stored;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final RowMapper<Proposal> rows;

    ActivationProposals(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.rows = (row, n) -> new Proposal(
                row.getObject("proposal_id", UUID.class),
                row.getString("version"),
                row.getObject("proposed_at", OffsetDateTime.class),
                row.getString("proposed_by"),
                row.getString("reason"),
                mapper.readValue(row.getString("accepted_scenario_changes"), new TypeReference<List<String>>() {}),
                row.getString("proposed_while_serving"),
                row.getObject("expires_at", OffsetDateTime.class),
                State.valueOf(row.getString("state")),
                row.getObject("reviewed_at", OffsetDateTime.class),
                row.getString("reviewed_by"),
                row.getString("review_note"));
    }

    public void add(Proposal proposal) {
        jdbc.sql("""
                INSERT INTO ruleset_proposal (proposal_id, version, proposed_at, proposed_by, reason,
                                              accepted_scenario_changes, proposed_while_serving, expires_at, state)
                VALUES (:id, :version, :at, :by, :reason, :accepted, :serving, :expires, :state)
                """)
                .param("id", proposal.id())
                .param("version", proposal.version())
                .param("at", proposal.proposedAt())
                .param("by", proposal.proposedBy())
                .param("reason", proposal.reason())
                .param("accepted", mapper.writeValueAsString(proposal.acceptedScenarioChanges()))
                .param("serving", proposal.proposedWhileServing())
                .param("expires", proposal.expiresAt())
                .param("state", proposal.stored().name())
                .update();
    }

    /**
     * Adds the proposal unless one for the same version is still pending at {@code now}, which it answers
     * instead. Run in the caller's transaction: the version's ruleset row is locked first, so two policy
     * leads proposing it at once, on one instance or two, add one proposal and the second is told of it (a
     * review: a Java lock guarded this, which holds on one instance only).
     */
    public Optional<Proposal> addUnlessPending(Proposal proposal, OffsetDateTime now) {
        jdbc.sql("SELECT version FROM ruleset WHERE version = :version FOR UPDATE")
                .param("version", proposal.version())
                .query(String.class)
                .list();
        List<Proposal> pending = pending(proposal.version(), now);
        if (!pending.isEmpty()) {
            return Optional.of(pending.get(0));
        }
        add(proposal);
        return Optional.empty();
    }

    public Optional<Proposal> find(UUID id) {
        return jdbc.sql("SELECT * FROM ruleset_proposal WHERE proposal_id = :id")
                .param("id", id)
                .query(rows)
                .optional();
    }

    /** Newest first. */
    public List<Proposal> all() {
        return jdbc.sql("SELECT * FROM ruleset_proposal ORDER BY proposed_at DESC, proposal_id")
                .query(rows)
                .list();
    }

    /** The proposals of one version still awaiting review at a moment. */
    public List<Proposal> pending(String version, OffsetDateTime now) {
        return jdbc.sql("""
                SELECT * FROM ruleset_proposal
                WHERE version = :version AND state = 'PENDING' AND expires_at > :now
                ORDER BY proposed_at DESC
                """)
                .param("version", version)
                .param("now", now)
                .query(rows)
                .list();
    }

    /**
     * Records the review of a proposal still pending and unexpired at {@code at}; false when another review
     * came first or it lapsed, and then nothing is written.
     */
    public boolean review(UUID id, State outcome, String by, String note, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE ruleset_proposal
                        SET state = :outcome, reviewed_at = :at, reviewed_by = :by, review_note = :note
                        WHERE proposal_id = :id AND state = 'PENDING' AND expires_at > :at
                        """)
                        .param("outcome", outcome.name())
                        .param("at", at)
                        .param("by", by)
                        .param("note", note)
                        .param("id", id)
                        .update()
                == 1;
    }
}
