package org.msettriage.service.decision;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.FiredRules;
import org.msettriage.service.audit.MissingEpisodeHash;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;
import org.msettriage.service.store.HashBytes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of decisions in one transaction: their rows, their identifiers' hashes, their Idempotency-Keys, their places in the
 * sealing queue and the rule catalogue's counts. All of the batch is stored or none of it. The personal content was protected
 * (compressed and encrypted) by each caller's own thread before it queued, so that work runs in parallel
 * and the one writer only writes.
 */
@Component
class DecisionBatch implements BatchStore {

    private static final String INSERT = """
            INSERT INTO decision (decision_id, assessed_at, decided_at, ruleset_version, ruleset_sha256, risk_level,
                                  child_ref_hash, request_sealed, response_sealed, personal_sha256, fired_rules_packed,
                                  caller_method, caller_name, local_authority, pathway, pre_mset_eligible,
                                  mset_panel_eligible, referral_ref_hash, gender, age_band, care_status,
                                  referring_agency, exploitation_types, rhi_due, rhi_offered, service_build,
                                  panel_unmet_rules)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String INSERT_IDENTIFIER = "INSERT INTO decision_identifier (identifier_hash, assessed_at,"
            + " decision_id, child_ref_hash, local_authority) VALUES (?, ?, ?, ?, ?)";

    private static final String INSERT_INTERVIEW =
            "INSERT INTO decision_return_interview (decision_id, episode_hash, offered) VALUES (?, ?, ?)";

    private static final String INSERT_KEY =
            "INSERT INTO idempotency_key (key_hash, request_hash, decision_id, created_at) VALUES (?, ?, ?, ?)";

    /**
     * A decision with its personal content, the rules that fired and its due return home interviews (keyed by
     * the episode's hash, each once) in the forms they are stored.
     */
    record Prepared(
            NewDecision decision,
            PersonalContent.Protected content,
            String referralRefHash,
            byte[] firedRules,
            Map<String, Boolean> interviewsByEpisodeHash) {}

    /** A batch that has not committed by then is rolled back and failed, so no caller waits without end. */
    static final int TIMEOUT_SECONDS = 10;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PersonalContent personal;
    private final ReferralRefHash referralRefs;
    private final MissingEpisodeHash episodes;
    private final DecisionSealer sealer;
    private final RuleFiringCounts counts;
    private final JsonMapper mapper;
    private final String build;

    DecisionBatch(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            PersonalContent personal,
            ReferralRefHash referralRefs,
            MissingEpisodeHash episodes,
            DecisionSealer sealer,
            RuleFiringCounts counts,
            JsonMapper mapper,
            ServiceBuild build) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout(TIMEOUT_SECONDS);
        this.personal = personal;
        this.referralRefs = referralRefs;
        this.episodes = episodes;
        this.sealer = sealer;
        this.counts = counts;
        this.mapper = mapper;
        this.build = build.id();
    }

    @Override
    public Prepared prepare(NewDecision decision) {
        return new Prepared(
                decision,
                personal.protect(
                        decision.decisionId(), decision.childRef(), decision.requestJson(), decision.responseJson()),
                referralRefs.of(decision.referralRef()),
                FiredRules.pack(mapper.writeValueAsString(decision.firedRules())),
                interviews(decision));
    }

    /** An episode listed twice in one referral is one episode, offered in time if either listing says so. */
    private Map<String, Boolean> interviews(NewDecision decision) {
        Map<String, Boolean> byHash = new LinkedHashMap<>();
        for (DecisionProfile.DueInterview due : decision.profile().dueInterviews()) {
            byHash.merge(episodes.of(decision.childRef(), due.episode()), due.offered(), Boolean::logicalOr);
        }
        return byHash;
    }

    @Override
    public Map<UUID, IdempotencyKeys.Earlier> write(List<Prepared> batch) {
        try {
            return writeOnce(batch);
        } catch (DuplicateKeyException raced) {
            // Another instance committed one of these Idempotency-Keys after this batch looked for it (the
            // database made this insert wait for that commit, then refused it). Nothing of this batch was
            // stored; written again, the key is found, and its decision answers that call.
            return writeOnce(batch);
        }
    }

    private Map<UUID, IdempotencyKeys.Earlier> writeOnce(List<Prepared> batch) {
        return transactions.execute(status -> {
            Map<UUID, IdempotencyKeys.Earlier> replayed = alreadyKeyed(batch);
            List<Prepared> fresh = batch.stream()
                    .filter(p -> !replayed.containsKey(p.decision().decisionId()))
                    .toList();
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement row, int i) throws SQLException {
                    bind(row, fresh.get(i), build);
                }

                @Override
                public int getBatchSize() {
                    return fresh.size();
                }
            });
            // Each row carries its decision's child and local authority: links are counted from these rows
            // alone (ReferralLinks), never from the decisions' wide rows.
            record Named(String hash, Prepared prepared) {}
            List<Named> identifiers = fresh.stream()
                    .flatMap(p -> p.decision().identifierHashes().stream().map(hash -> new Named(hash, p)))
                    .toList();
            jdbc.batchUpdate(INSERT_IDENTIFIER, identifiers, identifiers.size(), (row, named) -> {
                NewDecision decision = named.prepared().decision();
                row.setBytes(1, HashBytes.of(named.hash()));
                row.setObject(2, decision.assessedAt());
                row.setObject(3, decision.decisionId());
                row.setBytes(4, HashBytes.of(named.prepared().content().childRefHash()));
                row.setString(5, decision.localAuthority());
            });
            record Due(UUID decisionId, String episodeHash, boolean offered) {}
            List<Due> interviews = fresh.stream()
                    .flatMap(p -> p.interviewsByEpisodeHash().entrySet().stream()
                            .map(e -> new Due(p.decision().decisionId(), e.getKey(), e.getValue())))
                    .toList();
            jdbc.batchUpdate(INSERT_INTERVIEW, interviews, interviews.size(), (row, due) -> {
                row.setObject(1, due.decisionId());
                row.setString(2, due.episodeHash());
                row.setBoolean(3, due.offered());
            });
            List<NewDecision> keyed = fresh.stream()
                    .map(Prepared::decision)
                    .filter(d -> d.idempotencyKey() != null)
                    .toList();
            jdbc.batchUpdate(INSERT_KEY, keyed, keyed.size(), (row, d) -> {
                row.setString(1, d.idempotencyKey().keyHash());
                row.setString(2, d.idempotencyKey().requestHash());
                row.setObject(3, d.decisionId());
                row.setObject(4, d.decidedAt());
            });
            sealer.queue(fresh.stream().map(p -> p.decision().decisionId()).toList());
            counts.add(fresh.stream().map(Prepared::decision).toList());
            return replayed;
        });
    }

    /**
     * The decisions of the batch whose Idempotency-Key already names a decision (stored earlier, or earlier
     * in this batch): they are not stored, and their callers get that decision. Read in the batch's own
     * transaction, so a retry racing its first call on this instance cannot make a second decision.
     */
    private Map<UUID, IdempotencyKeys.Earlier> alreadyKeyed(List<Prepared> batch) {
        List<String> keys = batch.stream()
                .map(p -> p.decision().idempotencyKey())
                .filter(Objects::nonNull)
                .map(IdempotencyKey::keyHash)
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        record Named(UUID decisionId, String requestHash) {}
        String in = String.join(",", Collections.nCopies(keys.size(), "?"));
        List<Object> expired = new ArrayList<>(keys);
        expired.add(OffsetDateTime.now(ZoneOffset.UTC).minus(IdempotencyKeys.KEPT));
        // A key older than the period names nothing: forgotten here, so its new decision can take it.
        jdbc.update("DELETE FROM idempotency_key WHERE key_hash IN (" + in + ") AND created_at < ?", expired.toArray());
        Map<String, Named> named = new HashMap<>();
        jdbc.query(
                "SELECT key_hash, decision_id, request_hash FROM idempotency_key WHERE key_hash IN (" + in + ")",
                row -> {
                    named.put(
                            row.getString("key_hash"),
                            new Named(row.getObject("decision_id", UUID.class), row.getString("request_hash")));
                },
                keys.toArray());
        Map<UUID, IdempotencyKeys.Earlier> replayed = new HashMap<>();
        for (Prepared prepared : batch) {
            NewDecision decision = prepared.decision();
            IdempotencyKey key = decision.idempotencyKey();
            if (key == null) {
                continue;
            }
            Named earlier = named.putIfAbsent(key.keyHash(), new Named(decision.decisionId(), key.requestHash()));
            if (earlier != null) {
                replayed.put(
                        decision.decisionId(),
                        new IdempotencyKeys.Earlier(
                                earlier.decisionId(), earlier.requestHash().equals(key.requestHash())));
            }
        }
        return replayed;
    }

    private static void bind(PreparedStatement row, Prepared prepared, String build) throws SQLException {
        NewDecision d = prepared.decision();
        row.setObject(1, d.decisionId());
        row.setObject(2, d.assessedAt());
        row.setObject(3, d.decidedAt());
        row.setString(4, d.rulesetVersion());
        row.setBytes(5, HashBytes.of(d.rulesetSha256()));
        row.setString(6, d.riskLevel());
        row.setBytes(7, HashBytes.of(prepared.content().childRefHash()));
        row.setBytes(8, prepared.content().request());
        row.setBytes(9, prepared.content().response());
        row.setBytes(10, HashBytes.of(prepared.content().sha256()));
        row.setBytes(11, prepared.firedRules());
        row.setString(12, d.caller().method().name());
        row.setString(13, d.caller().name());
        text(row, 14, d.localAuthority());
        row.setString(15, d.pathway());
        row.setBoolean(16, d.preMsetEligible());
        row.setBoolean(17, d.msetPanelEligible());
        row.setBytes(18, HashBytes.of(prepared.referralRefHash()));
        DecisionProfile profile = d.profile();
        text(row, 19, profile.gender());
        text(row, 20, profile.ageBand());
        text(row, 21, profile.careStatus());
        text(row, 22, profile.referringAgency());
        row.setString(23, profile.exploitationTypes());
        row.setShort(24, (short) profile.rhiDue());
        row.setShort(25, (short) profile.rhiOffered());
        row.setString(26, build);
        text(row, 27, d.panelUnmetRules());
    }

    private static void text(PreparedStatement row, int index, String value) throws SQLException {
        if (value == null) {
            row.setNull(index, Types.VARCHAR);
        } else {
            row.setString(index, value);
        }
    }
}
