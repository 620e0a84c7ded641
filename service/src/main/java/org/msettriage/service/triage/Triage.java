package org.msettriage.service.triage;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.decision.DecisionIds;
import org.msettriage.service.decision.DecisionProfile;
import org.msettriage.service.decision.DecisionWriter;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.decision.IdempotencyKey;
import org.msettriage.service.decision.IdempotencyKeys;
import org.msettriage.service.decision.NewDecision;
import org.msettriage.service.decision.PanelUnmetRules;
import org.msettriage.service.links.ReferralLinks;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.RulesetSettings;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.InParallel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes a validated referral to a stored decision: looks up what the store adds to it (links across
 * referrals and the child's history, when the ruleset links), evaluates it on the ruleset the request was
 * checked against, stores the decision with its answer durably, then announces {@link DecisionStored}.
 */
@Service
class Triage {

    private static final Logger log = LoggerFactory.getLogger(Triage.class);

    /**
     * Referrals of one batch the rules may overrun on before the batch stops deciding. Each costs the live
     * budget (5 s) and a compile: without a bound, a batch of 1,000 referrals that a faulty rule never
     * finishes on would hold its call and a core for over an hour. Two is one round on a two-core machine.
     */
    static final int OVERRUNS_PER_BATCH = 2;

    /** A referral as the rules decided it, before the answer is written. */
    record Assessed(UUID decisionId, OffsetDateTime decidedAt, Referral referral, RiskAssessment assessment) {}

    /**
     * Writes the answer: the contract's document belongs to the web edge, so the caller supplies it, and the
     * decision is stored as exactly the JSON that is answered.
     */
    interface Answer<A> {

        A of(Assessed assessed);

        String json(A answer);
    }

    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final MsetMetrics metrics;
    private final InParallel inParallel;
    private final ReferralLinks links;
    private final ActiveRuleset active;
    private final Duration liveBudget;

    Triage(
            Decisions decisions,
            ApplicationEventPublisher events,
            MsetMetrics metrics,
            InParallel inParallel,
            ReferralLinks links,
            ActiveRuleset active,
            RulesetSettings rules) {
        this.liveBudget = rules.budgets().live();
        this.links = links;
        this.active = active;
        this.decisions = decisions;
        this.events = events;
        this.metrics = metrics;
        this.inParallel = inParallel;
    }

    /**
     * What a call came to: the answer of a new stored decision, or (nothing stored) the earlier decision its
     * Idempotency-Key names.
     */
    record Outcome<A>(A answer, IdempotencyKeys.Earlier earlier) {}

    /**
     * A referral to decide, as received, with its request JSON as it is to be stored and its Idempotency-Key
     * (null without one).
     */
    record Received(Referral referral, String requestJson, IdempotencyKey key) {

        Received(Referral referral, String requestJson) {
            this(referral, requestJson, null);
        }

        Received keyed(IdempotencyKey key) {
            return new Received(referral, requestJson, key);
        }
    }

    /**
     * A batch item's outcome: the answer of its stored decision; or, nothing stored, the earlier decision its
     * Idempotency-Key names (stored by a call that raced this one), or why it was not stored (a
     * StoreUnavailableException or a RulesOverranException).
     */
    record Stored<A>(A answer, IdempotencyKeys.Earlier earlier, RuntimeException failure) {}

    /** A batch item made, or why the rules did not make it. */
    private record Attempt<A>(Made<A> made, RulesOverranException overran) {}

    /** A decision made and answered, not yet stored. */
    private record Made<A>(A answer, NewDecision decision, Referral referral, RiskAssessment assessment) {}

    /**
     * Decides the referral (as received, its request JSON beside it), stores the decision with its
     * Idempotency-Key (null without one), and returns the answer; or, when the key already names a decision,
     * stores nothing and returns that one.
     */
    <A> Outcome<A> decide(
            Referral received,
            String requestJson,
            TriageEngine engine,
            OffsetDateTime requestTime,
            Caller caller,
            IdempotencyKey key,
            Answer<A> answer) {
        Made<A> made = make(new Received(received, requestJson, key), engine, requestTime, caller, answer);
        Optional<IdempotencyKeys.Earlier> earlier = decisions.store(made.decision());
        if (earlier.isPresent()) {
            return new Outcome<>(null, earlier.get());
        }
        announce(made, caller);
        return new Outcome<>(made.answer(), null);
    }

    /**
     * Decides and stores many referrals at once, all on one ruleset and one request time: their decisions
     * share commits. Each is stored or not on its own; the outcomes are in the order given.
     */
    <A> List<Stored<A>> decideAll(
            List<Received> received, TriageEngine engine, OffsetDateTime requestTime, Caller caller, Answer<A> answer) {
        // Looking up links, deciding and protecting are done per referral with nothing shared between them:
        // spread over the cores, as concurrent single calls would be. A lookup that fails fails the batch
        // (a 503, nothing stored), as a failed commit does.
        // A referral the rules do not decide within their budget fails on its own, as a single call would;
        // after OVERRUNS_PER_BATCH of them the referrals not yet begun are not decided either.
        AtomicInteger overran = new AtomicInteger();
        List<Attempt<A>> attempts = inParallel.map(received, r -> {
            int overranSoFar = overran.get();
            if (overranSoFar >= OVERRUNS_PER_BATCH) {
                return new Attempt<>(null, RulesOverranException.batchStopped(overranSoFar));
            }
            try {
                return new Attempt<>(make(r, engine, requestTime, caller, answer), null);
            } catch (RulesOverranException e) {
                if (e.byThisReferral()) {
                    overran.incrementAndGet();
                }
                return new Attempt<>(null, e);
            }
        });
        List<Made<A>> made =
                attempts.stream().map(Attempt::made).filter(Objects::nonNull).toList();
        List<DecisionWriter.Written> written =
                decisions.storeAll(made.stream().map(Made::decision).toList());
        List<Stored<A>> outcomes = new ArrayList<>(attempts.size());
        int stored = 0;
        for (Attempt<A> attempt : attempts) {
            if (attempt.made() == null) {
                outcomes.add(new Stored<>(null, null, attempt.overran()));
                continue;
            }
            DecisionWriter.Written outcome = written.get(stored++);
            if (outcome.failure() != null || outcome.earlier() != null) {
                outcomes.add(new Stored<>(null, outcome.earlier(), outcome.failure()));
                continue;
            }
            announce(attempt.made(), caller);
            outcomes.add(new Stored<>(attempt.made().answer(), null, null));
        }
        return outcomes;
    }

    private <A> Made<A> make(
            Received received, TriageEngine engine, OffsetDateTime requestTime, Caller caller, Answer<A> answer) {
        // A referral without assessedAt is assessed at the request's time, to the microsecond the record keeps
        // it to: to the nanosecond, the history a later referral reads of it named another moment.
        Referral referral = received.referral().withDefaults(requestTime.truncatedTo(ChronoUnit.MICROS));
        ReferralLinks.Lookup lookup = links.lookUp(referral, engine.policy());
        RiskAssessment assessment = decided(engine, referral, lookup);
        UUID decisionId = DecisionIds.next();
        OffsetDateTime decidedAt = OffsetDateTime.now(requestTime.getOffset()).truncatedTo(ChronoUnit.MILLIS);
        A decision = answer.of(new Assessed(decisionId, decidedAt, referral, assessment));
        NewDecision stored = new NewDecision(
                decisionId,
                referral.assessedAt(),
                decidedAt,
                assessment.ruleset().version(),
                assessment.ruleset().sha256(),
                assessment.riskLevel().name(),
                assessment.pathway(),
                assessment.preMset().eligible(),
                assessment.msetPanel().eligible(),
                referral.localAuthority() == null
                        ? null
                        : referral.localAuthority().name(),
                referral.childRef(),
                referral.referralId(),
                received.requestJson(),
                answer.json(decision),
                assessment.firedRules(),
                caller,
                received.key(),
                lookup.identifierHashes(),
                DecisionProfile.of(referral, assessment.exploitationTypes()),
                PanelUnmetRules.of(assessment.msetPanel()));
        return new Made<>(decision, stored, referral, assessment);
    }

    /**
     * The active ruleset's decision within its live budget (mset.rules.live-budget). When another call's
     * decision stopped the rules this call was given, the referral is decided once more on the same ruleset
     * compiled afresh.
     */
    private RiskAssessment decided(TriageEngine engine, Referral referral, ReferralLinks.Lookup lookup) {
        try {
            return engine.assessWithin(liveBudget, referral, lookup.intelligence());
        } catch (AssessmentBudget.Exceeded e) {
            if (!e.byEarlierDecision()) {
                throw overran(engine, e);
            }
            TriageEngine fresh = active.engine();
            if (!fresh.identity().equals(engine.identity())) {
                // Another ruleset serves now: this call was checked against the one it was given.
                throw RulesOverranException.byAnotherReferral(e);
            }
            try {
                return fresh.assessWithin(liveBudget, referral, lookup.intelligence());
            } catch (AssessmentBudget.Exceeded again) {
                throw again.byEarlierDecision()
                        ? RulesOverranException.byAnotherReferral(again)
                        : overran(fresh, again);
            }
        }
    }

    /** This referral overran the rules: counted and logged (the ruleset's version only, never the referral). */
    private RulesOverranException overran(TriageEngine engine, AssessmentBudget.Exceeded e) {
        metrics.overran(engine.identity().version());
        log.error(
                "The active ruleset {} did not decide a referral ({}): the decision was stopped and nothing"
                        + " stored, and the ruleset is compiled again. A rule of it never finishes on such"
                        + " referrals: tell the policy leads.",
                engine.identity().version(),
                e.getMessage());
        return RulesOverranException.byThisReferral(e);
    }

    private void announce(Made<?> made, Caller caller) {
        UUID decisionId = made.decision().decisionId();
        // After the store returns, so a listener (the shadow) never delays or changes what the caller gets.
        events.publishEvent(new DecisionStored(decisionId, made.referral(), made.assessment()));
        metrics.decided(
                made.decision().riskLevel(),
                made.decision().pathway(),
                made.decision().rulesetVersion());
        // Ids, level, ruleset and client only: nothing about the child reaches the logs.
        log.info(
                "Decision {} stored for {}: risk level {}, ruleset {}",
                decisionId,
                caller.name(),
                made.assessment().riskLevel(),
                made.assessment().ruleset().version());
    }
}
