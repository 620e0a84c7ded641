package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.msettriage.service.store.HashesKeptAsBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * A store made before migration 30 holds panel meetings with no seal: migration 30.1 queues each with the
 * seal key, so the sealer seals them and verification does not report every earlier meeting as unsealed.
 */
class MeetingSealBackfillTest {

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void meetingsSetUpBeforeMigrationThirtyAreQueuedWithTheKey() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway().target("29").load().migrate();
        for (String day : List.of("2026-11-10", "2026-12-08")) {
            jdbc.sql("""
                    INSERT INTO panel_meeting (meeting_id, local_authority, held_on, created_at, caller_method,
                                               caller_name)
                    VALUES (:id, 'NEWCASTLE', CAST(:day AS DATE), CURRENT_TIMESTAMP, 'API_KEY', 'coordinator')
                    """).param("id", UUID.randomUUID()).param("day", day).update();
        }
        AuditKeys keys = new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());

        store.flyway()
                .javaMigrations(new MeetingSealBackfill(keys))
                .target("30.1")
                .load()
                .migrate();

        List<UUID> meetings = jdbc.sql("SELECT meeting_id FROM panel_meeting")
                .query(UUID.class)
                .list();
        assertThat(meetings).hasSize(2);
        for (UUID meetingId : meetings) {
            List<QueueEntry> queued = jdbc.sql("SELECT decision_id, record_sha256, queue_mac FROM decision_unsealed"
                            + " WHERE decision_id = :id AND record_kind = 'MEETING'")
                    .param("id", meetingId)
                    .query((row, n) -> new QueueEntry(
                            row.getObject("decision_id", UUID.class),
                            row.getString("record_sha256"),
                            row.getString("queue_mac")))
                    .list();
            SealedMeeting meeting = jdbc.sql("SELECT " + SealedMeeting.COLUMNS_OF_MIGRATION_30
                            + " FROM panel_meeting pm WHERE pm.meeting_id = :id")
                    .param("id", meetingId)
                    .query((row, n) -> SealedMeeting.fromMigration30(row))
                    .single();
            // As the sealer checks it: made with the key, and the meeting still as it was queued.
            assertThat(queued)
                    .singleElement()
                    .satisfies(entry ->
                            assertThat(entry.matches(meeting, keys.seal())).isTrue());
        }
    }

    /**
     * A meeting queued by migration 30.1 is sealed as it was queued, however many later migrations ran
     * first: migration 43 gave meetings a day's end, which one set up before keeps empty, so its queued hash
     * is still the one the sealer works out now (39 kept the queue's hashes as bytes, 31.1 and 32.1 queued
     * other kinds).
     */
    @Test
    void aMeetingQueuedThenIsStillItsQueueEntryAtTheLatestMigration() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway().target("29").load().migrate();
        UUID meetingId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO panel_meeting (meeting_id, local_authority, held_on, created_at, caller_method,
                                           caller_name)
                VALUES (:id, 'GATESHEAD', DATE '2026-07-14', CURRENT_TIMESTAMP, 'API_KEY', 'coordinator')
                """).param("id", meetingId).update();
        AuditKeys keys = new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());

        store.flyway()
                .javaMigrations(
                        new MeetingSealBackfill(keys),
                        new AccessSealBackfill(keys),
                        new FeedbackSealBackfill(keys),
                        new HashesKeptAsBytes())
                .load()
                .migrate();

        assertThat(jdbc.sql("SELECT day_ends_at FROM panel_meeting WHERE meeting_id = :id")
                        .param("id", meetingId)
                        .query(OffsetDateTime.class)
                        .optional())
                .isEmpty();
        assertThat(DecisionSealer.queued(jdbc, RecordKind.MEETING, meetingId))
                .containsExactly(DecisionSealer.entryOf(jdbc, RecordKind.MEETING, meetingId, keys.seal()));
    }
}
