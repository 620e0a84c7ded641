package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.service.ruleset.CandidateRulesets;

/** The ruleset page's comparison with the version before: tables by cell, rules by sentence, scenarios by field. */
class RulesetChangesTest {

    private static final ScenarioOutcomeWords WORDS = new ScenarioOutcomeWords(
            org.msettriage.rules.engine.TriageEngine.readPolicy(org.msettriage.rules.engine.RulesetFiles.fromClasspath(
                    org.msettriage.rules.engine.RulesetFiles.DEFAULT_CLASSPATH_FOLDER)));

    private static RuleTables table(List<String> header, List<List<String>> rows) {
        return new RuleTables("indicators.csv", header, rows);
    }

    @Test
    void aTableKeyedByItsFirstColumnIsComparedCellByCell() {
        RuleTables before = table(
                List.of("code", "tier", "title"),
                List.of(
                        List.of("CSE01", "C", "Disclosed"),
                        List.of("CSE02", "S", "Older adult"),
                        List.of("X9", "S", "Gone")));
        RuleTables after = table(
                List.of("code", "tier", "title"),
                List.of(
                        List.of("CSE01", "C", "Disclosed"),
                        List.of("CSE02", "C", "Older adult"),
                        List.of("N1", "S", "New")));

        TableChanges changes = TableChanges.between("indicators.csv", before, after);

        assertThat(changes.unchanged()).isFalse();
        assertThat(changes.rows())
                .containsExactly(
                        new TableChanges.Row(
                                TableChanges.Kind.CHANGED, "CSE02", List.of(new TableChanges.Cell("tier", "S", "C"))),
                        new TableChanges.Row(
                                TableChanges.Kind.REMOVED,
                                "X9",
                                List.of(
                                        new TableChanges.Cell("code", "X9", null),
                                        new TableChanges.Cell("tier", "S", null),
                                        new TableChanges.Cell("title", "Gone", null))),
                        new TableChanges.Row(
                                TableChanges.Kind.ADDED,
                                "N1",
                                List.of(
                                        new TableChanges.Cell("code", null, "N1"),
                                        new TableChanges.Cell("tier", null, "S"),
                                        new TableChanges.Cell("title", null, "New"))));
    }

    @Test
    void aColumnAddedIsNamedAndItsCellsCountAsChanged() {
        RuleTables before = table(List.of("code", "title"), List.of(List.of("A", "a")));
        RuleTables after = table(List.of("code", "title", "note"), List.of(List.of("A", "a", "n")));

        TableChanges changes = TableChanges.between("indicators.csv", before, after);

        assertThat(changes.columnsAdded()).containsExactly("note");
        assertThat(changes.columnsRemoved()).isEmpty();
        assertThat(changes.rows())
                .containsExactly(new TableChanges.Row(
                        TableChanges.Kind.CHANGED, "A", List.of(new TableChanges.Cell("note", "", "n"))));
    }

