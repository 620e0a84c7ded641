package org.msettriage.service.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.referral.RiskLevel;
import org.msettriage.service.MigratedStores;
import org.msettriage.service.shadow.ShadowRuns.Difference;
import org.msettriage.service.shadow.ShadowRuns.Shown;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.StoredHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shadow run's counts and its rows of differences are read together: a shadow that records a comparison
 * just before every statement of the read (the narrowest window a running shadow can hit) still leaves the
 * counts and the rows agreeing. H2 here; PostgreSQL in the subclass.
 */
class ShadowRecordsTest {

    private static final String SHADOW = "shadow-1";
    private static final String SERVING = "serving-1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DataSource store;
    private JdbcClient jdbc;
    private final List<UUID> recorded = new ArrayList<>();

    /** A new store with this build's schema: an in-memory H2 database here; a PostgreSQL one in the subclass. */
    DataSource database() {
        return MigratedStores.h2("shadow-records");
    }

    @BeforeEach
    void aShadowRunWithTwoDifferences() {
        store = database();
        jdbc = JdbcClient.create(store);
        ruleset(SERVING);
        ruleset(SHADOW);
        jdbc.sql("""
                INSERT INTO shadow_run (version, started_at, started_by, running, compared, differing)
                VALUES (:version, :at, 'lead', TRUE, 0, 0)
                """)
                .param("version", SHADOW)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        compare(jdbc, true);
        compare(jdbc, false);
        compare(jdbc, true);
    }

    @Test
    void theCountsAndTheRowsAgreeWhileTheShadowRecordsAComparisonBeforeEachStatement() {
        AtomicInteger comparisons = new AtomicInteger();
        DataSource comparing = comparingBeforeEachStatement(comparisons);

        Shown shown = new ShadowRecords(JdbcClient.create(comparing), MAPPER)
                .shown(SHADOW, 0, 100)
                .orElseThrow();

        assertThat(comparisons)
                .as("a comparison recorded while the page was read")
                .hasPositiveValue();
        assertThat(shown.differences())
                .as("as many rows as the counts say differed")
                .hasSize((int) shown.run().differing());
        assertThat(shown.run().compared()).isEqualTo(3 + comparisons.get());
        assertThat(shown.differences())
                .extracting(Difference::decisionId)
                .as("newest first")
                .isEqualTo(newestFirst());
    }

    @Test
    void aPageOfDifferencesIsTheNewestFirstBesideTheWholeRunsCounts() {
        ShadowRecords records = new ShadowRecords(jdbc, MAPPER);

        Shown second = records.shown(SHADOW, 1, 1).orElseThrow();
        Shown beyond = records.shown(SHADOW, 5, 1).orElseThrow();

        assertThat(second.run().differing()).isEqualTo(2);
        assertThat(second.run().compared()).isEqualTo(3);
        assertThat(second.run().running()).isTrue();
        assertThat(second.differences()).extracting(Difference::decisionId).containsExactly(recorded.get(0));
        assertThat(second.differences().get(0).change().toLevel()).isEqualTo(RiskLevel.SIGNIFICANT);
        assertThat(second.differences().get(0).activeVersion()).isEqualTo(SERVING);
        assertThat(beyond.run().differing())
                .as("the counts, with no row on this page")
                .isEqualTo(2);
        assertThat(beyond.differences()).isEmpty();
        assertThat(records.shown(SERVING, 0, 100)).as("never run in shadow").isEmpty();
    }

    /** The store as the page reads it, with a shadow that records a comparison just before each statement. */
    private DataSource comparingBeforeEachStatement(AtomicInteger comparisons) {
        return new DelegatingDataSource(store) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection reading = super.getConnection();
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare")
                                    || method.getName().equals("createStatement")) {
                                compareInOneTransaction();
                                comparisons.incrementAndGet();
                            }
                            try {
                                return method.invoke(reading, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /** As the shadow runner records a comparison: its count and its row committed together. */
    private void compareInOneTransaction() throws SQLException {
        try (Connection writing = store.getConnection()) {
            writing.setAutoCommit(false);
            compare(JdbcClient.create(new SingleConnectionDataSource(writing, true)), true);
            writing.commit();
        }
    }

    private void compare(JdbcClient on, boolean differs) {
        on.sql("UPDATE shadow_run SET compared = compared + 1, differing = differing + :differs WHERE version = :v")
                .param("differs", differs ? 1 : 0)
                .param("v", SHADOW)
                .update();
        if (!differs) {
            return;
        }
        UUID decision = decision(on);
        on.sql("""
                INSERT INTO shadow_difference (shadow_version, decision_id, recorded_at, active_version,
                                               active_sha256, change_json)
                VALUES (:version, :decision, :at, :active, :sha, :change)
                """)
                .param("version", SHADOW)
                .param("decision", decision)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("active", SERVING)
                .param("sha", "a".repeat(64))
                .param("change", MAPPER.writeValueAsString(change(decision)))
                .update();
        recorded.add(decision);
    }

    private List<UUID> newestFirst() {
        List<UUID> newestFirst = new ArrayList<>(recorded);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static ImpactReport.Change change(UUID decision) {
        return new ImpactReport.Change(
                ReplayedReferral.Source.DECISION,
                decision.toString(),
                RiskLevel.MODERATE,
                RiskLevel.SIGNIFICANT,
                "PRE_MSET",
                "MSET_PANEL",
                true,
                true,
                false,
                true,
                List.of(),
                List.of(),
                List.of());
    }

    private static UUID decision(JdbcClient on) {
        UUID id = UUID.randomUUID();
        on.sql("""
                INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                      risk_level, fired_rules_json, local_authority, pathway, pre_mset_eligible,
                                      mset_panel_eligible, child_ref_hash)
                VALUES (:id, :at, :at, :version, :sha, 'MODERATE', '{}', 'GATESHEAD', 'PRE_MSET', TRUE, FALSE,
                        :child)
                """)
                .param("id", id)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("version", SERVING)
                .param("sha", HashBytes.of("a".repeat(64)))
                .param("child", StoredHashes.of("child"))
                .update();
        return id;
    }

    private void ruleset(String version) {
        jdbc.sql("""
                INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)
                VALUES (:version, :sha, 'UPLOAD', :at, 'lead')
                """)
                .param("version", version)
                .param("sha", "a".repeat(64))
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
