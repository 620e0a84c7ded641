package org.msettriage.rules.engine;

import java.util.Optional;

/**
 * Where compiled rulesets are kept between compiles: the KIE module (generated and compiled Java of the
 * executable model) of each ruleset compiled without problems, under a key naming the SHA-256 of its DRL
 * files and the Drools version (tables are not compiled, so a change to a table alone shares the form).
 * Loading one takes a fraction of compiling it, so a restart, the activation of a candidate just
 * validated, or the validation of a change to a table, does not compile again.
 *
 * <p>What is kept is code the JVM will run: a keeper must return only bytes it kept itself, unaltered
 * (for example by checking a keyed digest), or the compiled form built into the jar ({@link
 * PackagedModules}, as trusted as the jar's classes), and return nothing for anything else.
 */
public interface CompiledRulesets {

    /** Keeps nothing: every ruleset is compiled from its source. */
    CompiledRulesets NONE = new CompiledRulesets() {
        @Override
        public Optional<byte[]> find(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, byte[] module) {}
    };

    /**
     * Whether a key has the form compiles ask for (a ruleset's SHA-256, then the Drools version): a keeper
     * that names a file or resource by its key refuses any other.
     */
    static boolean isKey(String key) {
        return KeptModules.isKey(key);
    }

    /** The module kept under the key, if there is one and it is exactly as it was kept. */
    Optional<byte[]> find(String key);

    /** Keeps a module; a keeper that cannot write says so in its log, and compiling still succeeds. */
    void keep(String key, byte[] module);

    /** Where this keeper remembers the KIE bases made last, to hand out again; by default nowhere. */
    default KieBaseMemory memory() {
        return KieBaseMemory.NONE;
    }
}
