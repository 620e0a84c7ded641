package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.MigratedStores;
import org.msettriage.service.report.AnalysisFigures.Interviews;
import org.msettriage.service.report.AnalysisFigures.Period;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.StoredHashes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Return home interviews counted from rows written straight into a migrated store of its own: a missing
 * episode reported by several referrals counts once, per month and over the period, and decisions stored
 * before episodes were kept count their own. H2 here; PostgreSQL in the subclass.
 */
class ReturnInterviewFiguresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private JdbcClient jdbc;
    private AnalysisFigures figures;

    DataSource database() {
        return MigratedStores.h2("interview-figures");
    }

    @BeforeEach
    void migratedStore() {
        jdbc = JdbcClient.create(database());
        figures = new AnalysisFigures(jdbc);
    }

    @Test
    void aChildReferredTwiceWithTheSameThreeEpisodesHasThreeDueAndTwoInTime() {
        for (int referral = 0; referral < 2; referral++) {
            UUID decision = decision("GATESHEAD", "2026-11-1" + referral + "T10:00:00Z", 3, 2);
            episode(decision, "episode-1", true);
            episode(decision, "episode-2", true);
            episode(decision, "episode-3", false);
        }

        assertThat(whole("2026-11", "2026-11", false)).isEqualTo(new Interviews(3, 2));
    }

    @Test
    void anEpisodeOfferedInTimeInAnyReferralCountsAsOffered() {
        episode(decision("GATESHEAD", "2026-11-02T10:00:00Z", 1, 0), "episode-1", false);
        episode(decision("GATESHEAD", "2026-11-20T10:00:00Z", 1, 1), "episode-1", true);

        assertThat(whole("2026-11", "2026-11", false)).isEqualTo(new Interviews(1, 1));
    }

    @Test
    void anEpisodeCountsOnceInEachMonthItIsReportedInAndOnceOverThePeriod() {
        episode(decision("SUNDERLAND", "2026-10-20T10:00:00Z", 1, 1), "episode-1", true);
        UUID november = decision("SUNDERLAND", "2026-11-03T10:00:00Z", 2, 1);
        episode(november, "episode-1", true);
        episode(november, "episode-2", false);

        Map<String, Interviews> byMonth = figures.interviews(period("2026-10", "2026-11"), true);

        assertThat(byMonth.get(AnalysisFigures.childrenKey("2026-10", "SUNDERLAND", true)))
                .isEqualTo(new Interviews(1, 1));
        assertThat(byMonth.get(AnalysisFigures.childrenKey("2026-11", "SUNDERLAND", true)))
                .isEqualTo(new Interviews(2, 1));
        assertThat(whole("2026-10", "2026-11", true)).as("by local authority").isEqualTo(new Interviews(2, 1));
    }

    @Test
    void decisionsStoredBeforeEpisodesWereKeptAddTheirOwnCounts() {
        decision("GATESHEAD", "2026-11-02T10:00:00Z", 4, 3); // no episode rows: stored before migration 35
        decision("GATESHEAD", "2026-11-02T11:00:00Z", 0, 0);
        episode(decision("GATESHEAD", "2026-11-03T10:00:00Z", 1, 0), "episode-9", false);

        assertThat(whole("2026-11", "2026-11", false)).isEqualTo(new Interviews(5, 3));
    }

    @Test
    void decisionsOutsideThePeriodAreNotCounted() {
        episode(decision("GATESHEAD", "2026-09-30T22:30:00Z", 1, 1), "episode-1", true); // 23:30 in London

        assertThat(figures.interviews(period("2026-10", "2026-10"), false)).isEmpty();
    }

    private Interviews whole(String first, String last, boolean byAuthority) {
        Period months = period(first, last);
        Period whole = new Period(months.basis(), months.from(), months.before(), List.of(), LONDON);
        return figures.interviews(whole, byAuthority).values().stream().reduce(new Interviews(0, 0), Interviews::plus);
    }

    private static Period period(String first, String last) {
        List<YearMonth> months = YearMonth.parse(first).equals(YearMonth.parse(last))
                ? List.of(YearMonth.parse(first))
                : List.of(YearMonth.parse(first), YearMonth.parse(last));
        return new Period(
                DateBasis.ASSESSED,
                AnalysisFigures.startOf(months.get(0), LONDON),
                AnalysisFigures.startOf(months.get(months.size() - 1).plusMonths(1), LONDON),
                months,
                LONDON);
    }

    private UUID decision(String localAuthority, String assessedAt, int rhiDue, int rhiOffered) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                      risk_level, fired_rules_json, local_authority, pathway, pre_mset_eligible,
                                      mset_panel_eligible, child_ref_hash, rhi_due, rhi_offered)
                VALUES (:id, :assessedAt, :assessedAt, '2026.12.2', :sha, 'MODERATE', '{}', :localAuthority,
                        'PRE_MSET', TRUE, FALSE, :child, :due, :offered)
                """)
                .param("id", id)
                .param("assessedAt", OffsetDateTime.parse(assessedAt))
                .param("sha", HashBytes.of("0".repeat(64)))
                .param("localAuthority", localAuthority)
                .param("child", StoredHashes.of("one child"))
                .param("due", rhiDue)
                .param("offered", rhiOffered)
                .update();
        return id;
    }

    private void episode(UUID decision, String episode, boolean offered) {
        jdbc.sql("INSERT INTO decision_return_interview (decision_id, episode_hash, offered)"
                        + " VALUES (:decision, :hash, :offered)")
                .param("decision", decision)
                .param("hash", String.format("%32s", episode).replace(' ', '0'))
                .param("offered", offered)
                .update();
    }
}
