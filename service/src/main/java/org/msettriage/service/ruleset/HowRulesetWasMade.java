package org.msettriage.service.ruleset;

import java.util.Optional;
import org.msettriage.rules.engine.CompiledRulesets;
import org.msettriage.rules.engine.KieBaseMemory;

/**
 * The kept compiled forms as the start reads them, noting in words whether the ruleset it serves was
 * compiled from its source or loaded from a compiled form, so the start's log says which happened
 * rather than "compiled, or loaded as compiled before" (found by a new operator).
 */
final class HowRulesetWasMade implements CompiledRulesets {

    static final String COMPILED = "compiled from its source";

    private final CompiledRulesetFolder folder;
    private volatile String words = COMPILED;

    HowRulesetWasMade(CompiledRulesetFolder folder) {
        this.folder = folder;
    }

    @Override
    public Optional<byte[]> find(String key) {
        Optional<CompiledRulesetFolder.Found> found = folder.found(key);
        found.ifPresent(form -> words = form.where());
        return found.map(CompiledRulesetFolder.Found::module);
    }

    @Override
    public void keep(String key, byte[] module) {
        // Only a new compile is kept: a form found but not usable was compiled again after all.
        words = COMPILED;
        folder.keep(key, module);
    }

    @Override
    public KieBaseMemory memory() {
        return folder.memory();
    }

    /** How the ruleset last asked for was made, in words. */
    String words() {
        return words;
    }
}
