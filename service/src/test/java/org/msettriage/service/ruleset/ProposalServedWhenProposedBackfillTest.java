package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A store made before migration 38 keeps proposals with no record of the ruleset serving when each was
 * made: migration 38 gives each the version switched to last at or before its moment (the later row of
 * two switches at one moment, as that row names what served), and none to a proposal older than every
 * switch.
 */
class ProposalServedWhenProposedBackfillTest {

    private static final OffsetDateTime DAY = OffsetDateTime.of(2026, 11, 2, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String PACKAGED = "2026.12.2";

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void proposalsKeptBeforeMigrationThirtyEightNameTheRulesetSwitchedToLastBeforeThem() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway().target("37").load().migrate();
        for (String version : List.of(PACKAGED, "raised-1", "raised-2")) {
            ruleset(jdbc, version);
        }
        proposal(jdbc, "before any switch", "raised-1", 8, "EXPIRED");
        activation(jdbc, 1, PACKAGED, "FIRST_START", 9, null);
        UUID approved = proposal(jdbc, "while the packaged ruleset served", "raised-1", 10, "APPROVED");
        activation(jdbc, 2, "raised-1", "ACTIVATE", 11, approved);
        proposal(jdbc, "at the very moment raised-1 came to serve", "raised-2", 11, "REJECTED");
        // Two switches at one moment: the row written later names what served.
        activation(jdbc, 3, "raised-1", "ROLLBACK", 12, null);
        activation(jdbc, 4, PACKAGED, "ROLLBACK", 12, null);
        proposal(jdbc, "after two switches at one moment", "raised-2", 13, "PENDING");

        store.flyway().target("38").load().migrate();

        assertThat(jdbc.sql("SELECT reason, proposed_while_serving FROM ruleset_proposal ORDER BY proposed_at")
                        .query((row, n) -> row.getString(1) + ": " + row.getString(2))
                        .list())
                .containsExactly(
                        "before any switch: null",
                        "while the packaged ruleset served: " + PACKAGED,
                        "at the very moment raised-1 came to serve: raised-1",
                        "after two switches at one moment: " + PACKAGED);
    }

    private static void ruleset(JdbcClient jdbc, String version) {
        jdbc.sql("INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)"
                        + " VALUES (:version, :sha, 'UPLOAD', :at, 'API_KEY:demo-policy-lead')")
                .param("version", version)
                .param("sha", "0".repeat(64))
                .param("at", DAY)
                .update();
    }

    private static UUID proposal(JdbcClient jdbc, String reason, String version, int hour, String state) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO ruleset_proposal (proposal_id, version, proposed_at, proposed_by, reason,"
                        + " accepted_scenario_changes, expires_at, state)"
                        + " VALUES (:id, :version, :at, 'API_KEY:demo-policy-lead', :reason, '[]', :expires, :state)")
                .param("id", id)
                .param("version", version)
                .param("at", DAY.plusHours(hour))
                .param("reason", reason)
                .param("expires", DAY.plusHours(hour).plusDays(7))
                .param("state", state)
                .update();
        return id;
    }

    private static void activation(JdbcClient jdbc, long id, String version, String kind, int hour, UUID proposal) {
        jdbc.sql("INSERT INTO ruleset_activation (activation_id, version, kind, activated_at, activated_by, reason,"
                        + " accepted_scenario_changes, proposal_id, record_id)"
                        + " VALUES (:id, :version, :kind, :at, 'API_KEY:demo-second-policy-lead', 'why', '[]',"
                        + " :proposal, :record)")
                .param("id", id)
                .param("version", version)
                .param("kind", kind)
                .param("at", DAY.plusHours(hour))
                .param("proposal", proposal)
                .param("record", UUID.randomUUID())
                .update();
    }
}
