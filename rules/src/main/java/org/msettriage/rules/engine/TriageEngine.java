package org.msettriage.rules.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.facts.AssessedChild;
import org.msettriage.rules.facts.Circumstances;
import org.msettriage.rules.facts.Episode;
import org.msettriage.rules.facts.Evidence;
import org.msettriage.rules.facts.Judgement;
import org.msettriage.rules.facts.LinkedIdentifier;
import org.msettriage.rules.facts.NamedLocation;
import org.msettriage.rules.facts.NamedPerpetrator;
import org.msettriage.rules.facts.PreviousLevel;
import org.msettriage.rules.links.History;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.policy.ActionRules;
import org.msettriage.rules.policy.InvalidPolicyException;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.IndicatorEntry;
import org.msettriage.rules.referral.Referral;

/**
 * One compiled ruleset, ready to evaluate referrals. Thread-safe: the KIE base is shared and read-only,
 * and every evaluation runs in a stateless session of its own, with its own facts and trace.
 */
public final class TriageEngine {

    /** Sessions kept ready at first; the pool grows to as many as evaluations run at once. */
    private static final int POOLED_SESSIONS = 2;

    // A stateless session borrows a working memory from the pool and resets it when done: making the
    // node memories of a fresh working memory was most of the cost of an evaluation.
    private final KieSessionsPool sessions;
    private final Policy policy;
    private final RulesetIdentity identity;
    private final List<RuleDescription> rules;
    private final List<RulesetFile> files;
    private final AssessmentAssembler assembler;
    private final UnmatchedFindings unmatched;
    private final EngineChannel channel;
    // The policy's facts that some rule reads: a ruleset that looks rows up in PolicyLookup is not
    // given the rows as well (an older ruleset that matches them is).
    private final List<Object> policyFacts;
    // Set when a decision within a budget on this engine's KIE base was stopped (by any engine sharing it).
    private final StopMark stops;

    private TriageEngine(
            MarkedKieBase base,
            Policy policy,
            RulesetIdentity identity,
            List<RuleDescription> rules,
            List<RulesetFile> files) {
        KieBase kieBase = base.kieBase();
        this.sessions = kieBase.newKieSessionsPool(POOLED_SESSIONS);
        this.stops = base.stops();
        this.unmatched = new UnmatchedFindings(kieBase);
        this.policy = policy;
        this.identity = identity;
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
        this.assembler = new AssessmentAssembler(policy, identity, this.rules);
        this.channel = new EngineChannel(policy.settings(), policy.actionRules(), kieBase);
        this.policyFacts = policy.facts().stream()
                .filter(fact -> unmatched.anyRuleReads(fact.getClass()))
                .toList();
    }

    /** Compiles a ruleset, failing with every problem found (tables and DRL alike) if it cannot be used. */
    public static TriageEngine compile(List<RulesetFile> files) {
        return compile(files, CompiledRulesets.NONE);
    }

    /**
     * Compiles a ruleset as {@link #compile(List)} does, loading instead the module kept from an earlier
     * compile of the same files when there is one, and keeping the module of a new compile.
     */
    public static TriageEngine compile(List<RulesetFile> files, CompiledRulesets kept) {
        List<RulesetProblem> refused = DrlAllowlist.refused(files);
        if (!refused.isEmpty()) {
            // Compiling runs code from the DRL (metadata, constant folding), so a refused file is never compiled.
            throw new RulesetException(refused);
        }
        List<RulesetProblem> problems = new ArrayList<>();
        RulesetIdentity identity = attempt(problems, () -> RulesetIdentity.of(files));
        Policy policy = attempt(problems, () -> readPolicy(files));
        // The DRL is compiled even when a table is wrong, so its own problems are reported in the same go.
        RulesetIdentity building =
                identity != null ? identity : new RulesetIdentity("unnamed", RulesetIdentity.sha256(files));
        // Only a ruleset whose identity and tables are sound is looked up or kept: the others fail anyway.
        CompiledRulesets keeper = problems.isEmpty() ? kept : CompiledRulesets.NONE;
        RulesetCompiler.Compiled compiled = attempt(problems, () -> compiled(files, building, keeper));
        if (policy != null && compiled != null) {
            problems.addAll(absentSettings(compiled.rules(), policy));
        }
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        if (policy.actionRules().isEmpty()) {
            return new TriageEngine(compiled.base(), policy, identity, compiled.rules(), files);
        }
        ActionRules rows = policy.actionRules().get();
        boolean read = new UnmatchedFindings(compiled.base().kieBase()).anyRuleReads(ActionRules.class);
        problems.addAll(ActionRuleRows.problems(files, rows, compiled.rules(), read));
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        return new TriageEngine(
                compiled.base(), policy, identity, ActionRuleRows.listed(compiled.rules(), rows), files);
    }

