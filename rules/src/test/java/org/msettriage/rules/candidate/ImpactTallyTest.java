package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;

/**
 * A candidate that raises one weight (tier V indicators, CURRENT, from 1 point to 2) replayed beside the
 * packaged ruleset over referrals whose outcome the policy text decides by hand.
 */
class ImpactTallyTest {

    private static TriageEngine packaged;
    private static TriageEngine raised;

    /** Score 1 + 4 = 5 (NONE); raised 1 + 8 = 9 (EMERGING, the most it can be with no present exploitation). */
    static final ReplayedReferral UP_TO_EMERGING = referral(
            "up-to-emerging",
            14,
            "FEMALE",
            "NONE",
            "GATESHEAD",
            "CSE03:HISTORIC",
            "VUL01:CURRENT",
            "VUL02:CURRENT",
            "VUL03:CURRENT",
            "VUL04:CURRENT");
    /** Score 2 + 6 = 8 (EMERGING); raised 2 + 12 = 14 (MODERATE): CSE03 RECENT is present exploitation. */
    static final ReplayedReferral UP_TO_MODERATE = referral(
            "up-to-moderate",
            16,
            "MALE",
            "CHILD_IN_NEED",
            "NEWCASTLE",
            "CSE03:RECENT",
            "VUL01:CURRENT",
            "VUL02:CURRENT",
            "VUL03:CURRENT",
            "VUL04:CURRENT",
            "VUL07:CURRENT",
            "VUL08:CURRENT");
    /** Score 1 + 1 + 4 = 6 (EMERGING); raised 7: still EMERGING, nothing else depends on the score. */
    static final ReplayedReferral SAME_LEVEL = referral(
            "same-level",
            15,
            "FEMALE",
            "NONE",
            "GATESHEAD",
            "CSE03:HISTORIC",
            "VUL01:CURRENT",
            "PULL01:CURRENT",
            "PULL02:CURRENT");
    /** No tier V indicator at all. */
    static final ReplayedReferral NO_VULNERABILITY =
            referral("no-vulnerability", 12, "FEMALE", "NONE", "SUNDERLAND", "PULL01:CURRENT");
    /** Tier V, but RECENT, whose weight did not change. */
    static final ReplayedReferral RECENT_ONLY = referral(
            "recent-only",
            14,
            "NOT_KNOWN",
            "NONE",
            "GATESHEAD",
            "CSE03:HISTORIC",
            "VUL01:RECENT",
            "VUL02:RECENT",
            "VUL03:RECENT",
            "VUL04:RECENT");

    static final List<ReplayedReferral> ALL =
            List.of(UP_TO_EMERGING, UP_TO_MODERATE, SAME_LEVEL, NO_VULNERABILITY, RECENT_ONLY);

