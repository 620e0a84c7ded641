package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.scenario.Scenario;

/**
 * The packaged ruleset's compiled form, built into the jar by this module's build, loads in place of a
 * compile and decides exactly as the ruleset compiled from its source, a table change included; a damaged
 * one is refused.
 */
class PackagedModulesTest {

    private static final List<RulesetFile> PACKAGED = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    /** Finds only what is built into the jar, and counts the compiles that kept a module instead. */
    private static final class Counting implements CompiledRulesets {
        final AtomicInteger compiled = new AtomicInteger();

        @Override
        public Optional<byte[]> find(String key) {
            return PackagedModules.ONLY.find(key);
        }

        @Override
        public void keep(String key, byte[] module) {
            compiled.incrementAndGet();
        }
    }

    @Test
    void theBuildKeptThePackagedRulesetsCompiledForm() {
        assertThat(PackagedModules.built(PackagedModules.keyOf(PACKAGED))).isPresent();
    }

    @Test
    void loadedFromTheJarTheRulesetAndATableChangeOfItDecideAsCompiledFromSource() {
        List<RulesetFile> raised = PACKAGED.stream()
                .map(f -> f.name().equals("points.csv")
                        ? new RulesetFile(f.name(), f.content().replace("V,1,1,1", "V,2,1,1"))
                        : f)
                .toList();
        Referral example = Scenario.read(Path.of(
                        System.getProperty("test-data.dir", "../test-data"),
                        "scenarios/examples-repeat-missing-found-with-adult-in-car.json"))
                .referral();
        for (List<RulesetFile> files : List.of(PACKAGED, raised)) {
            Counting keeper = new Counting();
            TriageEngine loaded = TriageEngine.compile(files, keeper);
            TriageEngine fromSource = TriageEngine.compile(files);

            assertThat(keeper.compiled).as("loaded, not compiled").hasValue(0);
            assertThat(loaded.identity()).isEqualTo(fromSource.identity());
            assertThat(loaded.rules()).isEqualTo(fromSource.rules());
            assertThat(loaded.assess(example)).isEqualTo(fromSource.assess(example));
        }
    }

    @Test
    void aDamagedFormIsRefused() {
        byte[] module = "a compiled module".getBytes(StandardCharsets.UTF_8);
        byte[] otherDigest = "00".repeat(32).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> PackagedModules.checked("k", module, otherDigest))
                .hasMessageContaining("damaged");
        assertThat(PackagedModules.checked("k", null, otherDigest)).isEmpty();
    }
}
