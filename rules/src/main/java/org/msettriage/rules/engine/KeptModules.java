package org.msettriage.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and keeps compiled KIE modules through a {@link CompiledRulesets}, never failing a compile. */
final class KeptModules {

    private static final Logger log = LoggerFactory.getLogger(KeptModules.class);

    /** The engine's version is part of the key: a module compiled by another Drools may not load or run. */
    static final String DROOLS_VERSION = droolsVersion();

    // A kept module carries the release id it was compiled under, so two loads of one module at once would
    // share (and remove) each other's entry in the KIE repository; loading takes well under a second.
    private static final Object LOADING = new Object();

    private KeptModules() {}

    /**
     * The key of a ruleset's compiled form: the SHA-256 of its DRL files alone, and the Drools version. The
     * tables are facts each evaluation is given, not compiled, so rulesets that differ only in a table (a
     * one-cell change to a weight or a threshold) share one compiled form, and validating such a change
     * loads it instead of compiling.
     */
    // A ruleset's SHA-256, then the Drools version: the form key() gives, and nothing that could name a file
    // or resource elsewhere.
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}-drools-[A-Za-z0-9._-]{1,64}");

    /** Whether a key has the form {@link #key(List)} gives. */
    static boolean isKey(String key) {
        return KEY.matcher(key).matches();
    }

    static String key(List<RulesetFile> files) {
        return RulesetIdentity.sha256(files.stream().filter(RulesetFile::isDrl).toList()) + "-drools-" + DROOLS_VERSION;
    }

    static void remember(CompiledRulesets kept, String key, MarkedKieBase kieBase) {
        kept.memory().put(key, kieBase);
    }

    static Optional<MarkedKieBase> load(KieServices services, CompiledRulesets kept, String key) {
        Optional<MarkedKieBase> recent = kept.memory().get(key);
        if (recent.isPresent()) {
            return recent;
        }
        Optional<byte[]> module = find(kept, key);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        synchronized (LOADING) {
            ReleaseId releaseId = null;
            try {
                KieModule loaded = services.getRepository()
                        .addKieModule(services.getResources().newByteArrayResource(module.get()));
                releaseId = loaded.getReleaseId();
                MarkedKieBase loadedBase = MarkedKieBase.of(ImmutableKieBases.of(services, releaseId));
                remember(kept, key, loadedBase);
                return Optional.of(loadedBase);
            } catch (RuntimeException | LinkageError e) {
                // A LinkageError: classes compiled for a newer Java than this one, or against other classes.
                log.warn("The kept compiled ruleset {} did not load ({}); compiling it", key, e.toString());
                return Optional.empty();
            } finally {
                if (releaseId != null) {
                    services.getRepository().removeKieModule(releaseId);
                }
            }
        }
    }

    private static Optional<byte[]> find(CompiledRulesets kept, String key) {
        try {
            return kept.find(key);
        } catch (RuntimeException e) {
            log.warn("The compiled ruleset {} could not be read ({}); compiling it", key, e.toString());
            return Optional.empty();
        }
    }

    static void keep(CompiledRulesets kept, String key, InternalKieModule module) {
        // Writing the module out as a jar costs time a keeper of nothing should not pay.
        if (kept == CompiledRulesets.NONE) {
            return;
        }
        try {
            kept.keep(key, module.getBytes());
        } catch (RuntimeException e) {
            log.warn("The compiled ruleset {} could not be kept ({})", key, e.toString());
        }
    }

    private static String droolsVersion() {
        try (InputStream in = KieServices.class.getResourceAsStream("/META-INF/maven/org.kie/kie-api/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
