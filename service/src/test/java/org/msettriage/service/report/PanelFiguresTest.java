package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.service.MigratedStores;
import org.msettriage.service.report.PanelFigures.MonthFigures;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.StoredHashes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel's figures (policy v1.1, section 11) counted from rows written straight into a migrated store
 * of its own: each definition pinned by the rows that must and must not count. H2 here; PostgreSQL in the
 * subclass.
 */
class PanelFiguresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> AUTHORITIES = Arrays.stream(LocalAuthorityDto.values())
            .map(LocalAuthorityDto::getValue)
            .toList();

    private JdbcClient jdbc;
    private PanelFigures figures;

    /** A new store with this build's schema: an in-memory H2 database here; a PostgreSQL one in the subclass. */
    DataSource database() {
        return MigratedStores.h2("panel-figures");
    }

    @BeforeEach
    void migratedStore() {
        jdbc = JdbcClient.create(database());
        figures = new PanelFigures(jdbc);
    }

    @Test
    void aDecisionIsScreenedInTheMonthOfItsAssessmentInTheReportZone() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time); 22:30 UTC is still 30 June.
        decision("GATESHEAD", at("2026-06-30T23:30:00Z"), true, "child-a");
        decision("GATESHEAD", at("2026-06-30T22:30:00Z"), true, "child-b");
        decision("GATESHEAD", at("2026-07-10T12:00:00Z"), false, "child-c"); // not Pre-MSET eligible
        decision("SUNDERLAND", at("2026-07-10T12:00:00Z"), true, "child-d");
        decision(null, at("2026-07-10T12:00:00Z"), true, "child-e"); // no local authority: no row

        assertThat(row(months("2026-06", "2026-07", LONDON), "2026-06", "GATESHEAD")
                        .screened())
                .isEqualTo(1);
        assertThat(row(months("2026-06", "2026-07", LONDON), "2026-07", "GATESHEAD")
                        .screened())
                .isEqualTo(1);
        assertThat(row(months("2026-06", "2026-07", LONDON), "2026-07", "SUNDERLAND")
                        .screened())
                .isEqualTo(1);
        assertThat(row(months("2026-06", "2026-07", ZoneId.of("UTC")), "2026-06", "GATESHEAD")
                        .screened())
                .as("in UTC both are June's")
                .isEqualTo(2);
    }

    @Test
    void everyMonthHasARowForEveryLocalAuthorityInOrder() {
        List<MonthFigures> rows = months("2026-11", "2027-01", LONDON);

        assertThat(rows).hasSize(3 * AUTHORITIES.size());
        assertThat(rows.get(0).month()).isEqualTo(YearMonth.parse("2026-11"));
        assertThat(rows.subList(0, AUTHORITIES.size()))
                .extracting(MonthFigures::localAuthority)
                .containsExactlyElementsOf(AUTHORITIES);
        assertThat(rows.get(rows.size() - 1).month()).isEqualTo(YearMonth.parse("2027-01"));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.screened()).isZero();
            assertThat(row.heard()).isZero();
            assertThat(row.exits()).isEmpty();
        });
    }

    @Test
    void aCorrectedOutcomeCountsOnceAsItsLastRevision() {
        UUID meeting = meeting("NEWCASTLE", "2026-09-15");
        UUID exited = decision("NEWCASTLE", at("2026-09-01T10:00:00Z"), true, "child-a");
        outcome(meeting, exited, 1, "PLAN_AGREED", null);
        outcome(meeting, exited, 2, "EXITED", "MOVED_OUT_OF_AREA");
        UUID notHeardAfterAll = decision("NEWCASTLE", at("2026-09-01T10:00:00Z"), true, "child-b");
        outcome(meeting, notHeardAfterAll, 1, "PLAN_AGREED", null);
        outcome(meeting, notHeardAfterAll, 2, "NOT_HEARD", null);

        MonthFigures september = row(months("2026-09", "2026-09", LONDON), "2026-09", "NEWCASTLE");

        assertThat(september.heard()).isEqualTo(1);
        assertThat(september.exits()).containsExactly(Map.entry("MOVED_OUT_OF_AREA", 1L));
    }

    @Test
    void theScreenedThatWereHeardCountInTheMonthTheyWereScreenedOnceEach() {
        // Screened in September, heard in October and reviewed in November: September's, once.
        UUID reviewed = decision("NEWCASTLE", at("2026-09-10T10:00:00Z"), true, "child-a");
        outcome(meeting("NEWCASTLE", "2026-10-06"), reviewed, 1, "PLAN_AGREED", null);
        outcome(meeting("NEWCASTLE", "2026-11-03"), reviewed, 1, "PLAN_AGREED", null);
        // Screened and not heard; heard and corrected to not heard; heard but not screened (not counted).
        decision("NEWCASTLE", at("2026-09-11T10:00:00Z"), true, "child-b");
        UUID corrected = decision("NEWCASTLE", at("2026-09-12T10:00:00Z"), true, "child-c");
        UUID octoberMeeting = meeting("NEWCASTLE", "2026-10-07");
        outcome(octoberMeeting, corrected, 1, "PLAN_AGREED", null);
        outcome(octoberMeeting, corrected, 2, "NOT_HEARD", null);
        outcome(
                octoberMeeting,
                decision("NEWCASTLE", at("2026-09-13T10:00:00Z"), false, "child-d"),
                1,
                "EXITED",
                "OTHER");

        List<MonthFigures> rows = months("2026-09", "2026-11", LONDON);

        MonthFigures september = row(rows, "2026-09", "NEWCASTLE");
        assertThat(september.screened()).isEqualTo(3);
        assertThat(september.screenedHeard()).isEqualTo(1);
        assertThat(september.heard()).isZero();
        // October's hearings were of September's referrals: heard there, none of October's screened.
        assertThat(row(rows, "2026-10", "NEWCASTLE").heard()).isEqualTo(2);
        assertThat(row(rows, "2026-10", "NEWCASTLE").screenedHeard()).isZero();
    }

    @Test
    void aChildReferredSeveralTimesAndHeardOnTheLatestReachedThePanelOnEach() {
        // The agenda lists a child once, by the latest decision: the earlier referrals have no outcome of
        // their own, yet the child they were about was heard (the review of this change).
        decision("NEWCASTLE", at("2026-08-20T10:00:00Z"), true, "child-a");
        decision("NEWCASTLE", at("2026-09-05T10:00:00Z"), true, "child-a");
        UUID latest = decision("NEWCASTLE", at("2026-09-25T10:00:00Z"), true, "child-a");
        outcome(meeting("NEWCASTLE", "2026-10-06"), latest, 1, "PLAN_AGREED", null);
        // The same child's referral in another local authority, and one made after the hearing: not heard.
        decision("GATESHEAD", at("2026-09-06T10:00:00Z"), true, "child-a");
        decision("NEWCASTLE", at("2026-10-20T10:00:00Z"), true, "child-a");

        List<MonthFigures> rows = months("2026-08", "2026-10", LONDON);

        assertThat(row(rows, "2026-08", "NEWCASTLE").screenedHeard()).isEqualTo(1);
        assertThat(row(rows, "2026-09", "NEWCASTLE").screenedHeard()).isEqualTo(2);
        assertThat(row(rows, "2026-09", "GATESHEAD").screenedHeard()).isZero();
        assertThat(row(rows, "2026-10", "NEWCASTLE").screened()).isEqualTo(1);
        assertThat(row(rows, "2026-10", "NEWCASTLE").screenedHeard()).isZero();
    }

    @Test
    void theDashboardCountsTheScreenedThatWereHeardAsThePanelReportDoes() {
        UUID heard = decision("NEWCASTLE", at("2026-09-10T10:00:00Z"), true, "child-a");
        outcome(meeting("NEWCASTLE", "2026-10-06"), heard, 1, "EXITED", "SUFFICIENTLY_SAFE");
        outcome(meeting("NEWCASTLE", "2026-11-03"), heard, 1, "PLAN_AGREED", null);
        decision("NEWCASTLE", at("2026-09-11T10:00:00Z"), true, "child-b");
        outcome(
                meeting("NEWCASTLE", "2026-10-07"),
                decision("NEWCASTLE", at("2026-10-01T10:00:00Z"), false, "c"),
                1,
                "PLAN_AGREED",
                null);
        AnalysisFigures dashboard = new AnalysisFigures(jdbc);
        List<YearMonth> months = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        AnalysisFigures.Period byMonth = new AnalysisFigures.Period(
                DateBasis.ASSESSED,
                AnalysisFigures.startOf(months.get(0), LONDON),
                AnalysisFigures.startOf(months.get(1).plusMonths(1), LONDON),
                months,
                LONDON);
        AnalysisFigures.Period whole =
                new AnalysisFigures.Period(DateBasis.ASSESSED, byMonth.from(), byMonth.before(), List.of(), LONDON);

        assertThat(dashboard.screenedHeard(byMonth, true))
                .containsExactly(Map.entry(AnalysisFigures.childrenKey("2026-09", "NEWCASTLE", true), 1L));
        assertThat(dashboard.screenedHeard(whole, true))
                .containsExactly(Map.entry(AnalysisFigures.childrenKey(null, "NEWCASTLE", true), 1L));
        assertThat(row(months("2026-09", "2026-09", LONDON), "2026-09", "NEWCASTLE")
                        .screenedHeard())
                .isEqualTo(1);
    }

    @Test
    void notHeardIsNotHeard() {
        UUID meeting = meeting("NEWCASTLE", "2026-09-15");
        outcome(meeting, decision("NEWCASTLE", at("2026-09-01T10:00:00Z"), true, "child-a"), 1, "NOT_HEARD", null);
        outcome(meeting, decision("NEWCASTLE", at("2026-09-01T10:00:00Z"), true, "child-b"), 1, "PLAN_AGREED", null);

        assertThat(row(months("2026-09", "2026-09", LONDON), "2026-09", "NEWCASTLE")
                        .heard())
                .isEqualTo(1);
    }

    @Test
    void heardCountsByTheMeetingsLocalAuthorityAndDay() {
        // The decision was Gateshead's and assessed in August; the hearing was Sunderland's, on 1 October.
        UUID decision = decision("GATESHEAD", at("2026-08-20T10:00:00Z"), true, "child-a");
        outcome(meeting("SUNDERLAND", "2026-10-01"), decision, 1, "PLAN_AGREED", null);

        List<MonthFigures> rows = months("2026-08", "2026-10", LONDON);

        assertThat(row(rows, "2026-10", "SUNDERLAND").heard()).isEqualTo(1);
        assertThat(row(rows, "2026-10", "GATESHEAD").heard()).isZero();
        assertThat(row(rows, "2026-09", "SUNDERLAND").heard()).isZero();
        assertThat(row(rows, "2026-08", "GATESHEAD").screened()).isEqualTo(1);
    }

    @Test
    void aChildHeardAtAnEarlierMeetingOfTheSameLocalAuthorityIsHeardMoreThanOnce() {
        UUID may = meeting("GATESHEAD", "2026-05-12");
        UUID earlyJune = meeting("GATESHEAD", "2026-06-02");
        UUID lateJune = meeting("GATESHEAD", "2026-06-23");
        UUID elsewhere = meeting("SUNDERLAND", "2026-05-12");
        // Heard in May and again in June (twice, for two decisions, at the same meeting): one child.
        heard(may, "again");
        heard(lateJune, "again");
        heard(lateJune, "again");
        // Heard twice within June: the later June meeting had an earlier one.
        heard(earlyJune, "twice-in-june");
        heard(lateJune, "twice-in-june");
        // Heard for the first time in June.
        heard(lateJune, "first-time");
        // Heard before only by another local authority's panel.
        heard(elsewhere, "moved");
        heard(lateJune, "moved");
        // Before: not heard, and heard but corrected to not heard. Neither was a hearing.
        outcome(may, decision("GATESHEAD", at("2026-05-01T10:00:00Z"), true, "not-heard-before"), 1, "NOT_HEARD", null);
        heard(lateJune, "not-heard-before");
        UUID corrected = decision("GATESHEAD", at("2026-05-01T10:00:00Z"), true, "corrected-before");
        outcome(may, corrected, 1, "PLAN_AGREED", null);
        outcome(may, corrected, 2, "NOT_HEARD", null);
        heard(lateJune, "corrected-before");
        // Heard in May and June, but retention has since removed the child's reference.
        heard(may, null);
        heard(lateJune, null);

        List<MonthFigures> rows = months("2026-05", "2026-06", LONDON);

        assertThat(row(rows, "2026-06", "GATESHEAD").childrenHeardMoreThanOnce())
                .as("'again' and 'twice-in-june'")
                .isEqualTo(2);
        assertThat(row(rows, "2026-05", "GATESHEAD").childrenHeardMoreThanOnce())
                .isZero();
        assertThat(row(rows, "2026-06", "GATESHEAD").heard())
                .as("every hearing counts in heard: 1 on 2 June and 8 on 23 June")
                .isEqualTo(9);
    }

    @Test
    void exitsAreCountedByReasonAtTheMeetingsOfTheMonth() {
        UUID october = meeting("NORTHUMBERLAND", "2026-10-20");
        outcome(
                october,
                decision("NORTHUMBERLAND", at("2026-10-01T10:00:00Z"), true, "a"),
                1,
                "EXITED",
                "SUFFICIENTLY_SAFE");
        outcome(
                october,
                decision("NORTHUMBERLAND", at("2026-10-01T10:00:00Z"), true, "b"),
                1,
                "EXITED",
                "SUFFICIENTLY_SAFE");
        outcome(october, decision("NORTHUMBERLAND", at("2026-10-01T10:00:00Z"), true, "c"), 1, "EXITED", "OTHER");
        outcome(october, decision("NORTHUMBERLAND", at("2026-10-01T10:00:00Z"), true, "d"), 1, "PLAN_AGREED", null);
        UUID november = meeting("NORTHUMBERLAND", "2026-11-01");
        outcome(
                november,
                decision("NORTHUMBERLAND", at("2026-10-01T10:00:00Z"), true, "e"),
                1,
                "EXITED",
                "TURNED_18_TRANSITIONED");

        List<MonthFigures> rows = months("2026-10", "2026-11", LONDON);

        assertThat(row(rows, "2026-10", "NORTHUMBERLAND").exits())
                .containsOnly(Map.entry("SUFFICIENTLY_SAFE", 2L), Map.entry("OTHER", 1L));
        assertThat(row(rows, "2026-10", "NORTHUMBERLAND").heard()).isEqualTo(4);
        assertThat(row(rows, "2026-11", "NORTHUMBERLAND").exits())
                .containsOnly(Map.entry("TURNED_18_TRANSITIONED", 1L));
        assertThat(row(rows, "2026-10", "NORTHUMBERLAND").plansAgreed()).isEqualTo(1);
        assertThat(row(rows, "2026-11", "NORTHUMBERLAND").plansAgreed()).isZero();
    }

    @Test
    void anExitStoredWithoutAReasonIsAHearingButNotAPlan() {
        // The API never stores one, but the column allows it: counted as the hearings less the exits by
        // reason, it was a plan, and the agreed actions were weighed against it (a review).
        UUID meeting = meeting("SOUTH_TYNESIDE", "2026-10-20");
        outcome(meeting, decision("SOUTH_TYNESIDE", at("2026-10-01T10:00:00Z"), true, "a"), 1, "EXITED", null);

        MonthFigures october = row(months("2026-10", "2026-10", LONDON), "2026-10", "SOUTH_TYNESIDE");

        assertThat(october.heard()).isEqualTo(1);
        assertThat(october.exits()).isEmpty();
        assertThat(october.plansAgreed()).isZero();
    }

    @Test
    void theMonthsOutsideThePeriodAreNotCounted() {
        decision("GATESHEAD", at("2026-05-31T22:59:00Z"), true, "a"); // 23:59 on 31 May in London
        decision("GATESHEAD", at("2026-08-01T00:00:00Z"), true, "b"); // 01:00 on 1 August
        outcome(
                meeting("GATESHEAD", "2026-05-31"),
                decision("GATESHEAD", at("2026-05-01T10:00:00Z"), true, "c"),
                1,
                "PLAN_AGREED",
                null);

        List<MonthFigures> rows = months("2026-06", "2026-07", LONDON);

        assertThat(rows).allSatisfy(row -> {
            assertThat(row.screened()).isZero();
            assertThat(row.heard()).isZero();
        });
    }

    private List<MonthFigures> months(String first, String last, ZoneId zone) {
        return figures.months(YearMonth.parse(first), YearMonth.parse(last), zone, AUTHORITIES);
    }

    private static MonthFigures row(List<MonthFigures> rows, String month, String localAuthority) {
        return rows.stream()
                .filter(r -> r.month().equals(YearMonth.parse(month))
                        && r.localAuthority().equals(localAuthority))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + month + " " + localAuthority));
    }

    /** A hearing (PLAN_AGREED) at a meeting for a new decision about the child. */
    private void heard(UUID meeting, String child) {
        String authority = jdbc.sql("SELECT local_authority FROM panel_meeting WHERE meeting_id = :id")
                .param("id", meeting)
                .query(String.class)
                .single();
        outcome(meeting, decision(authority, at("2026-04-01T10:00:00Z"), true, child), 1, "PLAN_AGREED", null);
    }

    private UUID decision(String localAuthority, OffsetDateTime assessedAt, boolean preMset, String child) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                      risk_level, fired_rules_json, local_authority, pathway, pre_mset_eligible,
                                      mset_panel_eligible, child_ref_hash)
                VALUES (:id, :assessedAt, :assessedAt, '2026.12.2', :sha, 'MODERATE', '{}', :localAuthority,
                        'PRE_MSET', :preMset, :preMset, :child)
                """)
                .param("id", id)
                .param("assessedAt", assessedAt)
                .param("sha", HashBytes.of("0".repeat(64)))
                .param("localAuthority", localAuthority)
                .param("preMset", preMset)
                .param("child", StoredHashes.of(child))
                .update();
        return id;
    }

    private UUID meeting(String localAuthority, String heldOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO panel_meeting (meeting_id, local_authority, held_on, created_at, caller_method, caller_name)
                VALUES (:id, :localAuthority, :heldOn, CURRENT_TIMESTAMP, 'API_KEY', 'test')
                """)
                .param("id", id)
                .param("localAuthority", localAuthority)
                .param("heldOn", LocalDate.parse(heldOn))
                .update();
        return id;
    }

    private void outcome(UUID meeting, UUID decision, int revision, String outcome, String exitReason) {
        jdbc.sql("""
                INSERT INTO panel_outcome (outcome_id, meeting_id, decision_id, revision, outcome, exit_reason,
                                           details_encrypted, details_sha256, recorded_at, caller_method,
                                           caller_name)
                VALUES (:id, :meeting, :decision, :revision, :outcome, :exitReason, 'x', REPEAT('0', 64),
                        CURRENT_TIMESTAMP,
                        'API_KEY', 'test')
                """)
                .param("id", UUID.randomUUID())
                .param("meeting", meeting)
                .param("decision", decision)
                .param("revision", revision)
                .param("outcome", outcome)
                .param("exitReason", exitReason)
                .update();
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
