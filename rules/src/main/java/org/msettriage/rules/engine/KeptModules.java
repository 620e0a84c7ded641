package org.msettriage.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.kie.api.KieBase;
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

    static String key(RulesetIdentity identity) {
        return identity.sha256() + "-drools-" + DROOLS_VERSION;
    }

    static Optional<KieBase> load(KieServices services, CompiledRulesets kept, String key) {
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
                return Optional.of(services.newKieContainer(releaseId).getKieBase());
            } catch (RuntimeException e) {
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

    static void keep(CompiledRulesets kept, String key, byte[] module) {
        if (module == null) {
            return;
        }
        try {
            kept.keep(key, module);
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