    /**
     * A problem for each rule whose explanation names an optional setting this ruleset's settings.csv
     * does not give: it could never be filled, and would fail the first decision the rule fires in.
     */
    private static List<RulesetProblem> absentSettings(List<RuleDescription> rules, Policy policy) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (RuleDescription rule : rules) {
            List<String> absent =
                    rule.explanation() == null ? List.of() : policy.settings().absentIn(rule.explanation());
            if (!absent.isEmpty()) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.METADATA,
                        rule.file(),
                        0,
                        0,
                        "rule \"" + rule.name() + "\": its @explanation names {" + String.join("}, {", absent)
                                + "}, which settings.csv does not give; add its row there"));
            }
        }
        return problems;
    }

    /** Compiles, turning whatever Drools throws on a DRL it cannot build into that ruleset's problem. */
    private static RulesetCompiler.Compiled compiled(
            List<RulesetFile> files, RulesetIdentity identity, CompiledRulesets kept) {
        try {
            return RulesetCompiler.compile(files, identity, kept);
        } catch (RulesetException e) {
            throw e;
        } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
            throw new RulesetException(List.of(new RulesetProblem(
                    RulesetProblem.Kind.COMPILE,
                    "?",
                    0,
                    0,
                    "Drools could not build the ruleset: " + e.getClass().getSimpleName())));
        }
    }

    private static <T> T attempt(List<RulesetProblem> problems, Supplier<T> step) {
        try {
            return step.get();
        } catch (RulesetException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * What the ruleset's DRL uses that a rule may not (see {@link DrlAllowlist}); empty when it may be
     * compiled.
     */
    public static List<RulesetProblem> notAllowed(List<RulesetFile> files) {
        return DrlAllowlist.refused(files);
    }

    /** The ruleset packaged with the rules module. */
    public static TriageEngine packaged() {
        return compile(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
    }

    /** Evaluates one validated referral whose assessedAt is set, on its own (nothing from the record). */
    public RiskAssessment assess(Referral referral) {
        return assess(referral, Intelligence.NONE);
    }

    /**
     * Evaluates one validated referral whose assessedAt is set, with what the service's record adds to it
     * (links and history, policy section 10). A ruleset that does not link referrals reads none of it.
     */
    public RiskAssessment assess(Referral referral, Intelligence intelligence) {
        if (stops.isSet()) {
            throw AssessmentBudget.Exceeded.earlier();
        }
        Intelligence used = policy.linking().isPresent() ? intelligence : Intelligence.NONE;
        StatelessKieSession session = sessions.newStatelessKieSession();
        FiringTrace trace = new FiringTrace(channel);
        session.addEventListener(trace.agendaListener);
        session.addEventListener(trace.insertionListener);
        session.registerChannel(UnmatchedFindings.CHANNEL, unmatched.sinkFor(trace));
        session.registerChannel(EngineChannel.NAME, channel);
        session.execute(facts(referral, used));
        return assembler.assemble(trace, referral.assessedAt(), used);
    }

    /**
     * Decides as {@link #assess(Referral, Intelligence)} does, within a budget. A decision over the budget is
     * stopped, and from then on every engine on this KIE base refuses every decision ({@link #stopped()}),
     * including one that was under way at the time: whoever keeps compiled rulesets compiles it again
     * rather than use it.
     *
     * @throws AssessmentBudget.Exceeded when this decision went over the budget, or a decision on this KIE
     *     base was stopped before this one finished ({@link AssessmentBudget.Exceeded#byEarlierDecision()})
     */
    public RiskAssessment assessWithin(Duration budget, Referral referral, Intelligence intelligence) {
        // A base already stopped is refused by assess itself, first thing.
        RiskAssessment decided;
        try {
            decided = AssessmentBudget.within(budget, () -> assess(referral, intelligence), stops::set);
        } catch (AssessmentBudget.Exceeded e) {
            stops.set();
            throw e;
        }
        if (stops.isSet()) {
            // Another decision on this base was stopped while this one ran: it may have read what the stop
            // left half-changed.
            throw AssessmentBudget.Exceeded.earlier();
        }
        return decided;
    }

    /**
     * Whether a decision on this engine's KIE base was stopped over its budget; if so, it decides nothing
     * again within a budget, and must be compiled again.
     */
    public boolean stopped() {
        return stops.isSet();
    }

    private List<Object> facts(Referral referral, Intelligence intelligence) {
        List<Object> facts = new ArrayList<>(policyFacts.size() + 16);
        facts.addAll(policyFacts);
        facts.add(
                new AssessedChild(referral.child().ageYears(), referral.child().careStatus(), referral.assessedAt()));
        List<IndicatorEntry> indicators = referral.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            facts.add(Evidence.given(indicators.get(i).code(), indicators.get(i).recency(), i));
        }
        for (int i = 0; i < referral.missingEpisodes().size(); i++) {
            facts.add(new Episode(i, referral.missingEpisodes().get(i), referral.assessedAt()));
        }
        for (int i = 0; i < referral.perpetrators().size(); i++) {
            facts.add(new NamedPerpetrator(i, referral.perpetrators().get(i)));
        }
        referral.locationsOfConcern().forEach(location -> facts.add(new NamedLocation(location.type())));
        facts.add(new Circumstances(referral));
        if (referral.previousAssessment() != null) {
            facts.add(new PreviousLevel(referral.previousAssessment(), referral.assessedAt()));
        } else if (intelligence.history() != null && intelligence.history().hasLatest()) {
            History history = intelligence.history();
            facts.add(PreviousLevel.fromRecord(
                    history.latestRiskLevel(), history.latestAssessedAt(), referral.assessedAt()));
        }
        intelligence.links().forEach(link -> facts.add(new LinkedIdentifier(link)));
        if (referral.professionalJudgement() != null) {
            facts.add(new Judgement(referral.professionalJudgement()));
        }
        return facts;
    }

    /** The policy tables of a ruleset, or a failure naming every problem in them. */
    public static Policy readPolicy(List<RulesetFile> files) {
        try {
            return Policy.read(tables(files));
        } catch (InvalidPolicyException e) {
            throw new RulesetException(
                    e.problems().stream().map(RulesetProblem::inTable).toList());
        }
    }

    /** A ruleset's tables as the policy reads them: each table's name and content, in the files' order. */
    public static Map<String, String> tables(List<RulesetFile> files) {
        Map<String, String> tables = new LinkedHashMap<>();
        files.stream().filter(RulesetFile::isTable).forEach(f -> tables.put(f.name(), f.content()));
        return tables;
    }

    public Policy policy() {
        return policy;
    }

    /** The policy facts each evaluation is given: those of a type some rule reads. */
    List<Object> policyFacts() {
        return policyFacts;
    }

    public RulesetIdentity identity() {
        return identity;
    }

    public List<RuleDescription> rules() {
        return rules;
    }

    public List<RulesetFile> files() {
        return files;
    }
}
