package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The rules' time budgets are settings of {@code mset.rules}: five seconds each unless set, and refused at
 * start as the service refuses its other settings, naming the setting, when no decision could be meant by
 * them (nothing, less than a decision takes, or so long that a rule that never finishes would hold a core
 * for minutes), never as a failure to bind.
 */
class RulesetBudgetSettingsTest {

    private static RulesetSettings bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("mset.rules", RulesetSettings.class);
    }

    @Test
    void fiveSecondsEachUnlessSet() {
        assertThat(bound(Map.of()).budgets()).isEqualTo(RuleBudgets.DEFAULT);
        assertThat(RuleBudgets.DEFAULT).isEqualTo(new RuleBudgets(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    @Test
    void eachBudgetIsReadFromItsOwnSettingBesideTheRulesetFolders() {
        RulesetSettings settings = bound(Map.of(
                "mset.rules.live-budget", "2s",
                "mset.rules.candidate-budget", "750ms",
                "mset.rules.compiled", "data/compiled"));

        assertThat(settings.budgets().live()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.budgets().candidate()).isEqualTo(Duration.ofMillis(750));
        assertThat(settings.compiled()).isEqualTo("data/compiled");
        assertThat(bound(Map.of("mset.rules.live-budget", "100ms", "mset.rules.candidate-budget", "1m"))
                        .budgets())
                .as("the shortest and longest allowed")
                .isEqualTo(new RuleBudgets(Duration.ofMillis(100), Duration.ofMinutes(1)));
    }

    @Test
    void aBudgetOfNothingRefusesTheStartByName() {
        assertThatThrownBy(() -> bound(Map.of("mset.rules.live-budget", "0s")).budgets())
                .isExactlyInstanceOf(StartRefusedException.class)
                .hasMessage("mset.rules.live-budget must be longer than zero, such as 5s");
        assertThatThrownBy(() ->
                        bound(Map.of("mset.rules.candidate-budget", "-5s")).budgets())
                .isExactlyInstanceOf(StartRefusedException.class)
                .hasMessage("mset.rules.candidate-budget must be longer than zero, such as 5s");
    }

    @Test
    void aBudgetNoDecisionCouldMeanRefusesTheStartByName() {
        for (String absurd : new String[] {"99ms", "61s", "5h"}) {
            assertThatThrownBy(() ->
                            bound(Map.of("mset.rules.candidate-budget", absurd)).budgets())
                    .as(absurd)
                    .isExactlyInstanceOf(StartRefusedException.class)
                    .hasMessageStartingWith("mset.rules.candidate-budget must be from 100ms to 1m, such as 5s");
        }
        assertThatThrownBy(() -> bound(Map.of("mset.rules.live-budget", "10m")).budgets())
                .isExactlyInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("mset.rules.live-budget must be from 100ms to 1m, such as 5s");
    }
}
