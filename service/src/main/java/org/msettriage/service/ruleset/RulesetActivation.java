package org.msettriage.service.ruleset;

import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.CandidateReading;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.candidate.RulesetWarning;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy lead's changes to what serves: validate a candidate (and keep it when usable), propose
 * activating it for a second policy lead to approve or reject, roll back. One change at a time, and each
 * one recorded before the switch, so the record never says less than what served.
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
    private final ActivationProposals proposals;
    private final TransactionOperations transactions;
    private final Duration proposalExpiry;
    private final CandidateChecks checks;

    RulesetActivation(
            ActiveRuleset active,
            RulesetStore store,
            CandidateEngines candidates,
            ScenarioLibrary scenarios,
            ApplicationEventPublisher events,
            MsetMetrics metrics,
            ActivationProposals proposals,
            PlatformTransactionManager transactionManager,
            @Value("${mset.rules.proposal-expiry:7d}") Duration proposalExpiry,
            RulesetSettings rules) {
        this.checks =
                new CandidateChecks(active, store, candidates, rules.budgets().candidate());
        this.proposals = proposals;
        this.transactions = new TransactionTemplate(transactionManager);
        this.proposalExpiry = proposalExpiry;
        this.active = active;
        this.store = store;
        this.candidates = candidates;
        this.scenarios = scenarios;
        this.events = events;
        this.metrics = metrics;
    }

    /**
     * Validates a zipped candidate as {@link #validate(RulesetFiles.Candidate, RulesetStore.Source, Caller)}
     * does; a zip that cannot be read as a ruleset is an unusable candidate with the reasons.
     */
    public RulesetValidation validateZip(InputStream zip, Caller caller) {
        RulesetFiles.Candidate candidate;
        try {
            candidate = CandidateReading.fromZip(zip);
        } catch (RulesetException e) {
            metrics.validated(false);
            return new RulesetValidation(null, e.problems(), null, 0);
        }
        return validate(candidate, RulesetStore.Source.UPLOAD, caller);
    }

    /**
     * A candidate uploaded again while a proposal of its version awaits review, carrying other scenarios
     * than it carried when proposed: refused, as the approver weighs the proposal on those (a policy lead's
     * trial swapped its own scenario under an open proposal, and the approval took the new file). Null when
     * nothing is under review or the scenarios are the same.
     */
    private RulesetValidation scenariosUnderReview(
            RulesetValidation validation, List<RulesetStore.ScenarioFile> carried) {
        String version = validation.identity().version();
        if (proposals.pending(version, OffsetDateTime.now()).isEmpty()
                || store.carriedScenarios(version)
                        .equals(carried.stream()
                                .sorted(Comparator.comparing(RulesetStore.ScenarioFile::name))
                                .toList())) {
            return null;
        }
        return new RulesetValidation(
                validation.identity(),
                List.of(new RulesetProblem(
                        RulesetProblem.Kind.FILES,
                        "scenarios/",
                        0,
                        0,
                        "a proposal to activate " + version + " awaits review, weighed on the scenarios it carried"
                                + " when proposed: withdraw that proposal (or have it rejected) before changing"
                                + " them. Nothing was changed.")),
                null,
                validation.scenariosRun());
    }

    /**
     * Validates a candidate and, when it is usable, keeps it under its version. Never changes what serves.
     * It is checked against the serving ruleset's scenarios (those it breaks are what it changes); the
     * scenarios it carries, if any, must all hold for it, and are kept with it as its own.
     */
    public RulesetValidation validate(RulesetFiles.Candidate candidate, RulesetStore.Source source, Caller caller) {
        List<RulesetFile> files = candidate.ruleset();
        RulesetValidation taken = VersionTaken.check(files, store::find);
        if (taken != null) {
            metrics.validated(false);
            return taken;
        }
        RulesetValidation validation =
                checks.warned(checks.checked(files, scenarios.scenarios(), candidate.scenarios()), files);
        metrics.validated(validation.usable());
        if (!validation.usable()) {
            return validation;
        }
        List<RulesetStore.ScenarioFile> carried = candidate.scenarios().stream()
                .map(file -> new RulesetStore.ScenarioFile(file.name(), file.content()))
                .toList();
        RulesetIdentity identity = validation.identity();
        RulesetValidation swapped = scenariosUnderReview(validation, carried);
        if (swapped != null) {
            return swapped;
        }
        try {
            // One keep at a time: two validations of one version must not both pass the check and insert.
            synchronized (this) {
                transactions.executeWithoutResult(status -> {
                    store.keep(identity, files, source, caller.qualifiedName(), OffsetDateTime.now());
                    // What it carries now, so a corrected upload of the same version replaces what it carried.
                    store.replaceCarriedScenarios(identity.version(), carried);
                });
            }
        } catch (ConflictException e) {
            // Kept with other files by another check meanwhile: said as the check before it would have said it.
            RulesetValidation takenMeanwhile = VersionTaken.check(files, store::find);
            if (takenMeanwhile != null) {
                return takenMeanwhile;
            }
            throw e;
        }
        candidates.remember(validation.engine());
        return validation;
    }

    /**
     * What a kept ruleset does against the one that serves now, as its check warned its proposer: for the
     * policy lead asked to approve it.
     */
    public List<RulesetWarning> warnings(String version) {
        return checks.warnings(kept(version));
    }

    /**
     * A kept ruleset checked again against today's scenarios: what the check found, with the warnings a check
     * of it gives, and the scenarios it ran, so a proposal made on it need not run them again.
     */
    public record Recheck(
            String version, RulesetValidation validation, List<Scenario> scenarios, List<RulesetFile> carried) {}

    /**
     * A kept ruleset checked again against today's scenarios: what proposing it finds, for a proposer to read
     * before (or again after) a refusal, and to propose it on ({@link #propose(Recheck, String, List, Caller)}).
     */
    public Recheck recheck(String version) {
        String kept = kept(version).version();
        List<RulesetFile> files = store.files(kept);
        List<Scenario> todays = scenarios.scenarios();
        List<RulesetFile> carried = checks.carried(kept);
        return new Recheck(kept, checks.warned(checks.checked(files, todays, carried), files), todays, carried);
    }

    /**
     * Proposes activating a kept candidate, for another policy lead to approve. It is validated against
     * today's scenarios first, and every scenario it breaks must be named as accepted, so a proposal that
     * could never be approved is refused at once and each intended change of outcome is on the record.
     */
    public synchronized ActivationProposals.Proposal propose(
            String version, String reason, List<String> acceptScenarioChanges, Caller caller) {
        return propose(version, null, reason, acceptScenarioChanges, caller);
    }

    /**
     * Proposes as {@link #propose(String, String, List, Caller)} does, on the check its proposer read rather
     * than a second run of the scenarios (seconds, which validation must not spend twice): the scenarios run
     * again only when today's are no longer those it ran.
     */
    public synchronized ActivationProposals.Proposal propose(
            Recheck checked, String reason, List<String> acceptScenarioChanges, Caller caller) {
        return propose(checked.version(), checked, reason, acceptScenarioChanges, caller);
    }

    private ActivationProposals.Proposal propose(
            String version, Recheck checked, String reason, List<String> acceptScenarioChanges, Caller caller) {
        RulesetStore.Kept kept = kept(version);
        refuseIfActive(kept);
        // Today's scenarios are this ruleset's: the changes accepted are worked out against them.
        String serving = servingVersion();
        RulesetValidation validation = validatedForActivation(version, scenarios.scenarios(), checked);
        List<String> unaccepted = unaccepted(validation, acceptScenarioChanges);
        if (!unaccepted.isEmpty()) {
            throw new ConflictException(
                    "Ruleset " + version + " changes the expected outcome of scenarios not named"
                            + " in acceptScenarioChanges, so nothing was proposed: " + String.join(", ", unaccepted),
                    "Ruleset " + version + " changes the expected outcome of scenarios that were not accepted"
                            + " (the scenarios changed since it was checked), so nothing was proposed: "
                            + String.join(", ", unaccepted) + ". Check the candidate again,"
                            + " and propose it with those changes accepted if they are intended.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        ActivationProposals.Proposal proposal = new ActivationProposals.Proposal(
                UUID.randomUUID(),
                version,
                now,
                caller.qualifiedName(),
                reason,
                validation.brokenScenarios(),
                serving,
                now.plus(proposalExpiry),
                ActivationProposals.State.PENDING,
                null,
                null,
                null);
        Optional<ActivationProposals.Proposal> pending =
                transactions.execute(status -> proposals.addUnlessPending(proposal, now));
        if (pending.isPresent()) {
            throw new ProposalPending(pending.get());
        }
        log.info("Activation of ruleset {} proposed by {}", version, proposal.proposedBy());
        return proposal;
    }

    /**
     * Approves a pending proposal: a policy lead other than the one who proposed it. The candidate is
     * validated again (scenarios may have changed since), then the review and the activation are written
     * together and the candidate serves.
     */
    public synchronized RulesetStore.Kept approve(UUID proposalId, String note, Caller caller) {
        ActivationProposals.Proposal proposal = pendingProposal(proposalId);
        if (proposal.proposedBy().equals(caller.qualifiedName())) {
            throw new ConflictException("A proposal must be approved by a policy lead other than the one who made"
                    + " it, and you proposed this one");
        }
        RulesetStore.Kept kept = kept(proposal.version());
        refuseIfActive(kept);
        List<Scenario> todays = scenarios.scenarios();
        RulesetValidation validation = validatedForActivation(proposal.version(), todays, null);
        Optional<ProposalOutdated> outdated = outdated(proposal, validation, todays);
        if (outdated.isPresent()) {
            throw outdated.get();
        }
        // The scenarios travel with the ruleset: the accepted changes are written into the set it is kept
        // with, so while it serves no later candidate is reported for the same change again.
        List<RulesetStore.ScenarioFile> scenarioSet;
        try {
            scenarioSet = scenarios.accepting(proposal.version(), validation.brokenScenarios(), validation.engine());
        } catch (AssessmentBudget.Exceeded e) {
            throw new ConflictException("Ruleset " + proposal.version() + " did not decide an accepted scenario ("
                    + e.getMessage() + "), so nothing was activated; approve again");
        }
        OffsetDateTime now = OffsetDateTime.now();
        RulesetStore.Activation activation = new RulesetStore.Activation(
                proposal.version(),
                RulesetStore.Kind.ACTIVATE,
                now,
                caller.qualifiedName(),
                proposal.reason(),
                validation.brokenScenarios(),
                proposal.id());
        try (ActiveRuleset.SwitchHere here = active.switchingHere(proposal.version())) {
            // The review and the activation record stand or fall together, and both before the switch.
            transactions.executeWithoutResult(status -> {
                if (!proposals.review(
                        proposal.id(), ActivationProposals.State.APPROVED, activation.activatedBy(), note, now)) {
                    throw new ConflictException(
                            "Proposal " + proposalId + " was reviewed or lapsed meanwhile; nothing" + " was activated");
                }
                store.recordActivation(activation);
                store.replaceScenarios(proposal.version(), scenarioSet);
            });
            serve(validation.engine(), activation);
        }
        return kept;
    }

    /**
     * Why approving a proposal now would be refused as outdated, found by the check approving runs (today's
     * scenarios, so up to seconds), without approving it: for its card to say so rather than offer an
     * approval bound to fail. Empty when that check passes, or when the candidate fails validation outright
     * (approving says why).
     */
    public Optional<ProposalOutdated> outdated(ActivationProposals.Proposal proposal) {
        List<Scenario> todays = scenarios.scenarios();
        RulesetValidation validation =
                checks.checked(store.files(proposal.version()), todays, checks.carried(proposal.version()));
        return validation.usable() ? outdated(proposal, validation, todays) : Optional.empty();
    }

    /** Worked out against the scenarios that served when it was proposed: a switch since may have changed them. */
    private Optional<ProposalOutdated> outdated(
            ActivationProposals.Proposal proposal, RulesetValidation validation, List<Scenario> todays) {
        List<String> unaccepted = unaccepted(validation, proposal.acceptedScenarioChanges());
        return unaccepted.isEmpty()
                ? Optional.empty()
                : Optional.of(new ProposalOutdated(proposal, servingVersion(), named(unaccepted, todays)));
    }

    /** Rejects a pending proposal, with the reason; anyone of the role may, the proposer too (a withdrawal). */
    public ActivationProposals.Proposal reject(UUID proposalId, String reason, Caller caller) {
        pendingProposal(proposalId);
        if (!proposals.review(
                proposalId, ActivationProposals.State.REJECTED, caller.qualifiedName(), reason, OffsetDateTime.now())) {
            throw new ConflictException("Proposal " + proposalId + " was reviewed or lapsed meanwhile");
        }
        log.info("Activation proposal {} rejected by {}", proposalId, caller.qualifiedName());
        return proposal(proposalId);
    }

    public ActivationProposals.Proposal proposal(UUID proposalId) {
        return proposals
                .find(proposalId)
                .orElseThrow(() -> new NotFoundException("No activation proposal has this id."));
    }

    private ActivationProposals.Proposal pendingProposal(UUID proposalId) {
        ActivationProposals.Proposal proposal = proposal(proposalId);
        ActivationProposals.State state = proposal.stateAt(OffsetDateTime.now());
        if (state != ActivationProposals.State.PENDING) {
            throw new ConflictException("Proposal " + proposalId + " is no longer awaiting review: it was "
                    + switch (state) {
                        case APPROVED -> "approved by " + named(proposal.reviewedBy());
                        case REJECTED ->
                            proposal.withdrawn()
                                    ? "withdrawn by " + named(proposal.reviewedBy()) + ", who proposed it"
                                    : "rejected by " + named(proposal.reviewedBy());
                        default -> "not reviewed before it lapsed at " + proposal.expiresAt();
                    });
        }
        return proposal;
    }

    /** A reviewer as people know them: "demo-policy-lead", not the record's "API_KEY:demo-policy-lead". */
    private static String named(String qualifiedName) {
        return qualifiedName == null ? "(unknown)" : qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    }

    /**
     * The candidate validated against today's scenarios, not compiled again (the engine its validation
     * made is at hand, or its compiled form was kept then), or the check given when it ran today's
     * scenarios; refused unless usable.
     */
    private RulesetValidation validatedForActivation(String version, List<Scenario> todays, Recheck checked) {
        List<RulesetFile> carried = checks.carried(version);
        RulesetValidation validation = checked != null
                        && checked.scenarios().equals(todays)
                        && checked.carried().equals(carried)
                ? checked.validation()
                : checks.checked(store.files(version), todays, carried);
        if (!validation.usable()) {
            throw new ConflictException("Ruleset " + version + " fails validation and was not activated; the active"
                    + " ruleset keeps serving. Problems: "
                    + validation.problems().stream()
                            .map(RulesetProblem::toString)
                            .collect(Collectors.joining("; ")));
        }
        return validation;
    }

    /** The scenarios whose outcome the candidate changes that are not among those accepted. */
    private static List<String> unaccepted(RulesetValidation validation, List<String> accepted) {
        return validation.brokenScenarios().stream()
                .filter(scenario -> !accepted.contains(scenario))
                .toList();
    }

    /** Each scenario a change names, with its name from the set it was checked against (its file if none). */
    private static List<ProposalOutdated.Unaccepted> named(List<String> changes, List<Scenario> set) {
        return changes.stream()
                .map(change -> new ProposalOutdated.Unaccepted(
                        change,
                        set.stream()
                                .filter(scenario -> change.equals(RulesetValidator.SCENARIO_FOLDER + scenario.file()))
                                .map(Scenario::name)
                                .findFirst()
                                .orElse(change.substring(change.lastIndexOf('/') + 1))))
                .toList();
    }

    /**
     * Makes a ruleset that served before serve again, on one policy lead's word. Scenarios are not
     * re-checked: undoing must not be blocked. Only an undo, though (see {@link #rollBackTargets}).
     */
    public synchronized RulesetStore.Kept rollBack(String version, String reason, Caller caller) {
        RulesetStore.Kept kept = kept(version);
        refuseIfActive(kept);
        if (store.activations(version).isEmpty()) {
            throw new ConflictException(
                    "Ruleset " + version + " has never been active, so there is nothing to roll"
                            + " back to; propose activating it with POST /api/v1/rulesets/proposals",
                    "Ruleset " + version + " has never served, so there is nothing to roll back to: propose it"
                            + " instead, for a second policy lead to approve.");
        }
        if (!rollBackTargets().contains(version)) {
            String why = "Ruleset " + version + " is not one the switches to " + servingVersion()
                    + ", which serves now, were made from, so serving it again would redo a change, not undo one:";
            throw new ConflictException(
                    why + " propose it with POST /api/v1/rulesets/proposals for a second policy lead to approve",
                    why + " propose it instead, for a second policy lead to approve.");
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

    /**
     * The rulesets one policy lead may roll back to, most recently served first: an undo of the switches
     * that led to the one serving now ({@link UndoStack}).
     */
    public List<String> rollBackTargets() {
        return rollBackTargets(store.activations(null));
    }

    /** As {@link #rollBackTargets()}, from the history of switches already read, newest first. */
    public List<String> rollBackTargets(List<RulesetStore.Activation> newestFirst) {
        return UndoStack.rollBackTargets(newestFirst);
    }

    private String servingVersion() {
        return active.engine().identity().version();
    }

    private void switchTo(TriageEngine next, RulesetStore.Activation activation) {
        try (ActiveRuleset.SwitchHere here = active.switchingHere(activation.version())) {
            // Recorded first: if the record cannot be written, nothing switches.
            store.recordActivation(activation);
            serve(next, activation);
        }
    }

    private void serve(TriageEngine next, RulesetStore.Activation activation) {
        active.serve(next);
        // Heard synchronously, before the answer: a shadow of the ruleset now active stops at once.
        events.publishEvent(new RulesetActivated(next.identity(), activation.kind(), activation.activatedBy()));
        metrics.activated(activation.kind().name(), next.identity().version());
        log.info("Ruleset {} activated ({}) by {}", activation.version(), activation.kind(), activation.activatedBy());
    }

    /** The files of a kept ruleset, as validated. */
    public List<RulesetFile> files(String version) {
        return store.files(version);
    }

    /** A kept ruleset as a download: a zip of one folder named after it, tables as CSV or spreadsheets. */
    public record Download(String fileName, byte[] zip) {}

    public Download download(String version, boolean tablesAsSpreadsheets) {
        RulesetStore.Kept kept = kept(version);
        List<RulesetFile> files = store.files(kept.version());
        return new Download(
                "mset-ruleset-" + kept.version() + ".zip",
                tablesAsSpreadsheets
                        ? RulesetFiles.toZipWithSpreadsheets(kept.version(), files)
                        : RulesetFiles.toZip(kept.version(), files));
    }

    /** The scenarios a kept version is checked by (its own set, or the base set), as a zip. */
    public Download scenariosOf(String version) {
        RulesetStore.Kept kept = kept(version);
        List<RulesetFile> files = scenarios.filesOf(kept.version()).stream()
                .map(file -> new RulesetFile(file.name(), file.json()))
                .toList();
        return new Download(
                "mset-scenarios-" + kept.version() + ".zip", RulesetFiles.toZip(kept.version() + "-scenarios", files));
    }

    public RulesetStore.Kept kept(String version) {
        return store.find(version)
                .orElseThrow(() -> new NotFoundException(
                        // The API's words never repeat the version sent; the page shows the lead what they chose.
                        "No ruleset is kept under this version: only a ruleset that validates as usable is kept, so validate it (again, once"
                                + " its problems are fixed) with POST /api/v1/rulesets/validate",
                        "No ruleset is kept under version " + version + ": only a ruleset whose check finds it"
                                + " usable is kept, so check it (again, once its problems are fixed) from the rules"
                                + " home page."));
    }

    private void refuseIfActive(RulesetStore.Kept kept) {
        if (active.engine().identity().version().equals(kept.version())) {
            throw new ConflictException("Ruleset " + kept.version() + " is already active");
        }
    }
}
