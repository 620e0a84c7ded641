package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.CompiledRulesets;
import org.msettriage.rules.engine.KieBaseMemory;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.links.Intelligence;

/**
 * A candidate stopped over its budget decides nothing again: the stop lands anywhere inside Drools, and may
 * leave the candidate's sessions half-changed (found in review: an impact replay and the shadow went on
 * deciding with such a candidate, and activation could have reused it).
 */
class CandidateOverBudgetTest {

    /**
     * Loops for ever, but only for a seven-year-old: no scenario has one, so validation cannot see it (to
     * add to missing.drl, which imports AssessedChild; the service's tests use the same file).
     */
    static final String LOOPS_FOR_A_SEVEN_YEAR_OLD = Candidates.testData("rules/loops-for-a-seven-year-old.drl");

    /**
     * The budget of the decisions that only have to be stopped, for what a stop leaves behind: the rule never
     * finishes, so any budget stops it, and the default (5 s) would only be waited out. The service's
     * over-budget tests stop their candidates and live rules with short budgets the same way.
     */
    private static final Duration STOP_SOON = Duration.ofMillis(300);

    @Test
    void aCandidateStoppedOverItsBudgetRefusesEveryLaterDecisionAtOnce() {
        TriageEngine candidate =
                TriageEngine.compile(Candidates.edited("missing.drl", drl -> drl + LOOPS_FOR_A_SEVEN_YEAR_OLD));
        ImpactTally tally = new ImpactTally(
                Candidates.engine(Candidates.packaged()),
                candidate,
                new RuleBudgets(RuleBudgets.DEFAULT.live(), STOP_SOON));
        ReplayedReferral sevenYearOld =
                ImpactTallyTest.referral("seven", 7, "FEMALE", "NONE", "GATESHEAD", "VUL01:CURRENT");
        assertThat(tally.decide(ImpactTallyTest.SAME_LEVEL).after())
                .as("decides any other referral")
                .isNotNull();

        assertThatThrownBy(() -> tally.decide(sevenYearOld))
                .isInstanceOfSatisfying(AssessmentBudget.Exceeded.class, e -> {
                    assertThat(e.byEarlierDecision()).isFalse();
                    assertThat(e.getMessage())
                            .as("the candidate's budget, not the live one")
                            .isEqualTo("it took longer than 300 ms");
                });
        assertThat(candidate.stopped()).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> tally.decide(ImpactTallyTest.SAME_LEVEL))
                .isInstanceOfSatisfying(
                        AssessmentBudget.Exceeded.class,
                        e -> assertThat(e.byEarlierDecision()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("refused, not decided again")
                .isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void everyEngineOnTheStoppedRuleNetworkRefusesAndTheNextCompileMakesANewOne() {
        // Found in review: engines whose rulesets differ only in a table share one KIE base (the active
        // ruleset and a candidate alike), so a stop in one may have half-changed what the other reads.
        CompiledRulesets keeper = keeper();
        List<RulesetFile> files = Candidates.edited("missing.drl", drl -> drl + LOOPS_FOR_A_SEVEN_YEAR_OLD);
        TriageEngine stopping = TriageEngine.compile(files, keeper);
        TriageEngine sharing = TriageEngine.compile(files, keeper);
        ReplayedReferral sevenYearOld =
                ImpactTallyTest.referral("seven", 7, "FEMALE", "NONE", "GATESHEAD", "VUL01:CURRENT");

        assertThatThrownBy(() -> stopping.assessWithin(STOP_SOON, sevenYearOld.referral(), Intelligence.NONE))
                .isInstanceOf(AssessmentBudget.Exceeded.class);

        assertThat(sharing.stopped()).isTrue();
        assertThatThrownBy(() -> sharing.assess(ImpactTallyTest.SAME_LEVEL.referral()))
                .isInstanceOfSatisfying(
                        AssessmentBudget.Exceeded.class,
                        e -> assertThat(e.byEarlierDecision()).isTrue());
        TriageEngine again = TriageEngine.compile(files, keeper);
        assertThat(again.stopped())
                .as("a new rule network, not the stopped one")
                .isFalse();
        assertThat(again.assessWithin(STOP_SOON, ImpactTallyTest.SAME_LEVEL.referral(), Intelligence.NONE))
                .isNotNull();
    }

    @Test
    void aValidationWhoseRulesAnotherDecisionStoppedChecksOnRulesCompiledAgain() {
        // Found in review: a change to a table alone shares its compiled rules with the serving ruleset, so
        // a live referral the serving ruleset never finishes stopped them under a policy lead's check.
        CompiledRulesets keeper = keeper();
        List<RulesetFile> serving = Candidates.edited("missing.drl", drl -> drl + LOOPS_FOR_A_SEVEN_YEAR_OLD);
        TriageEngine live = TriageEngine.compile(serving, keeper);
        List<RulesetFile> tableChange = new java.util.ArrayList<>(serving);
        tableChange.replaceAll(file ->
                file.name().equals("settings.csv") ? new RulesetFile(file.name(), file.content() + "\n") : file);
        TriageEngine candidate = TriageEngine.compile(tableChange, keeper);
        assertThatThrownBy(() -> live.assessWithin(
                        STOP_SOON,
                        ImpactTallyTest.referral("seven", 7, "FEMALE", "NONE", "GATESHEAD", "VUL01:CURRENT")
                                .referral(),
                        Intelligence.NONE))
                .isInstanceOf(AssessmentBudget.Exceeded.class);
        assertThat(candidate.stopped())
                .as("the table change shares the stopped rules")
                .isTrue();

        // The check is handed the engine compiled before the stop, as one under way when it lands has.
        java.util.concurrent.atomic.AtomicInteger compiles = new java.util.concurrent.atomic.AtomicInteger();
        RulesetValidation validation = RulesetValidator.validate(
                tableChange,
                Candidates.scenarios().subList(0, 3),
                files -> compiles.getAndIncrement() == 0 ? candidate : TriageEngine.compile(files, keeper));

        assertThat(validation.problems()).isEmpty();
        assertThat(compiles).hasValue(2);
        assertThat(validation.engine().stopped()).isFalse();
    }

    private static CompiledRulesets keeper() {
        return new CompiledRulesets() {
            private final KieBaseMemory memory = new KieBaseMemory(3);

            @Override
            public Optional<byte[]> find(String key) {
                return Optional.empty();
            }

            @Override
            public void keep(String key, byte[] module) {}

            @Override
            public KieBaseMemory memory() {
                return memory;
            }
        };
    }
}
