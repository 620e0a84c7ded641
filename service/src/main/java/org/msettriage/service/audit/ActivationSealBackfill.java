package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.store.BeanMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 28.1: every switch of the rules recorded before migration 28 gets its record id and is queued
 * for its seal, as a switch recorded since is when it is made. Done once, here: a switch that appears later
 * without a queue entry made with the key is one the service did not record, and verification names it.
 */
@Component
class ActivationSealBackfill extends BeanMigration {

    private final byte[] sealKey;

    ActivationSealBackfill(AuditKeys keys) {
        super("28.1", "seal the ruleset switches recorded so far");
        this.sealKey = keys.seal();
    }

    @Override
    public void migrate(Context context) {
        // The migration's own connection and transaction: not closed here, and undone whole on failure.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        List<Long> unnamed = jdbc.sql(
                        "SELECT activation_id FROM ruleset_activation WHERE record_id IS NULL ORDER BY activation_id")
                .query(Long.class)
                .list();
        OffsetDateTime queuedFrom = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        long order = 0;
        for (Long activationId : unnamed) {
            UUID recordId = UUID.randomUUID();
            jdbc.sql("UPDATE ruleset_activation SET record_id = :record WHERE activation_id = :id")
                    .param("record", recordId)
                    .param("id", activationId)
                    .update();
            // Its own table only: later kinds' tables do not exist yet at this version.
            QueueEntry entry =
                    QueueEntry.of(DecisionSealer.activation(jdbc, recordId).orElseThrow(), sealKey);
            // Queued a millisecond apart, in the order they were made: the sealer takes the queue by time,
            // so the chain holds the history of switches in its own order.
            jdbc.sql("INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(
                            entry.decisionId(),
                            RecordKind.ACTIVATION.name(),
                            queuedFrom.plusNanos(1_000_000L * order++),
                            entry.recordSha256(),
                            entry.queueMac())
                    .update();
        }
    }
}
