package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.referral.IndicatorEntry;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.Referral;

/**
 * The recommended actions' conditions are rows of action-rules.csv: the policy lead's first change of
 * issue 16 (a new online indicator, one row of indicators.csv) gets its category's actions with no DRL,
 * and a row edited in the table changes what is recommended, with the row's id and words in the reasons.
 */
class ActionRulesTableTest {

    private static final String NEW_ONLINE_INDICATOR =
            "ONL06,ONL,S,RISK,Asked online to keep a new contact secret from carers\n";

    @Test
    void aNewIndicatorGetsItsCategorysActionsWithNoRuleChange() {
        List<RulesetFile> files = Candidates.edited("indicators.csv", csv -> csv + NEW_ONLINE_INDICATOR);
        assertThat(files.stream().filter(RulesetFile::isDrl))
                .as("no DRL changed")
                .containsExactlyElementsOf(Candidates.packaged().stream()
                        .filter(RulesetFile::isDrl)
                        .toList());

        RiskAssessment decided = Candidates.engine(files).assess(withCurrent("ONL06"));

        assertThat(decided.indicatorsUsed())
                .extracting(RiskAssessment.UsedIndicator::code)
                .containsExactly("ONL06");
        assertThat(decided.score()).isPositive();
        assertThat(decided.exploitationTypes()).containsExactly("ONLINE");
        assertThat(decided.pathway()).isEqualTo("PRE_MSET");
        assertThat(decided.actions())
                .filteredOn(action -> action.because().contains("ONL06"))
                .extracting(RecommendedAction::code)
                .containsExactlyInAnyOrder("POLICE_MARKER", "SPECIALIST_SUPPORT");
        assertThat(decided.reasons())
                .filteredOn(reason -> reason.ruleId().equals("POLICE_MARKER"))
                .extracting(Reason::text)
                .containsExactly("Recommended: an exploitation marker on police systems, because the risk is Moderate"
                        + " with signs of exploitation (ONL06)");
    }

    @Test
    void aRowEditedInTheTableChangesTheActionWithNoRuleChange() {
        // The policy names ONL01 and ONL02 for the online harm response; a lead adds the new code to its row.
        List<RulesetFile> files = edited(
                "indicators.csv", csv -> csv + NEW_ONLINE_INDICATOR,
                "action-rules.csv", csv -> csv.replace(",ONL01 ONL02,", ",ONL01 ONL02 ONL06,"));
        TriageEngine before = Candidates.engine(
                edited("indicators.csv", csv -> csv + NEW_ONLINE_INDICATOR, "action-rules.csv", csv -> csv));

        assertThat(codes(before.assess(withCurrent("ONL06")))).doesNotContain("ONLINE_SAFETY_RESPONSE");
        RiskAssessment after = Candidates.engine(files).assess(withCurrent("ONL06"));
        assertThat(codes(after)).contains("ONLINE_SAFETY_RESPONSE");
        assertThat(after.firedRules()).containsKey("ONLINE_SAFETY_RESPONSE").doesNotContainKey("ACTION_RULES");
    }

    @Test
    void thePackagedOnlineResponseNamesThePolicysTwoCodes() {
        TriageEngine packaged = Candidates.engine(Candidates.packaged());

        assertThat(codes(packaged.assess(withCurrent("ONL01")))).contains("ONLINE_SAFETY_RESPONSE");
        assertThat(codes(packaged.assess(withCurrent("ONL02")))).contains("ONLINE_SAFETY_RESPONSE");
        assertThat(codes(packaged.assess(withCurrent("ONL03")))).doesNotContain("ONLINE_SAFETY_RESPONSE");
    }

    @Test
    void aNewCategoryOfTheExploitationKindIsClassifiedOnceInItsTable() {
        // A category named nowhere in the rules or in action-rules.csv: its kind alone makes its indicators
        // evidence of exploitation, with the actions the table gives such evidence.
        List<RulesetFile> files = edited(
                "categories.csv", csv -> csv + "FIN,Financial exploitation,,financial exploitation,exploitation\n",
                "indicators.csv", csv -> csv + "FIN01,FIN,S,RISK,Bank account used by others to move money\n");

        RiskAssessment decided = Candidates.engine(files).assess(withCurrent("FIN01"));

        assertThat(decided.riskLevel().name()).isEqualTo("MODERATE");
        assertThat(decided.preMset().eligible())
                .as("a sign of exploitation meets the screening criteria")
                .isTrue();
        assertThat(decided.actions())
                .filteredOn(action -> action.because().contains("FIN01"))
                .extracting(RecommendedAction::code)
                .containsExactlyInAnyOrder("POLICE_MARKER", "SPECIALIST_SUPPORT");
    }