    @Test
    void aTableWithoutAUniqueFirstColumnIsComparedByWholeRows() {
        // points.csv repeats nothing, but action-rules-like tables may: rows then match by their content.
        RuleTables before = table(List.of("tier", "points"), List.of(List.of("C", "5"), List.of("C", "3")));
        RuleTables after = table(List.of("tier", "points"), List.of(List.of("C", "5"), List.of("C", "4")));

        TableChanges changes = TableChanges.between("points.csv", before, after);

        assertThat(changes.rows())
                .extracting(TableChanges.Row::kind, TableChanges.Row::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TableChanges.Kind.REMOVED, "C"),
                        org.assertj.core.groups.Tuple.tuple(TableChanges.Kind.ADDED, "C"));
    }

    @Test
    void identicalTablesAndANewTableAreToldApart() {
        RuleTables same = table(List.of("code"), List.of(List.of("A")));

        assertThat(TableChanges.between("x.csv", same, same).unchanged()).isTrue();
        TableChanges fresh = TableChanges.between("x.csv", null, same);
        assertThat(fresh.added()).isTrue();
        assertThat(fresh.rows()).extracting(TableChanges.Row::kind).containsExactly(TableChanges.Kind.ADDED);
    }

    @Test
    void rulesAreComparedByIdAndTheirWordsBySentence() {
        List<RuleDescription> before = List.of(
                new RuleDescription("KEEP", "A kept rule", "a.drl", "Same words", "Policy 1", 1),
                new RuleDescription("REWORD", "A reworded rule", "a.drl", "Old words", "Policy 2", 2),
                new RuleDescription("DROP", "A dropped rule", "a.drl", "Gone", "Policy 3", 3));
        List<RuleDescription> after = List.of(
                new RuleDescription("KEEP", "A kept rule", "a.drl", "Same words", "Policy 1", 1),
                new RuleDescription("REWORD", "A reworded rule", "a.drl", "New words", "Policy 2", 2),
                new RuleDescription("NEW", "A new rule", "b.drl", "Fresh", "Policy 4", 3));

        RuleChanges changes = RuleChanges.between(before, after);

        assertThat(changes.added()).extracting(RuleDescription::id).containsExactly("NEW");
        assertThat(changes.removed()).extracting(RuleDescription::id).containsExactly("DROP");
        assertThat(changes.changed())
                .containsExactly(new RuleChanges.Changed(
                        "REWORD",
                        "A reworded rule",
                        List.of(new RuleChanges.Part("Its explanation", "Old words", "New words"))));
        assertThat(RuleChanges.between(before, before).none()).isTrue();
    }

    @Test
    void aScenarioOutcomeChangeIsToldFieldByField() {
        String before = """
                {"name": "A child at moderate risk", "request": {},
                 "expected": {"riskLevel": "MODERATE", "pathway": "PRE_MSET", "msetPanel": {"eligible": false}}}
                """;
        String after = """
                {"name": "A child at moderate risk", "request": {},
                 "expected": {"riskLevel": "SIGNIFICANT", "pathway": "PRE_MSET", "msetPanel": {"eligible": true}}}
                """;

        ScenarioChanges changes = ScenarioChanges.between("moderate.json", before, after, WORDS);

        assertThat(changes.name()).isEqualTo("A child at moderate risk");
        assertThat(changes.fields())
                .containsExactly(
                        new ScenarioChanges.Field("Risk level", List.of("Moderate"), List.of("Significant"), List.of()),
                        new ScenarioChanges.Field(
                                "MSET panel", List.of("Not eligible"), List.of("Eligible"), List.of()));
    }

    @Test
    void anActionsDueDateIsToldAsItsTimescaleAndAReorderingAsTheOrderOfWhatMoved() {
        // A policy lead's trial read only "changed in its details" for each of these.
        String before = """
                {"name": "A child", "request": {"assessedAt": "2026-11-12T10:00:00Z"}, "expected": {
                  "preMset": {"eligible": true, "reasons": [{"code": "PRE_EXPLOITATION"}, {"code": "PRE_MISSING"}]},
                  "actions": [{"code": "ADULT_SAFEGUARDING_REFERRAL", "because": ["CCE06", "PULL01"],
                               "dueBy": "2026-11-19T10:00:00Z", "overdue": false},
                              {"code": "SPECIALIST_SUPPORT"}]}}
                """;
        String after = """
                {"name": "A child", "request": {"assessedAt": "2026-11-12T10:00:00Z"}, "expected": {
                  "preMset": {"eligible": true, "reasons": [{"code": "PRE_MISSING"}, {"code": "PRE_EXPLOITATION"}]},
                  "actions": [{"code": "SPECIALIST_SUPPORT"},
                              {"code": "ADULT_SAFEGUARDING_REFERRAL", "because": ["PULL01", "CCE06"],
                               "dueBy": "2026-11-15T10:00:00Z", "overdue": false}]}}
                """;

        ScenarioChanges changes = ScenarioChanges.between("a.json", before, after, WORDS);

        String action =
                "\u201cRefer to adult safeguarding: a care leaver aged 18 or over at risk of exploitation\u201d";
        assertThat(changes.fields())
                .extracting(ScenarioChanges.Field::label, ScenarioChanges.Field::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Pre-MSET screening", List.of("the order of its reasons")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Recommended actions",
                                List.of(
                                        "the order of its actions",
                                        "the order of the reasons " + action + " is recommended for",
                                        "an action's due date: " + action
                                                + " due within 72 hours instead of within 7 days")));
    }

    @Test
    void anAcceptedChangeOfTheScoreAloneIsTheOneChangeTheRulesetPageLists() {
        // A policy lead's trial: the approved ruleset's page listed "MSET panel: the order of its reasons" 27
        // times, where the check had shown a score alone.
        String file = "bands-score-6-is-emerging.json";
        String before = org.msettriage.service.TestData.read("scenarios/" + file);
        org.msettriage.rules.scenario.Scenario scenario = org.msettriage.rules.scenario.Scenario.parse(file, before);
        org.msettriage.rules.decision.RiskAssessment gives = CandidateRulesets.engine(
                        CandidateRulesets.raisedWeight("score-alone"))
                .assess(scenario.referral(), scenario.intelligence());
        assertThat(org.msettriage.rules.scenario.ScenarioCheck.problems(scenario.expected(), gives))
                .extracting(problem -> problem.mismatch().path())
                .as("what the check page shows")
                .containsExactly("score");

        String approved = org.msettriage.rules.scenario.ScenarioUpdate.updated(before, gives);

        assertThat(ScenarioChanges.between(file, before, approved, WORDS).fields())
                .containsExactly(new ScenarioChanges.Field(
                        "Score", List.of("6"), List.of(String.valueOf(gives.score())), List.of()));
    }

    @Test
    void aFloorThatNoLongerRaisesTheLevelIsNamedWithWhatItDoesNowAndDidBefore() {
        // A policy lead's trial read "Cap and floors: ...: not raising it instead of raising the level".
        String before = """
                {"name": "A child", "expected": {"overrides": [
                  {"code": "OVR_MISSING_NOW_HIGH", "raised": true},
                  {"code": "OVR_JUDGEMENT_RAISE", "raised": false}]}}
                """;
        String after = """
                {"name": "A child", "expected": {"overrides": [
                  {"code": "OVR_MISSING_NOW_HIGH", "raised": false},
                  {"code": "OVR_JUDGEMENT_RAISE", "raised": true}]}}
                """;

        assertThat(ScenarioChanges.between("a.json", before, after, WORDS).fields())
                .containsExactly(new ScenarioChanges.Field(
                        "Cap and floors",
                        List.of(
                                "The child is missing now at high or unknown police risk",
                                "A professional judgement raising the level"),
                        List.of(
                                "The child is missing now at high or unknown police risk",
                                "A professional judgement raising the level"),
                        List.of(
                                "the floor \u201cthe child is missing now at high or unknown police risk\u201d (at least"
                                        + " Significant) now applies without raising the level, where before it"
                                        + " raised it",
                                "the professional judgement to raise the level now raises the level, where before it"
                                        + " applied without raising it")));
    }

    @Test
    void theCapIsNamedAsTheCapWithTheLevelItHoldsTo() {
        assertThat(WORDS.overrideNamed("OVR_NO_EXPLOITATION_INDICATOR"))
                .isEqualTo("the cap \u201cthere is no evidence of exploitation\u201d (at most Emerging)");
    }

    @Test
    void aDueDateNoTimescaleGivesIsToldInHoursOrDaysAfterTheAssessment() {
        String before = """
                {"name": "A child", "request": {"assessedAt": "2026-11-12T10:00:00Z"}, "expected": {
                  "actions": [{"code": "SPECIALIST_SUPPORT", "dueBy": null}]}}
                """;
        String after = """
                {"name": "A child", "request": {"assessedAt": "2026-11-12T10:00:00Z"}, "expected": {
                  "actions": [{"code": "SPECIALIST_SUPPORT", "dueBy": "2026-11-22T10:00:00Z"}]}}
                """;

        assertThat(ScenarioChanges.between("a.json", before, after, WORDS).fields())
                .singleElement()
                .extracting(ScenarioChanges.Field::details)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .asString()
                .endsWith(" due 10 days after the assessment instead of before the next panel");
    }

    @Test
    void aFieldPinnedAsNoneWhereItWasNotPinnedIsSaidSoNotAsTheSameWords() {
        String before = """
                {"name": "A child", "expected": {"riskLevel": "MODERATE"}}
                """;
        String after = """
                {"name": "A child", "expected": {"riskLevel": "MODERATE", "warnings": []}}
                """;

        assertThat(ScenarioChanges.between("a.json", before, after, WORDS).fields())
                .containsExactly(new ScenarioChanges.Field(
                        "Warnings", List.of(), List.of(), List.of(ScenarioDetails.NEWLY_PINNED)));
        assertThat(ScenarioChanges.between("a.json", after, before, WORDS).fields())
                .containsExactly(new ScenarioChanges.Field(
                        "Warnings", List.of(), List.of(), List.of(ScenarioDetails.NO_LONGER_PINNED)));
    }

    @Test
    void everyFieldAScenarioPinsIsToldByItsLabelAndItsValuesInWords() {
        String before = """
                {"name": "A child", "expected": {
                  "scoreLevel": "EMERGING", "legacyRiskLevel": "LOW",
                  "categoryScores": {"VUL": 1}, "indicatorsUsed": [{"code": "VUL04"}, {"code": "PULL01"}],
                  "overrides": [], "warnings": [{"code": "JUDGEMENT_RAISE_REFUSED"}],
                  "insufficientInformation": [{"field": "/missingEpisodes/0/policeRiskGrade"}],
                  "preMset": {"eligible": true, "reasons": [{"code": "PRE_EXPLOITATION"}]},
                  "actions": [{"code": "REVIEW_ASSESSMENT"}]}}
                """;
        String after = """
                {"name": "A child", "expected": {
                  "scoreLevel": "NONE", "legacyRiskLevel": "LOW",
                  "categoryScores": {"VUL": 2}, "indicatorsUsed": [{"code": "PULL01"}, {"code": "VUL04", "points": 2}],
                  "overrides": [{"code": "OVR_JUDGEMENT_RAISE", "raised": false}], "warnings": [],
                  "insufficientInformation": [{"field": "/child/careStatus"}],
                  "preMset": {"eligible": true, "reasons": [{"code": "PRE_INTELLIGENCE"}]},
                  "actions": []}}
                """;

        ScenarioChanges changes = ScenarioChanges.between("a.json", before, after, WORDS);

        assertThat(changes.fields())
                .containsExactly(
                        new ScenarioChanges.Field(
                                "Level by score", List.of("Emerging"), List.of("No identified risk"), List.of()),
                        new ScenarioChanges.Field(
                                "Scores by category", List.of(), List.of(), List.of("VUL 2 instead of 1")),
                        new ScenarioChanges.Field(
                                "Indicators used",
                                List.of("VUL04", "PULL01"),
                                List.of("PULL01", "VUL04"),
                                List.of("the order of its indicators", "VUL04's points: 2 instead of not pinned")),
                        new ScenarioChanges.Field(
                                "Cap and floors",
                                List.of(),
                                List.of("A professional judgement raising the level"),
                                List.of()),
                        new ScenarioChanges.Field(
                                "Warnings",
                                List.of("A judgement to raise the level not applied"),
                                List.of(),
                                List.of()),
                        new ScenarioChanges.Field(
                                "Questions for the referrer",
                                List.of("Missing episode 1: police risk grade"),
                                List.of("The child's care status"),
                                List.of()),
                        new ScenarioChanges.Field(
                                "Pre-MSET screening",
                                List.of("Eligible"),
                                List.of("Eligible"),
                                List.of("its reasons: A named person or place of concern instead of A sign of"
                                        + " exploitation at Emerging risk or above")),
                        new ScenarioChanges.Field(
                                "Recommended actions",
                                List.of("Review the risk assessment within three months"),
                                List.of(),
                                List.of()));
        assertThat(changes.fields().stream()
                        .flatMap(field -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(field.label()),
                                java.util.stream.Stream.of(field.before(), field.after(), field.details())
                                        .flatMap(List::stream)))
                        .toList())
                .as("no code, field name or pointer, and no code spelt out")
                .allSatisfy(text -> assertThat(text)
                        .doesNotContainPattern("[A-Z]{2,}_[A-Z]|[a-z][A-Z]|/")
                        .doesNotContain("Vul04", "Judgement raise", "Ovr "));
    }

    @Test
    void aServedStretchRunsFromItsSwitchToTheNextSwitchToAnother() {
        java.time.OffsetDateTime t1 = java.time.OffsetDateTime.parse("2026-11-01T09:00:00Z");
        java.time.OffsetDateTime t2 = t1.plusDays(10);
        java.time.OffsetDateTime t3 = t2.plusDays(5);
        List<org.msettriage.service.ruleset.RulesetStore.Activation> inOrder =
                List.of(activation("1.0", t1), activation("2.0", t2), activation("1.0", t3));

        assertThat(RulesetHistory.served("2.0", inOrder)).containsExactly(new RulesetHistory.Served(t2, t3));
        assertThat(RulesetHistory.served("1.0", inOrder))
                .containsExactly(new RulesetHistory.Served(t1, t2), new RulesetHistory.Served(t3, null));
    }

    private static org.msettriage.service.ruleset.RulesetStore.Activation activation(
            String version, java.time.OffsetDateTime at) {
        return new org.msettriage.service.ruleset.RulesetStore.Activation(
                version,
                org.msettriage.service.ruleset.RulesetStore.Kind.ACTIVATE,
                at,
                "API_KEY:lead",
                null,
                List.of());
    }
}
