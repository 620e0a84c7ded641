package org.msettriage.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The policy tables refuse gaps, overlaps and unknown values, naming the file and line. */
class PolicyTablesTest {

    Map<String, String> tables;

    @BeforeEach
    void readPackagedTables() throws IOException {
        tables = PackagedTables.read();
    }

    @Test
    void thePackagedTablesHoldThePolicy() {
        Policy policy = Policy.read(tables);

        assertThat(policy.indicators()).hasSize(61);
        assertThat(policy.actions()).hasSize(27);
        assertThat(policy.indicator("MIS04").getTier()).isEqualTo("C");
        assertThat(policy.settings().getCurrentWindowDays()).isEqualTo(90);
        assertThat(policy.settings().getProtectiveCapPoints()).isEqualTo(-3);
    }

    @Test
    void timescalesGiveEachActionItsDueTimeAndTheBeforePanelOneHasNone() {
        Policy policy = Policy.read(tables);

        assertThat(policy.dueAfter("WITHIN_24_HOURS")).contains(java.time.Duration.ofDays(1));
        assertThat(policy.dueAfter("WITHIN_3_MONTHS")).contains(java.time.Duration.ofDays(90));
        assertThat(policy.dueAfter("IMMEDIATE")).contains(java.time.Duration.ZERO);
        assertThat(policy.dueAfter("BEFORE_NEXT_PANEL")).isEmpty();
        assertThat(policy.settings().getNotReducingDays()).isEqualTo(42);
        assertThat(policy.settings().getOpenEpisodeQuestionDays()).isEqualTo(30);
    }