    @Test
    void aKindThatIsNoneOfTheKindsIsAProblemAtItsCell() {
        RulesetValidation validation = RulesetValidator.validate(
                Candidates.edited(
                        "categories.csv",
                        csv -> csv.replace("online exploitation,exploitation", "online exploitation,exploited")),
                List.of(),
                Candidates::engine);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("categories.csv");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).contains("'exploited' is not a kind of category");
        });
    }

    @Test
    void anOptionalSettingTheRulesetDoesNotGiveCannotBeNamed() {
        RulesetValidation validation = RulesetValidator.validate(
                withoutTheAbductionAge(
                        "override-levels.csv",
                        csv -> csv.replace(
                                "in the last {current_window_days} days",
                                "in the last {current_window_days} days (under {child_abduction_age_years})")),
                List.of(),
                Candidates::engine);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .extracting(RulesetProblem::toString)
                .anyMatch(p -> p.startsWith("override-levels.csv:4:4: names {child_abduction_age_years}, which"
                        + " settings.csv does not give"));
    }

    @Test
    void anExplanationCannotNameAnOptionalSettingTheRulesetDoesNotGive() {
        RulesetValidation validation = RulesetValidator.validate(
                withoutTheAbductionAge(
                        "level.drl",
                        drl -> drl.replace(
                                "@explanation(\"The risk level is {level}\")",
                                "@explanation(\"The risk level is {level} (under {child_abduction_age_years})\")")),
                List.of(),
                Candidates::engine);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("level.drl");
            assertThat(p.message()).contains("names {child_abduction_age_years}, which settings.csv does not give");
        });
    }

    @Test
    void aKindNoCategoryHasIsAProblemAtTheRowsCell() {
        RulesetValidation validation = RulesetValidator.validate(
                Candidates.edited("categories.csv", csv -> csv.replace("going missing,missing", "going missing,")),
                List.of(),
                Candidates::engine);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("action-rules.csv");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("no category of categories.csv is of the kind 'missing'");
        });
    }

    @Test
    void aRowsSentenceCannotHoldAPlaceholder() {
        RulesetValidation validation = RulesetValidator.validate(
                Candidates.edited(
                        "action-rules.csv",
                        csv -> csv.replace(
                                "Immediate safeguarding needs an immediate police response,",
                                "Immediate safeguarding needs an immediate police response at {levle},")),
                List.of(),
                Candidates::engine);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("action-rules.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).startsWith("the sentence names the rule and is shown as written");
        });
    }

    @Test
    void aRuleCannotMakeUpARowToRecordUnderAnotherId() {
        TriageEngine packaged = Candidates.engine(Candidates.packaged());
        org.msettriage.rules.policy.ActionRule real =
                packaged.policy().actionRules().orElseThrow().getRows().get(0);
        org.msettriage.rules.policy.ActionRule madeUp = new org.msettriage.rules.policy.ActionRule(
                "SCORE",
                real.action(),
                real.sentence(),
                real.age(),
                real.ageFrom(),
                real.ageUnder(),
                real.levelAtLeast(),
                real.levelAtMost(),
                real.pathway(),
                real.careStatuses(),
                real.indicators(),
                real.allIndicators(),
                real.categories(),
                real.categoryKind(),
                real.tiers(),
                real.evidence(),
                real.recency(),
                real.exploitation(),
                real.noneOfTiers(),
                real.overrides(),
                real.panelReasons(),
                real.panelEligible(),
                real.strategyMeetingNotHeld(),
                real.perpetrator(),
                real.anyLocation(),
                real.locationTypes(),
                real.moved(),
                real.returnedWithoutInterview(),
                real.because(),
                "made up",
                real.guidance());

        assertThat(real.careStatuses()).isUnmodifiable();
        assertThat(real.tiers()).isUnmodifiable();
        assertThat(madeUp).isNotEqualTo(real);
        // The situation only matches rows of its own table, by identity.
        assertThat(packaged.policy().actionRules().orElseThrow().getRows()).doesNotContain(madeUp);
    }

    @Test
    void rowsHashByTheirIdsAndStillCompareWhole() {
        List<org.msettriage.rules.policy.ActionRule> rows = Candidates.engine(Candidates.packaged())
                .policy()
                .actionRules()
                .orElseThrow()
                .getRows();
        org.msettriage.rules.policy.ActionRule first = rows.get(0);

        assertThat(rows.stream().map(Object::hashCode).distinct()).hasSameSizeAs(rows);
        assertThat(first.hashCode()).isEqualTo(first.id().hashCode());
        assertThat(rows.get(1)).isNotEqualTo(first);
        assertThat(first).isEqualTo(first);
    }

    @Test
    void theCatalogueListsEachRowAsARuleInTheTablesOrder() {
        List<RuleDescription> rules = Candidates.engine(Candidates.packaged()).rules();

        List<RuleDescription> rows =
                rules.stream().filter(r -> r.file().equals("action-rules.csv")).toList();
        assertThat(rows).hasSize(35);
        assertThat(rows.get(0).id()).isEqualTo("POLICE_IMMEDIATE_RESPONSE");
        assertThat(rows.get(0).name()).isEqualTo("Immediate safeguarding needs an immediate police response");
        assertThat(rules).extracting(RuleDescription::id).doesNotContain("ACTION_RULES");
        for (int i = 0; i < rules.size(); i++) {
            assertThat(rules.get(i).position()).isEqualTo(i);
        }
    }

    @Test
    void anAgeIsReadFromTheSettingTheRowNames() {
        // CAWN_CONSIDER: under the Child Abduction Act's age, from settings.csv, not a number in a rule.
        List<RulesetFile> files = Candidates.edited(
                "settings.csv", csv -> csv.replace("child_abduction_age_years,16,", "child_abduction_age_years,15,"));

        assertThat(Candidates.engine(files).policy().actionRules().orElseThrow().getRows())
                .filteredOn(row -> row.id().equals("CAWN_CONSIDER"))
                .singleElement()
                .satisfies(row -> assertThat(row.ageUnder()).isEqualTo(15));
    }

    @Test
    void everyWrongCellIsAProblemAtItsCell() {
        List<RulesetFile> files = Candidates.edited(
                "action-rules.csv",
                csv -> csv.replace(",EDUCATION_ENGAGEMENT,", ",EDUCATION_ENGAGEMNT,")
                        .replace(",VUL10 CCE02,", ",VUL10 CCE92,")
                        .replace("because the risk is {level}\"", "because the risk is {levle}\"")
                        .replace(",child_abduction_age_years,", ",child_abduction_age,")
                        .replace(",OVR_UNDER13 OVR_UNDER13_SEXUAL,", ",OVR_UNDER13 OVR_UNDER_13_SEXUAL,"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of(), Candidates::engine);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("action-rules.csv"))
                .extracting(RulesetProblem::message)
                .anyMatch(m -> m.contains("unknown action 'EDUCATION_ENGAGEMNT'"))
                .anyMatch(m -> m.contains("unknown indicator 'CCE92'"))
                .anyMatch(m -> m.contains("uses {levle}, which this row does not give"))
                .anyMatch(m -> m.contains("'child_abduction_age' is not an age setting"));
        RulesetValidation misspeltOverride = RulesetValidator.validate(
                Candidates.edited(
                        "action-rules.csv",
                        csv -> csv.replace(",OVR_UNDER13 OVR_UNDER13_SEXUAL,", ",OVR_UNDER13 OVR_UNDER_13_SEXUAL,")),
                List.of(),
                Candidates::engine);
        assertThat(misspeltOverride.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("action-rules.csv");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("OVR_UNDER_13_SEXUAL, which no rule of the ruleset reports");
        });
    }

    private static Referral withCurrent(String code) {
        Referral empty = Candidates.scenarios().stream()
                .filter(s -> s.file().equals("cap-empty-referral.json"))
                .findFirst()
                .orElseThrow()
                .referral();
        List<IndicatorEntry> indicators = new ArrayList<>(empty.indicators());
        indicators.add(new IndicatorEntry(code, Recency.CURRENT, null));
        return new Referral(
                empty.referralId(),
                empty.childRef(),
                empty.localAuthority(),
                empty.referringAgency(),
                empty.assessedAt(),
                empty.child(),
                indicators,
                empty.missingEpisodes(),
                empty.perpetrators(),
                empty.locationsOfConcern(),
                empty.crossBoundary(),
                empty.strategyMeetingHeld(),
                empty.previousAssessment(),
                empty.professionalJudgement());
    }

    /**
     * The packaged ruleset as a candidate started from 2026.12.0 would be: no child_abduction_age_years row
     * (and no table cell naming it), with one more file edited.
     */
    private static List<RulesetFile> withoutTheAbductionAge(String fileName, UnaryOperator<String> edit) {
        return edited("settings.csv", csv -> csv.replaceAll("(?m)^child_abduction_age_years,.*\\R", ""), fileName, edit)
                .stream()
                .map(f -> f.name().equals("action-rules.csv")
                        ? new RulesetFile(f.name(), f.content().replace(",child_abduction_age_years,", ",,"))
                        : f)
                .toList();
    }

    private static List<String> codes(RiskAssessment decided) {
        return decided.actions().stream().map(RecommendedAction::code).toList();
    }

    private static List<RulesetFile> edited(
            String first, UnaryOperator<String> firstEdit, String second, UnaryOperator<String> secondEdit) {
        return Candidates.edited(first, firstEdit).stream()
                .map(f -> f.name().equals(second) ? new RulesetFile(f.name(), secondEdit.apply(f.content())) : f)
                .toList();
    }
}
