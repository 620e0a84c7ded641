package org.msettriage.service.ruleset;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.CompiledRulesets;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.metrics.MsetMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The compiled ruleset every triage call runs against. It is swapped whole, atomically: a request takes
 * the engine once and passes it on (validation and decision alike), so it runs wholly on the old or wholly
 * on the new ruleset. At start it serves the ruleset activated last; on a first start, the configured one.
 */
@Component
public class ActiveRuleset implements SmartLifecycle {

    static final String SERVICE = "service";
    /** How long a first start waits for another instance's simultaneous one to record its activation. */
    private static final int FIRST_START_WAITS = 50;

    private static final long FIRST_START_PAUSE_MS = 200;
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

    private final AtomicReference<TriageEngine> engine = new AtomicReference<>();
    /** The version a switch made on this instance records and serves, while it does; null otherwise. */
    private final AtomicReference<String> switchingHere = new AtomicReference<>();

    private final CompletableFuture<Void> ready;
    private final CompiledRulesetFolder compiled;
    private final MsetMetrics metrics;
    private volatile boolean running;

    public ActiveRuleset(
            RulesetSettings settings, RulesetStore store, CompiledRulesetFolder compiled, MsetMetrics metrics) {
        long started = System.nanoTime();
        this.compiled = compiled;
        this.metrics = metrics;
        Optional<String> lastActivated = store.lastActivated();
        List<RulesetFile> configured = configuredFiles(settings);
        RulesetStore.Source source = configuredSource(settings);
        List<RulesetFile> activated = lastActivated.map(store::files).orElse(null);
        // Compiled (or loaded) on a thread of its own while the rest of the application is built, on the
        // other core: start() waits for it, so nothing is served before it is ready.
        HowRulesetWasMade how = new HowRulesetWasMade(compiled);
        this.ready = CompletableFuture.runAsync(
                () -> {
                    if (activated != null) {
                        engine.set(TriageEngine.compile(activated, how));
                        noteConfiguredIfNew(configured, source, store, compiled);
                    } else {
                        engine.set(firstStart(configured, source, store, how));
                    }
                    TriageEngine serving = engine.get();
                    metrics.serving(serving.identity().version());
                    log.info(
                            "Ruleset {} ({}) ready, {}: {} rules in {} ms",
                            serving.identity().version(),
                            serving.identity().sha256(),
                            how.words(),
                            serving.rules().size(),
                            (System.nanoTime() - started) / 1_000_000);
                },
                task -> {
                    Thread loader = new Thread(task, "ruleset-loader");
                    loader.setDaemon(true);
                    loader.start();
                });
    }

    private static TriageEngine firstStart(
            List<RulesetFile> configured, RulesetStore.Source source, RulesetStore store, CompiledRulesets compiled) {
        RulesetValidation validation =
                RulesetValidator.validate(configured, List.of(), files -> TriageEngine.compile(files, compiled));
        if (!validation.usable()) {
            throw new IllegalStateException("The configured ruleset cannot be used:\n" + validation.problems());
        }
        OffsetDateTime now = OffsetDateTime.now();
        try {
            store.keep(validation.identity(), configured, source, SERVICE, now);
        } catch (DataIntegrityViolationException another) {
            // Another instance sharing the database kept it at the same moment: serve what that one activates
            // (it records the activation a moment after keeping the ruleset).
            Optional<String> activated = store.lastActivated();
            for (int wait = 0; activated.isEmpty() && wait < FIRST_START_WAITS; wait++) {
                pause();
                activated = store.lastActivated();
            }
            if (activated.isEmpty()) {
                throw another;
            }
            log.info("Another instance made the first start at the same moment; serving ruleset {}", activated.get());
            return TriageEngine.compile(store.files(activated.get()), compiled);
        }
        boolean recorded = store.recordFirstActivation(new RulesetStore.Activation(
                validation.identity().version(),
                RulesetStore.Kind.FIRST_START,
                now,
                SERVICE,
                "The ruleset configured at first start (" + source.name().toLowerCase(Locale.ROOT) + ")",
                List.of()));
        if (!recorded) {
            String activated = store.lastActivated().orElseThrow();
            log.info("Another instance made the first start meanwhile; serving ruleset {}", activated);
            return TriageEngine.compile(store.files(activated), compiled);
        }
        return validation.engine();
    }

