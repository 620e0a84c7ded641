package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.CompiledRulesets;
import org.msettriage.rules.engine.KieBaseMemory;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;

/**
 * A ruleset loaded from its kept compiled form decides exactly as the same ruleset compiled from its
 * source, and a kept form that does not load is compiled again rather than failing the ruleset.
 */
class KeptCompiledRulesetTest {

    /** Keeps modules in memory and counts what is asked of it. */
    static class Keeper implements CompiledRulesets {
        final Map<String, byte[]> modules = new HashMap<>();
        int found;
        int kept;

        @Override
        public Optional<byte[]> find(String key) {
            byte[] module = modules.get(key);
            if (module != null) {
                found++;
            }
            return Optional.ofNullable(module);
        }

        @Override
        public void keep(String key, byte[] module) {
            kept++;
            modules.put(key, module);
        }
    }

    private static final List<RulesetFile> PACKAGED = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    @Test
    void aLoadedRulesetDecidesEveryScenarioAsTheCompiledOne() {
        ScenarioRun run = ScenarioRun.get();
        Keeper keeper = new Keeper();

        TriageEngine compiled = TriageEngine.compile(PACKAGED, keeper);
        assertThat(keeper.kept).as("modules kept by a compile").isEqualTo(1);
        assertThat(keeper.modules.keySet()).singleElement().asString().matches("[0-9a-f]{64}-drools-.+");

        TriageEngine loaded = TriageEngine.compile(PACKAGED, keeper);
        assertThat(keeper.found).as("modules loaded").isEqualTo(1);
        assertThat(keeper.kept)
                .as("a loaded module is not compiled or kept again")
                .isEqualTo(1);
        assertThat(loaded.identity()).isEqualTo(compiled.identity());
        assertThat(loaded.rules()).isEqualTo(compiled.rules());
        for (Scenario scenario : run.scenarios) {
            assertThat(loaded.assess(scenario.referral(), scenario.intelligence()))
                    .as(scenario.file())
                    .isEqualTo(run.decision(scenario));
        }
    }

    @Test
    void aChangeToATableAloneLoadsTheKeptFormAndDecidesByItsOwnTables() {
        ScenarioRun run = ScenarioRun.get();
        Keeper keeper = new Keeper();
        TriageEngine.compile(PACKAGED, keeper);
        // The vulnerability weight raised from 1 to 2: a one-cell change to a table, no DRL touched.
        List<RulesetFile> raised = PACKAGED.stream()
                .map(f -> f.name().equals("points.csv")
                        ? new RulesetFile(f.name(), f.content().replace("V,1,1,1", "V,2,1,1"))
                        : f)
                .toList();
        assertThat(raised).as("the edit applies").isNotEqualTo(PACKAGED);

        TriageEngine candidate = TriageEngine.compile(raised, keeper);

        assertThat(keeper.found)
                .as("the packaged ruleset's compiled form was loaded")
                .isEqualTo(1);
        assertThat(keeper.kept).as("nothing was compiled").isEqualTo(1);
        assertThat(candidate.identity().sha256())
                .isNotEqualTo(run.engine.identity().sha256());
        TriageEngine compiledFromSource = TriageEngine.compile(raised);
        for (Scenario scenario : run.scenarios) {
            assertThat(candidate.assess(scenario.referral(), scenario.intelligence()))
                    .as(scenario.file())
                    .isEqualTo(compiledFromSource.assess(scenario.referral(), scenario.intelligence()));
        }
        assertThat(run.scenarios)
                .as("the raised weight changes some decisions")
                .anyMatch(s -> !candidate.assess(s.referral(), s.intelligence()).equals(run.decision(s)));
    }

    @Test
    void aKeeperWithMemoryHandsTheRuleNetworkOutAgainWithoutReadingItsModule() {
        ScenarioRun run = ScenarioRun.get();
        KieBaseMemory memory = new KieBaseMemory(3);
        Keeper keeper = new Keeper() {
            @Override
            public KieBaseMemory memory() {
                return memory;
            }
        };
        TriageEngine.compile(PACKAGED, keeper);

        TriageEngine again = TriageEngine.compile(PACKAGED, keeper);

        assertThat(keeper.found).as("the kept module was not read").isZero();
        assertThat(keeper.kept).as("nor compiled again").isEqualTo(1);
        Scenario first = run.scenarios.get(0);
        assertThat(again.assess(first.referral(), first.intelligence())).isEqualTo(run.decision(first));
    }

    @Test
    void aKeptFormThatDoesNotLoadIsCompiledAgain() {
        ScenarioRun run = ScenarioRun.get();
        Keeper keeper = new Keeper();
        TriageEngine.compile(PACKAGED, keeper);
        String key = keeper.modules.keySet().iterator().next();
        byte[] broken = keeper.modules.get(key);
        Arrays.fill(broken, 0, Math.min(broken.length, 4096), (byte) 'x');

        TriageEngine recompiled = TriageEngine.compile(PACKAGED, keeper);

        assertThat(keeper.found).as("the broken module was offered").isEqualTo(1);
        assertThat(keeper.kept).as("and replaced by a new compile").isEqualTo(2);
        Scenario first = run.scenarios.get(0);
        assertThat(recompiled.assess(first.referral(), first.intelligence())).isEqualTo(run.decision(first));
    }

    @Test
    void aRulesetWithTableProblemsIsNeitherLookedUpNorKept() {
        Keeper keeper = new Keeper();
        List<RulesetFile> broken = PACKAGED.stream()
                .map(f -> f.name().equals("score-bands.csv") ? new RulesetFile(f.name(), "nonsense\n") : f)
                .toList();

        assertThatThrownBy(() -> TriageEngine.compile(broken, keeper)).isInstanceOf(RulesetException.class);

        assertThat(keeper.kept).isZero();
        assertThat(keeper.found).isZero();
    }
}