    @Test
    void anActionWithATimescaleTheTimescalesTableLacksIsRefusedAtItsLine() {
        tables.put(
                PolicyFiles.ACTIONS,
                tables.get(PolicyFiles.ACTIONS)
                        .replace("EARLY_HELP,EARLY_HELP,WITHIN_7_DAYS", "EARLY_HELP,EARLY_HELP,WITHIN_A_WEEK"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("actions.csv:26:3: unknown timescale 'WITHIN_A_WEEK' (see timescales.csv)");
    }

    @Test
    void aGapInTheScoreBandsIsRefusedAtItsLine() {
        tables.put(
                PolicyFiles.SCORE_BANDS, tables.get(PolicyFiles.SCORE_BANDS).replace("EMERGING,6,12", "EMERGING,7,12"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("score-bands.csv:3:2: leaves a gap: no band covers scores 6 to 6; expected this band to"
                        + " start at 6");
    }

    @Test
    void aLegacyLevelTheContractDoesNotHaveIsRefusedAtItsCell() {
        // Found by a policy lead: LWO passed validation, then every EMERGING referral failed to answer.
        tables.put(
                PolicyFiles.SCORE_BANDS,
                tables.get(PolicyFiles.SCORE_BANDS).replace("EMERGING,6,12,LOW", "EMERGING,6,12,LWO"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("score-bands.csv:3:4: column 'legacy_level' has an unknown value: LWO; expected one of"
                        + " LOW, MEDIUM, HIGH");
    }

    @Test
    void anExploitationTypeTheContractDoesNotHaveIsRefusedAtItsCellAlone() {
        tables.put(
                PolicyFiles.CATEGORIES,
                tables.get(PolicyFiles.CATEGORIES).replace("Missing,MISSING,", "Missing,MISING,"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("categories.csv:4:3: column 'exploitation_type' has an unknown value: MISING; expected"
                        + " one of CSE, CCE, MISSING, TRAFFICKING, ONLINE");
    }

    @Test
    void aWordBesideACategoryOfNoKindIsNeverReadSoNotRefused() {
        // Found in review: such a ruleset served before the check, and must still load.
        tables.put(
                PolicyFiles.CATEGORIES,
                tables.get(PolicyFiles.CATEGORIES).replace("Vulnerabilities,,", "Vulnerabilities,VULNERABLE,"));

        assertThat(Policy.read(tables)).isNotNull();
    }

    @Test
    void anOverlapInTheScoreBandsIsRefusedAtItsLine() {
        tables.put(
                PolicyFiles.SCORE_BANDS,
                tables.get(PolicyFiles.SCORE_BANDS).replace("MODERATE,13,24", "MODERATE,12,24"));

        assertThatThrownBy(() -> Policy.read(tables))
                .hasMessage("score-bands.csv:4:2: overlaps the band above it: scores 12 to 12 are in both; expected"
                        + " this band to start at 13");
    }

    @Test
    void aTierGivenTwiceInThePointsTableIsRefused() {
        tables.put(PolicyFiles.POINTS, tables.get(PolicyFiles.POINTS) + "C,4,2,1\n");

        assertThatThrownBy(() -> Policy.read(tables)).hasMessage("points.csv:8:1: tier 'C' is given twice");
    }

    @Test
    void aMistypedTierIsReportedAtItsCellInTheIndicatorsTable() {
        // Found by a policy lead: a tier Z typed in indicators.csv was reported as points.csv:1:0.
        tables.put(
                PolicyFiles.INDICATORS,
                tables.get(PolicyFiles.INDICATORS).replaceFirst("CSE02,CSE,S,", "CSE02,CSE,Z,"));

        assertThatThrownBy(() -> Policy.read(tables))
                .hasMessage("indicators.csv:3:3: no points for tier 'Z': points.csv scores tiers C, M, P, PL, S, V");
    }

    @Test
    void aSettingWhoseValueIsWrongIsReportedOnceAtItsCell() {
        // Found by a policy lead: "three" also gave a false "no row for setting" at settings.csv:1:0.
        tables.put(
                PolicyFiles.SETTINGS,
                tables.get(PolicyFiles.SETTINGS)
                        .replace("repeat_missing_episodes,3,", "repeat_missing_episodes,three,"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(
                                        problem.fileName() + ":" + problem.line() + ":" + problem.column())
                                .isEqualTo("settings.csv:4:2")));
    }

    @Test
    void aMisspeltSettingIsOneProblemAtItsCellNamingTheSettingMeant() {
        // Found by a policy lead: one slip gave "unknown setting" at its row and "no row for setting" at
        // settings.csv:1:0.
        tables.put(
                PolicyFiles.SETTINGS,
                tables.get(PolicyFiles.SETTINGS).replace("protective_cap_points,", "Protective-Cap-Pointz,"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(problem.fileName() + ":" + problem.line() + ":"
                                        + problem.column() + ": " + problem.getMessage())
                                .contains("settings.csv:7:1")
                                .contains("unknown setting 'Protective-Cap-Pointz'; did you mean"
                                        + " 'protective_cap_points'? No row gives that setting")));
    }

    @Test
    void aNameNearNoMissingSettingLeavesTheMissingOneReportedToo() {
        tables.put(PolicyFiles.SETTINGS, tables.get(PolicyFiles.SETTINGS).replace("protective_cap_points,", "colour,"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).problems())
                        .extracting(PolicyTableException::getMessage)
                        .satisfiesExactly(
                                first -> assertThat(first).endsWith("unknown setting 'colour'"),
                                second -> assertThat(second).contains("no row for setting 'protective_cap_points'")));
    }

    @Test
    void aSlipIsNotTakenForASettingAnotherRowGives() {
        // The slip's row is then a row too many, not the setting meant: that setting is given.
        tables.put(
                PolicyFiles.SETTINGS,
                tables.get(PolicyFiles.SETTINGS) + "protective_cap_pointz,-3,a second go at the cap\n");

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).problems())
                        .extracting(PolicyTableException::getMessage)
                        .singleElement()
                        .satisfies(message -> assertThat(message).endsWith("unknown setting 'protective_cap_pointz'")));
    }

    @Test
    void anIndicatorWhoseTierHasNoPointsIsRefused() {
        tables.put(PolicyFiles.POINTS, tables.get(PolicyFiles.POINTS).replace("PL,2,1,0\n", ""));

        assertThatThrownBy(() -> Policy.read(tables)).hasMessageContaining("no points for tier 'PL'");
    }

    @Test
    void anUnknownCategoryIsRefusedAtItsLine() {
        tables.put(PolicyFiles.INDICATORS, tables.get(PolicyFiles.INDICATORS).replace("CSE02,CSE,", "CSE02,SEX,"));

        assertThatThrownBy(() -> Policy.read(tables))
                .hasMessage("indicators.csv:3:2: unknown category 'SEX' (see categories.csv)");
    }

    @Test
    void anEvidenceTypeThePolicyDoesNotHaveIsRefusedAtItsCellNamingTheTypes() {
        // Found in a policy lead's trial: RISKK was usable, and a rule asking for RISK silently missed CSE03.
        for (String typo : new String[] {"RISKK", "Harm"}) {
            Map<String, String> edited = new java.util.HashMap<>(tables);
            edited.put(
                    PolicyFiles.INDICATORS,
                    tables.get(PolicyFiles.INDICATORS).replace("CSE03,CSE,S,RISK,", "CSE03,CSE,S," + typo + ","));

            assertThat(CandidateTableChecks.of(edited))
                    .extracting(PolicyTableException::getMessage)
                    .singleElement()
                    .satisfies(message -> assertThat(message)
                            .startsWith("indicators.csv:4:4: '" + typo + "' is not an evidence type")
                            .contains("give one of HARM, RISK, VULNERABILITY, PROTECTIVE"));
            // A ruleset kept with it before the check was written still loads.
            assertThat(Policy.read(edited).indicators()).isNotEmpty();
        }
    }

    @Test
    void anActionRowAskingForAnEvidenceTypeThePolicyDoesNotHaveIsRefusedAtItsCell() {
        tables.put(
                PolicyFiles.ACTION_RULES,
                tables.get(PolicyFiles.ACTION_RULES).replace(",S C,HARM,CURRENT,", ",S C,Harm,CURRENT,"));

        assertThat(CandidateTableChecks.of(tables))
                .extracting(PolicyTableException::getMessage)
                .singleElement()
                .satisfies(message -> assertThat(message)
                        .startsWith("action-rules.csv:5:16: 'Harm' is not an evidence type")
                        .contains("HARM, RISK, VULNERABILITY, PROTECTIVE"));
    }

    @Test
    void aMisspeltLeadAgencyIsRefusedAtItsCellNamingTheAgencies() {
        // Found in a policy lead's trial: EDUCATON was usable, and case systems would have been sent it.
        tables.put(PolicyFiles.ACTIONS, tables.get(PolicyFiles.ACTIONS).replaceFirst(",EDUCATION,", ",EDUCATON,"));

        assertThat(CandidateTableChecks.of(tables))
                .extracting(PolicyTableException::getMessage)
                .singleElement()
                .satisfies(message -> assertThat(message)
                        .matches("actions.csv:\\d+:2: 'EDUCATON' is not a lead agency: give one of .*")
                        .contains("EDUCATION, HEALTH"));
        // A ruleset kept with it before the check was written still loads.
        assertThat(Policy.read(tables).actions()).isNotEmpty();
    }

    @Test
    void theLeadAgenciesAreThoseThePackagedCatalogueUses() {
        assertThat(Policy.read(tables).actions().stream()
                        .map(ActionDefinition::leadAgency)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(CandidateTableChecks.LEAD_AGENCIES);
    }

    @Test
    void thePackagedTablesPassTheCandidateChecks() {
        assertThat(CandidateTableChecks.of(tables)).isEmpty();
    }

    @Test
    void theEvidenceTypesAreThoseThePackagedIndicatorsUse() {
        assertThat(Policy.read(tables).indicators().stream()
                        .map(IndicatorDefinition::getEvidence)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(IndicatorDefinition.EVIDENCE_TYPES);
    }

    @Test
    void aMissingSettingIsRefused() {
        tables.put(PolicyFiles.SETTINGS, tables.get(PolicyFiles.SETTINGS).replaceAll("(?m)^under_age_years.*\\n", ""));

        assertThatThrownBy(() -> Policy.read(tables)).hasMessageContaining("no row for setting 'under_age_years'");
    }

    @Test
    void everyProblemInEveryTableIsReportedAtOnceWithItsCell() {
        tables.put(
                PolicyFiles.SCORE_BANDS,
                tables.get(PolicyFiles.SCORE_BANDS)
                        .replace("EMERGING,6,12", "EMERGING,7,12")
                        .replace("MODERATE,13,24", "MODERATE,12,24"));
        tables.put(PolicyFiles.POINTS, tables.get(PolicyFiles.POINTS).replace("M,2,1,0", "M,two,1,0"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.fileName() + ":" + p.line() + ":" + p.column())
                                .containsExactly("points.csv:4:2", "score-bands.csv:3:2", "score-bands.csv:4:2"));
    }

    @Test
    void quotedFieldsWithCommasAreReadWhole() {
        Policy policy = Policy.read(tables);

        assertThat(policy.actions().stream()
                        .filter(a -> a.code().equals("CAWN_CONSIDER"))
                        .findFirst()
                        .orElseThrow()
                        .legalBasis())
                .isEqualTo("Child Abduction Act 1984 s2 (under 16); Children Act 1989 s49 (in care, under 18)");
    }

    @Test
    void everyTierScoredIsNamedAndTheNamesReadInWords() {
        Policy packaged = org.msettriage.rules.candidate.Candidates.engine(
                        org.msettriage.rules.candidate.Candidates.packaged())
                .policy();

        assertThat(packaged.tierName("S")).isEqualTo("significant");
        assertThat(packaged.tierName("PL")).isEqualTo("pull factor");
    }

    @Test
    void aTierLeftUnnamedOrNamedButNotScoredIsAProblem() {
        java.util.Map<String, String> tables = new java.util.LinkedHashMap<>();
        org.msettriage.rules.engine.RulesetFiles.fromClasspath(
                        org.msettriage.rules.engine.RulesetFiles.DEFAULT_CLASSPATH_FOLDER)
                .stream()
                .filter(org.msettriage.rules.engine.RulesetFile::isTable)
                .forEach(f -> tables.put(f.name(), f.content()));
        tables.put(
                PolicyFiles.TIERS,
                tables.get(PolicyFiles.TIERS).replaceAll("(?m)^PL,.*\\R", "") + "X,unknown,never scored\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> assertThat(e.problems())
                                .extracting(PolicyTableException::getMessage)
                                .anyMatch(m -> m.contains("no row naming tier 'PL'"))
                                .anyMatch(m -> m.contains("names tier 'X', which points.csv does not score")));
    }
}