    private static void pause() {
        try {
            Thread.sleep(FIRST_START_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another instance's first start", e);
        }
    }

    /** Waits for the ruleset the service starts with; a ruleset that cannot be used fails the start. */
    private TriageEngine awaitReady() {
        try {
            ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return engine.get();
    }

    @Override
    public void start() {
        awaitReady();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Before the web server starts (and before anything else that serves): no request finds it unready.
        return Integer.MIN_VALUE / 2;
    }

    /**
     * The ruleset serving new requests now. A request that must run wholly on one ruleset (validation and
     * decision alike) takes it once and passes it on.
     */
    public TriageEngine engine() {
        TriageEngine serving = engine.get();
        if (serving == null) {
            return awaitReady();
        }
        return serving.stopped() ? compiledAgain(serving) : serving;
    }

    /**
     * The serving ruleset compiled afresh (loaded from its kept compiled form: a second or two) after one of
     * its decisions was stopped over the live budget, which may have left it half-changed. One caller
     * compiles; the others wait for it rather than each compile.
     */
    private synchronized TriageEngine compiledAgain(TriageEngine stopped) {
        TriageEngine serving = engine.get();
        if (serving != stopped) {
            return serving;
        }
        TriageEngine fresh = TriageEngine.compile(stopped.files(), compiled);
        engine.compareAndSet(stopped, fresh);
        log.warn(
                "Ruleset {} ({}) compiled again after a decision of it was stopped over its budget",
                fresh.identity().version(),
                fresh.identity().sha256());
        return engine.get();
    }

    /** A switch made on this instance, from its record to its serving; closed once served or failed. */
    interface SwitchHere extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Marks a switch to this version as made here until it is closed: the activation follower, which may
     * read the switch's record before this instance serves it, leaves it to the switch, so that it is not
     * served (and logged as activated on another instance) twice.
     */
    SwitchHere switchingHere(String version) {
        switchingHere.set(version);
        return () -> switchingHere.compareAndSet(version, null);
    }

    /** Whether a switch to this version is being made on this instance. */
    boolean isSwitchingHereTo(String version) {
        return version.equals(switchingHere.get());
    }

    /** Makes another compiled ruleset the active one; requests already under way keep theirs. */
    void serve(TriageEngine next) {
        metrics.serving(next.identity().version());
        TriageEngine previous = engine.getAndSet(next);
        log.info(
                "Ruleset {} ({}) now serves, in place of {}",
                next.identity().version(),
                next.identity().sha256(),
                previous.identity().version());
    }

    /**
     * Makes another compiled ruleset the active one only if {@code expected} still serves, so a change
     * read from the store a moment ago never undoes one made here since.
     */
    boolean serveInPlaceOf(TriageEngine expected, TriageEngine next) {
        if (!engine.compareAndSet(expected, next)) {
            return false;
        }
        metrics.serving(next.identity().version());
        log.info(
                "Ruleset {} ({}) now serves, in place of {}, as activated on another instance",
                next.identity().version(),
                next.identity().sha256(),
                expected.identity().version());
        return true;
    }

    static List<RulesetFile> configuredFiles(RulesetSettings settings) {
        return settings.location() == null || settings.location().isBlank()
                ? RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER)
                : RulesetFiles.fromDirectory(Path.of(settings.location()));
    }

    private static RulesetStore.Source configuredSource(RulesetSettings settings) {
        return settings.location() == null || settings.location().isBlank()
                ? RulesetStore.Source.PACKAGED
                : RulesetStore.Source.LOCATION;
    }

    /**
     * A deployment may bring a new configured ruleset while a policy lead's activation serves. The
     * policy lead's choice stands; the new one is kept as a candidate for them to validate and activate.
     */
    private void noteConfiguredIfNew(
            List<RulesetFile> configured,
            RulesetStore.Source source,
            RulesetStore store,
            CompiledRulesetFolder compiled) {
        RulesetIdentity identity = RulesetIdentity.of(configured);
        if (identity.equals(engine.get().identity())) {
            return;
        }
        Optional<RulesetStore.Kept> kept = store.find(identity.version());
        if (kept.isEmpty()) {
            // Kept only when usable, as every kept ruleset is: a candidate must compile.
            RulesetValidation validation =
                    RulesetValidator.validate(configured, List.of(), files -> TriageEngine.compile(files, compiled));
            if (!validation.usable()) {
                log.warn(
                        "The configured ruleset {} cannot be used and is ignored: {}",
                        identity.version(),
                        validation.problems());
                return;
            }
            store.keep(identity, configured, source, SERVICE, OffsetDateTime.now());
            log.warn(
                    "The configured ruleset {} is not the active one ({}); it is kept as a candidate: validate and"
                            + " activate it to use it",
                    identity.version(),
                    engine.get().identity().version());
        } else if (!kept.get().sha256().equals(identity.sha256())) {
            log.warn(
                    "The configured ruleset names version {}, which already names other files; it is ignored."
                            + " Give it a new version.",
                    identity.version());
        }
    }
}