    @BeforeAll
    static void compile() {
        packaged = Candidates.engine(Candidates.packaged());
        raised = Candidates.engine(Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1")));
    }

    @Test
    void raisingOneWeightChangesExactlyTheReferralsItShould() {
        ImpactTally tally = new ImpactTally(packaged, raised);
        ALL.forEach(tally::replay);
        ImpactReport whole = tally.report();
        ImpactReport.Figures report = whole.decisions();

        assertThat(whole.replayed()).isEqualTo(5);
        assertThat(report.replayed()).isEqualTo(5);
        assertThat(whole.scenarios().replayed()).isZero();
        assertThat(report.changes())
                .extracting(c -> c.id() + " " + c.fromLevel() + "->" + c.toLevel())
                .containsExactly("up-to-emerging NONE->EMERGING", "up-to-moderate EMERGING->MODERATE");
        assertThat(report.changed()).isEqualTo(2);
        assertThat(report.levelUp()).isEqualTo(2);
        assertThat(report.levelDown()).isZero();
        assertThat(report.downgrades()).isEmpty();
        assertThat(report.changesTruncated()).isFalse();
        assertThat(whole.candidate().version()).isEqualTo("candidate-1");
        assertThat(whole.active().version()).isEqualTo("2026.12.2");
    }

    @Test
    void theChangesAreBrokenDownByEachCharacteristic() {
        ImpactReport.Figures report = replay(packaged, raised);

        assertThat(groups(report, "gender")).isEqualTo("FEMALE 3/1 up1, MALE 1/1 up1, NOT_KNOWN 1/0 up0");
        // Youngest first, as a reader looks for them (found by a policy lead: "Under 13" came last).
        assertThat(groups(report, "ageBand")).isEqualTo("UNDER_13 1/0 up0, 13_TO_15 3/1 up1, 16_TO_17 1/1 up1");
        assertThat(groups(report, "careStatus")).isEqualTo("CHILD_IN_NEED 1/1 up1, NONE 4/1 up1");
        assertThat(groups(report, "localAuthority"))
                .isEqualTo("GATESHEAD 3/1 up1, NEWCASTLE 1/1 up1, SUNDERLAND 1/0 up0");
    }

    @Test
    void loweringTheWeightAgainListsEachDowngradeForReview() {
        ImpactReport.Figures report = replay(raised, packaged);

        assertThat(report.levelDown()).isEqualTo(2);
        assertThat(report.levelUp()).isZero();
        assertThat(report.downgrades())
                .extracting(c -> c.source() + " " + c.id() + " " + c.fromLevel() + "->" + c.toLevel())
                .containsExactly("FILE up-to-emerging EMERGING->NONE", "FILE up-to-moderate MODERATE->EMERGING");
    }

    @Test
    void theSameRulesetOnBothSidesChangesNothing() {
        ImpactReport.Figures report = replay(packaged, packaged);

        assertThat(report.changed()).isZero();
        assertThat(report.changes()).isEmpty();
        assertThat(report.actionsAdded()).isEmpty();
        assertThat(report.pathwayChanges()).isEmpty();
    }

    @Test
    void anActionDueInAnotherTimescaleIsAChangeOfItsOwn() {
        // A policy lead's trial moved an action from 7 days to 72 hours: the impact said no one was affected.
        Map<String, String> actions = new TreeMap<>();
        ALL.forEach(r -> packaged.assess(r.referral(), r.intelligence())
                .actions()
                .forEach(a -> actions.putIfAbsent(a.code(), a.timescale())));
        assertThat(actions).as("an action some referral gets").isNotEmpty();
        String code = actions.keySet().iterator().next();
        String other = actions.get(code).equals("IMMEDIATE") ? "WITHIN_7_DAYS" : "IMMEDIATE";
        TriageEngine retimed = Candidates.engine(Candidates.edited(
                "actions.csv", csv -> csv.replaceFirst("(?m)^(" + code + ",[^,]*,)[A-Z0-9_]+,", "$1" + other + ",")));
        long getting = ALL.stream()
                .filter(r -> packaged.assess(r.referral(), r.intelligence()).actions().stream()
                        .anyMatch(a -> a.code().equals(code)))
                .count();

        ImpactReport.Figures report = replay(packaged, retimed);

        assertThat(report.actionsRetimed())
                .extracting(a -> a.code() + "=" + a.count())
                .containsExactly(code + "=" + getting);
        assertThat(report.changed()).isEqualTo((int) getting);
        assertThat(report.changes()).allSatisfy(change -> {
            assertThat(change.actionsRetimed()).containsExactly(code);
            assertThat(change.actionsAdded()).isEmpty();
            assertThat(change.actionsRemoved()).isEmpty();
        });
        assertThat(replay(retimed, retimed).changed())
                .as("the same timescales on both sides")
                .isZero();
    }

    @Test
    void actionCountsAddUpFromTheListedChanges() {
        ImpactReport.Figures report = replay(packaged, raised);

        assertThat(report.changes())
                .filteredOn(c -> c.id().equals("up-to-moderate"))
                .singleElement()
                .satisfies(change -> assertThat(change.actionsAdded()).isNotEmpty());
        assertThat(report.actionsAdded())
                .extracting(a -> a.code() + "=" + a.count())
                .containsExactlyElementsOf(report.changes().stream()
                        .flatMap(c -> c.actionsAdded().stream())
                        .collect(Collectors.groupingBy(code -> code, java.util.TreeMap::new, Collectors.counting()))
                        .entrySet()
                        .stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    @Test
    void decidingOnManyThreadsThenCountingInOrderReportsAsOneReplayDoes() {
        ImpactTally parallel = new ImpactTally(packaged, raised);
        List<ReplayedReferral> many =
                Stream.generate(() -> ALL).limit(25).flatMap(List::stream).toList();
        // Decided out of order on the common pool's threads, counted in the order given.
        List<ImpactTally.Replay> replays =
                many.parallelStream().map(parallel::decide).toList();
        replays.forEach(parallel::count);

        ImpactTally sequential = new ImpactTally(packaged, raised);
        many.forEach(sequential::replay);
        assertThat(parallel.report()).isEqualTo(sequential.report());
        assertThat(parallel.replayed()).isEqualTo(many.size());
    }

    @Test
    void scenariosAreCountedApartFromRealReferralsInEveryFigure() {
        ImpactTally tally = new ImpactTally(packaged, raised);
        ALL.forEach(tally::replay);
        ALL.forEach(real -> tally.replay(new ReplayedReferral(
                ReplayedReferral.Source.SCENARIO, "scenarios/" + real.id() + ".json", real.referral())));

        ImpactReport report = tally.report();

        assertThat(report.replayed()).isEqualTo(10);
        assertThat(report.decisions()).isEqualTo(replay(packaged, raised));
        assertThat(report.scenarios().replayed()).isEqualTo(5);
        assertThat(report.scenarios().changes())
                .extracting(c -> c.source() + " " + c.id())
                .containsExactly("SCENARIO scenarios/up-to-emerging.json", "SCENARIO scenarios/up-to-moderate.json");
        assertThat(report.decisions().changes()).noneMatch(c -> c.source() == ReplayedReferral.Source.SCENARIO);
    }

    /** The figures of the real referrals (files here) replayed from the active ruleset to the candidate. */
    private static ImpactReport.Figures replay(TriageEngine active, TriageEngine candidate) {
        ImpactTally tally = new ImpactTally(active, candidate);
        ALL.forEach(tally::replay);
        return tally.report().decisions();
    }

    private static String groups(ImpactReport.Figures report, String dimension) {
        return report.breakdowns().stream()
                .filter(b -> b.dimension().equals(dimension))
                .flatMap(b -> b.groups().stream())
                .map(g -> g.value() + " " + g.replayed() + "/" + g.changed() + " up" + g.levelUp())
                .collect(Collectors.joining(", "));
    }

    /** A referral built as a case system would send it; indicators as CODE:RECENCY. */
    static ReplayedReferral referral(
            String id, int age, String gender, String careStatus, String localAuthority, String... indicators) {
        String json = """
                {"request": {"referralId": "%s", "childRef": "child-%s", "localAuthority": "%s",
                 "referringAgency": "POLICE", "assessedAt": "2026-11-12T10:00:00Z",
                 "child": {"ageYears": %d, "gender": "%s", "careStatus": "%s"},
                 "indicators": [%s]},
                 "expected": {}}
                """.formatted(
                        id,
                        id,
                        localAuthority,
                        age,
                        gender,
                        careStatus,
                        Stream.of(indicators)
                                .map(i -> i.split(":"))
                                .map(i -> "{\"code\": \"" + i[0] + "\", \"recency\": \"" + i[1] + "\"}")
                                .collect(Collectors.joining(", ")));
        return new ReplayedReferral(
                ReplayedReferral.Source.FILE,
                id,
                Scenario.parse(id + ".json", json).referral());
    }

    @Test
    void theActiveSideIsTheStoredOutcomeWhenTheActiveRulesetGaveIt() {
        // A stored outcome the rules would never give this referral: seen in the report, it proves the
        // replay took it instead of deciding the referral again.
        Outcome stored = new Outcome(
                org.msettriage.rules.referral.RiskLevel.SIGNIFICANT, "MSET_PANEL", true, true, java.util.Map.of());
        ImpactTally tally = new ImpactTally(packaged, packaged);

        ImpactTally.Replay byActive =
                tally.decide(given(UP_TO_EMERGING, packaged.identity().sha256(), stored));
        ImpactTally.Replay byAnother = tally.decide(given(UP_TO_EMERGING, "0".repeat(64), stored));

        assertThat(byActive.before()).isEqualTo(stored);
        assertThat(byAnother.before())
                .as("decided again: another ruleset gave the stored outcome")
                .isEqualTo(byAnother.after())
                .isEqualTo(Outcome.of(packaged.assess(UP_TO_EMERGING.referral(), UP_TO_EMERGING.intelligence())));
    }

    @Test
    void aReplayOfStoredOutcomesReportsAsDecidingBothSidesAgain() {
        List<ReplayedReferral> asStored = ALL.stream()
                .map(r -> given(
                        r, packaged.identity().sha256(), Outcome.of(packaged.assess(r.referral(), r.intelligence()))))
                .toList();
        ImpactTally fromStored = new ImpactTally(packaged, raised);
        asStored.forEach(fromStored::replay);

        assertThat(fromStored.report().decisions()).isEqualTo(replay(packaged, raised));
        assertThat(fromStored.report().decisions().changed()).isPositive();
    }

    private static ReplayedReferral given(ReplayedReferral referral, String sha256, Outcome outcome) {
        return new ReplayedReferral(
                referral.source(),
                referral.id(),
                referral.referral(),
                referral.intelligence(),
                new ReplayedReferral.Given(sha256, outcome));
    }

    @Test
    void ageBandsAreListedYoungestFirstAndAnAgeNotGivenLast() {
        List<String> bands =
                new java.util.ArrayList<>(List.of("NOT_GIVEN", "18_AND_OVER", "16_TO_17", "UNDER_13", "13_TO_15"));

        bands.sort(ImpactTally.orderOf("ageBand"));

        assertThat(bands).containsExactly("UNDER_13", "13_TO_15", "16_TO_17", "18_AND_OVER", "NOT_GIVEN");
    }

    @Test
    void theAgeBandsAreTheAgesTheSettingsNameNotNumbersOfTheirOwn() {
        List<Integer> packaged = ImpactTally.bandEdges(
                Candidates.engine(Candidates.packaged()).policy().settings());
        assertThat(packaged).containsExactly(13, 16, 18);
        assertThat(List.of(12, 13, 15, 16, 17, 18, 24).stream().map(age -> ImpactTally.ageBand(packaged, age)))
                .containsExactly(
                        "UNDER_13", "13_TO_15", "13_TO_15", "16_TO_17", "16_TO_17", "18_AND_OVER", "18_AND_OVER");

        List<Integer> lowered = ImpactTally.bandEdges(Candidates.engine(Candidates.edited(
                        "settings.csv", csv -> csv.replace("under_age_years,13,", "under_age_years,12,")))
                .policy()
                .settings());
        assertThat(ImpactTally.ageBand(lowered, 12)).isEqualTo("12_TO_15");
        assertThat(ImpactTally.ageBand(lowered, null)).isEqualTo("NOT_GIVEN");
    }
}
