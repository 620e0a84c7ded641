package org.msettriage.service.ruleset;

import java.nio.file.Path;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The compiled ruleset every triage call runs against; compiled once, when the service starts. */
@Component
public class ActiveRuleset {

    private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

    private final TriageEngine engine;

    public ActiveRuleset(RulesetSettings settings) {
        long started = System.nanoTime();
        this.engine = settings.location() == null || settings.location().isBlank()
                ? TriageEngine.packaged()
                : TriageEngine.compile(RulesetFiles.fromDirectory(Path.of(settings.location())));
        log.info(
                "Ruleset {} ({}) compiled: {} rules in {} ms",
                engine.identity().version(),
                engine.identity().sha256(),
                engine.rules().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public TriageEngine engine() {
        return engine;
    }
}
