package org.msettriage.service.ruleset;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The policy lead's changes to what serves: validate a candidate (and keep it when usable), activate it,
 * roll back. One change at a time, and each one recorded before the switch, so the record never says
 * less than what served.
 */
@Service
public class RulesetActivation {

    private static final Logger log = LoggerFactory.getLogger(RulesetActivation.class);

    private final ActiveRuleset active;
    private final RulesetStore store;
    private final CandidateEngines candidates;
    private final ScenarioLibrary scenarios;
    private final ApplicationEventPublisher events;
    private final MsetMetrics metrics;

    RulesetActivation(
            ActiveRuleset active,
            RulesetStore store,
            CandidateEngines candidates,
            ScenarioLibrary scenarios,
            ApplicationEventPublisher events,
            MsetMetrics metrics) {
        this.active = active;
        this.store = store;
        this.candidates = candidates;
        this.scenarios = scenarios;
        this.events = events;
        this.metrics = metrics;
    }

    /** Validates a candidate and, when it is usable, keeps it under its version. Never changes what serves. */
    public RulesetValidation validate(List<RulesetFile> files, RulesetStore.Source source, Caller caller) {
        RulesetValidation validation = RulesetValidator.validate(files, scenarios.scenarios(), candidates::engineFor);
        metrics.validated(validation.usable());
        if (!validation.usable()) {
            return validation;
        }
        try {
            // One keep at a time: two validations of one version must not both pass the check and insert.
            synchronized (this) {
                store.keep(validation.identity(), files, source, caller.qualifiedName(), OffsetDateTime.now());
            }
        } catch (ConflictException e) {
            List<RulesetProblem> problems = new ArrayList<>(validation.problems());
            problems.add(new RulesetProblem(RulesetProblem.Kind.FILES, "ruleset.properties", 0, 0, e.getMessage()));
            return new RulesetValidation(validation.identity(), problems, null, validation.scenariosRun());
        }
        candidates.remember(validation.engine());
        return validation;
    }

    /**
     * Activates a kept candidate after validating it again against today's scenarios. Every scenario it
     * breaks must be named as accepted, so each intended change of outcome is on the record.
     */
    public synchronized RulesetStore.Kept activate(
            String version, String reason, List<String> acceptScenarioChanges, Caller caller) {
        RulesetStore.Kept kept = kept(version);
        refuseIfActive(kept);
        // Checked again against today's scenarios, but not compiled again: the engine its validation made is
        // at hand, or its compiled form was kept then.
        RulesetValidation validation =
                RulesetValidator.validate(store.files(version), scenarios.scenarios(), candidates::engineFor);
        if (!validation.usable()) {
            throw new ConflictException("Ruleset " + version + " fails validation and was not activated; the active"
                    + " ruleset keeps serving. Problems: "
                    + validation.problems().stream()
                            .map(RulesetProblem::toString)
                            .collect(Collectors.joining("; ")));
        }
        List<String> unaccepted = validation.brokenScenarios().stream()
                .filter(scenario -> !acceptScenarioChanges.contains(scenario))
                .toList();
        if (!unaccepted.isEmpty()) {
            throw new ConflictException("Ruleset " + version + " changes the expected outcome of scenarios not named"
                    + " in acceptScenarioChanges, so it was not activated: " + String.join(", ", unaccepted));
        }
        switchTo(
                validation.engine(),
                new RulesetStore.Activation(
                        version,
                        RulesetStore.Kind.ACTIVATE,
                        OffsetDateTime.now(),
                        caller.qualifiedName(),
                        reason,
                        validation.brokenScenarios()));
        return kept;
    }

    /** Makes a ruleset that served before serve again. Scenarios are not re-checked: undoing must not be blocked. */
    public synchronized RulesetStore.Kept rollBack(String version, String reason, Caller caller) {
        RulesetStore.Kept kept = kept(version);
        refuseIfActive(kept);
        if (store.activations(version).isEmpty()) {
            throw new ConflictException("Ruleset " + version + " has never been active, so there is nothing to roll"
                    + " back to; activate it with POST /api/v1/rulesets/activate");
        }
        switchTo(
                candidates.engineFor(kept),
                new RulesetStore.Activation(
                        version,
                        RulesetStore.Kind.ROLLBACK,
                        OffsetDateTime.now(),
                        caller.qualifiedName(),
                        reason,
                        List.of()));
        return kept;
    }

    private void switchTo(TriageEngine next, RulesetStore.Activation activation) {
        // Recorded first: if the record cannot be written, nothing switches.
        store.recordActivation(activation);
        active.serve(next);
        // Heard synchronously, before the answer: a shadow of the ruleset now active stops at once.
        events.publishEvent(new RulesetActivated(next.identity(), activation.kind(), activation.activatedBy()));
        metrics.activated(activation.kind().name(), next.identity().version());
        log.info("Ruleset {} activated ({}) by {}", activation.version(), activation.kind(), activation.activatedBy());
    }

    public RulesetStore.Kept kept(String version) {
        return store.find(version)
                .orElseThrow(() -> new NotFoundException("No ruleset is kept under version " + version
                        + "; validate it first with POST /api/v1/rulesets/validate"));
    }

    private void refuseIfActive(RulesetStore.Kept kept) {
        if (active.engine().identity().version().equals(kept.version())) {
            throw new ConflictException("Ruleset " + kept.version() + " is already active");
        }
    }
}
