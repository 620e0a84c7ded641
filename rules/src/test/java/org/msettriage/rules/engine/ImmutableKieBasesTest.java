package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.core.impl.InternalRuleBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Every KIE base a ruleset runs on is immutable, compiled or loaded from its kept form: Drools then gives
 * each session a plain identity map for its facts, where a mutable base's sessions rebuilt per-class
 * stores for every evaluation.
 */
class ImmutableKieBasesTest {

    private static final List<RulesetFile> PACKAGED = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    /** Keeps modules in memory, so the second compile loads the first one's module. */
    private static final class Keeper implements CompiledRulesets {
        final Map<String, byte[]> modules = new HashMap<>();

        @Override
        public Optional<byte[]> find(String key) {
            return Optional.ofNullable(modules.get(key));
        }

        @Override
        public void keep(String key, byte[] module) {
            modules.put(key, module);
        }
    }

    @Test
    void aCompiledRulesetAndItsLoadedFormRunOnImmutableKieBases() {
        Keeper keeper = new Keeper();
        RulesetIdentity identity = RulesetIdentity.of(PACKAGED);

        KieBase compiled =
                RulesetCompiler.compile(PACKAGED, identity, keeper).base().kieBase();
        assertThat(keeper.modules).hasSize(1);
        KieBase loaded =
                RulesetCompiler.compile(PACKAGED, identity, keeper).base().kieBase();

        assertThat(loaded).isNotSameAs(compiled);
        assertThat(mutability(compiled)).isEqualTo(KieBaseMutabilityOption.DISABLED);
        assertThat(mutability(loaded)).isEqualTo(KieBaseMutabilityOption.DISABLED);
    }

    private static KieBaseMutabilityOption mutability(KieBase kieBase) {
        return ((InternalRuleBase) kieBase).getRuleBaseConfiguration().getOption(KieBaseMutabilityOption.KEY);
    }
}
