package org.msettriage.rules.candidate;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.PolicySettings;
import org.msettriage.rules.referral.Child;
import org.msettriage.rules.referral.Referral;

/**
 * Replays referrals through the active and a candidate ruleset and counts what changes; nothing decided
 * here is stored. Deciding ({@link #decide}) is safe from many threads at once, so a long replay can
 * spread it over the cores; counting ({@link #count(Replay)}) is not, and takes the replays in the order
 * they are to be reported.
 */
public final class ImpactTally {

    private final TriageEngine active;
    private final TriageEngine candidate;
    private final RuleBudgets budgets;
    private final FiguresTally decisions;
    private final FiguresTally scenarios;
    private final List<String> notReplayed = new java.util.ArrayList<>();

    /** A tally within the default budgets ({@link RuleBudgets#DEFAULT}), as the command line replays. */
    public ImpactTally(TriageEngine active, TriageEngine candidate) {
        this(active, candidate, RuleBudgets.DEFAULT);
    }

    /** A tally deciding each side within its budget: the active ruleset's live one, the candidate's own. */
    public ImpactTally(TriageEngine active, TriageEngine candidate, RuleBudgets budgets) {
        this.active = active;
        this.candidate = candidate;
        this.budgets = budgets;
        // The age bands are those of the ruleset that serves: the ages its own rules turn on.
        Map<String, Function<Referral, String>> dimensions =
                dimensions(active.policy().settings());
        this.decisions = new FiguresTally(dimensions);
        this.scenarios = new FiguresTally(dimensions);
    }

    /** One referral's outcome under each ruleset, not yet counted. */
    public record Replay(ReplayedReferral input, Outcome before, Outcome after) {}

    /** Decides the referral as {@link #decide} does and counts the difference. */
    public void replay(ReplayedReferral input) {
        count(decide(input));
    }

    /**
     * The referral's outcome under each ruleset: the candidate decides it, and the active ruleset too unless
     * the referral comes with the outcome it gave (see {@link #activeOutcome}); thread-safe, as the engines are.
     */
    public Replay decide(ReplayedReferral input) {
        // The candidate within its budget: a replay that meets a referral it never finishes fails, rather
        // than holding a core until the service restarts.
        RiskAssessment decided = candidate.assessWithin(budgets.candidate(), input.referral(), input.intelligence());
        return new Replay(input, activeOutcome(input), Outcome.of(decided));
    }

    /**
     * The active ruleset's outcome: the stored decision's own when the active ruleset made it, since the
     * rules decide the same referral with the same links and history the same way every time (and a
     * replay is given exactly those); decided again otherwise. The caller gives an outcome only from a
     * decision the same build of the code made, since a build that reads a referral differently would
     * decide it differently. For decisions of the active ruleset this halves a replay's work, as a shadow
     * run's comparison never decides the active side either.
     */
    private Outcome activeOutcome(ReplayedReferral input) {
        ReplayedReferral.Given given = input.given();
        if (given != null && active.identity().sha256().equals(given.rulesetSha256())) {
            return given.outcome();
        }
        try {
            return Outcome.of(active.assessWithin(budgets.live(), input.referral(), input.intelligence()));
        } catch (AssessmentBudget.Exceeded e) {
            throw new ActiveOverran(e);
        }
    }

    /**
     * The active ruleset, not the candidate, did not decide a replayed referral within its live budget (or a
     * decision on its rule network was stopped before): the replay cannot give its side.
     */
    public static final class ActiveOverran extends RuntimeException {
        private final boolean earlier;

        ActiveOverran(AssessmentBudget.Exceeded cause) {
            super(cause.getMessage(), cause);
            this.earlier = cause.byEarlierDecision();
        }

        /** Whether a decision before this one was stopped, rather than this one. */
        public boolean byEarlierDecision() {
            return earlier;
        }
    }

    /** Counts a replay's difference; one thread at a time. */
    public void count(Replay replay) {
        compare(replay.input(), replay.before(), replay.after());
    }

    void compare(ReplayedReferral input, Outcome before, Outcome after) {
        FiguresTally figures = input.source() == ReplayedReferral.Source.SCENARIO ? scenarios : decisions;
        figures.count(input.referral(), difference(input, before, after));
    }

    /**
     * How two decisions of one referral differ in what a child's outcome is: level, pathway, Pre-MSET and
     * panel eligibility, actions and their timescales. Empty when they do not (wording and scores aside).
     */
    public static Optional<ImpactReport.Change> difference(
            ReplayedReferral input, RiskAssessment before, RiskAssessment after) {
        return difference(input, Outcome.of(before), Outcome.of(after));
    }

    /** As {@link #difference(ReplayedReferral, RiskAssessment, RiskAssessment)}, of two outcomes. */
    public static Optional<ImpactReport.Change> difference(ReplayedReferral input, Outcome before, Outcome after) {
        Map<String, String> actionsBefore = before.actions();
        Map<String, String> actionsAfter = after.actions();
        List<String> added = actionsAfter.keySet().stream()
                .filter(a -> !actionsBefore.containsKey(a))
                .sorted()
                .toList();
        List<String> removed = actionsBefore.keySet().stream()
                .filter(a -> !actionsAfter.containsKey(a))
                .sorted()
                .toList();
        List<String> retimed = actionsBefore.keySet().stream()
                .filter(a -> actionsAfter.containsKey(a) && !actionsAfter.get(a).equals(actionsBefore.get(a)))
                .sorted()
                .toList();
        boolean same = before.riskLevel() == after.riskLevel()
                && before.pathway().equals(after.pathway())
                && before.preMsetEligible() == after.preMsetEligible()
                && before.panelEligible() == after.panelEligible()
                && added.isEmpty()
                && removed.isEmpty()
                && retimed.isEmpty();
        return same ? Optional.empty() : Optional.of(change(input, before, after, added, removed, retimed));
    }

    public int replayed() {
        return decisions.replayed() + scenarios.replayed();
    }

    /** Real referrals (stored decisions, or files on the command line) and scenarios, apart. */
    public ImpactReport report() {
        return new ImpactReport(
                active.identity(), candidate.identity(), decisions.figures(), scenarios.figures(), notReplayed);
    }

    /** How many stored decisions were left out so far. */
    public int notReplayedCount() {
        return notReplayed.size();
    }

    /** A stored decision left out: its referral could not be read or decided again. One thread at a time. */
    public void notReplayed(String id) {
        notReplayed.add(id);
    }

    private static ImpactReport.Change change(
            ReplayedReferral input,
            Outcome before,
            Outcome after,
            List<String> added,
            List<String> removed,
            List<String> retimed) {
        return new ImpactReport.Change(
                input.source(),
                input.id(),
                before.riskLevel(),
                after.riskLevel(),
                before.pathway(),
                after.pathway(),
                before.preMsetEligible(),
                after.preMsetEligible(),
                before.panelEligible(),
                after.panelEligible(),
                added,
                removed,
                retimed);
    }

    /** The characteristics the changes are broken down by, as the policy lead asked. */
    static Map<String, Function<Referral, String>> dimensions(PolicySettings settings) {
        Map<String, Function<Referral, String>> dimensions = new LinkedHashMap<>();
        dimensions.put(
                "gender",
                r -> child(r).gender() == null ? "NOT_GIVEN" : child(r).gender().name());
        List<Integer> ages = bandEdges(settings);
        dimensions.put("ageBand", r -> ageBand(ages, child(r).ageYears()));
        dimensions.put(
                "careStatus",
                r -> child(r).careStatus() == null
                        ? "NOT_GIVEN"
                        : child(r).careStatus().name());
        dimensions.put(
                "localAuthority",
                r -> r.localAuthority() == null
                        ? "NOT_GIVEN"
                        : r.localAuthority().name());
        return Collections.unmodifiableMap(dimensions);
    }

    private static Child child(Referral referral) {
        return referral.child() == null ? new Child(null, null, null, null) : referral.child();
    }

    /**
     * The ages the policy itself turns on, from the settings rather than stated here: the under-age
     * overrides (under_age_years, 13), the Child Abduction Act's age in the actions (16, when the
     * ruleset names it) and adulthood (adult_age_years, 18).
     */
    static List<Integer> bandEdges(PolicySettings settings) {
        java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
        edges.add(settings.getUnderAgeYears());
        Integer abduction = settings.value("child_abduction_age_years");
        if (abduction != null) {
            edges.add(abduction);
        }
        edges.add(settings.getAdultAgeYears());
        return List.copyOf(edges);
    }

    /**
     * How a dimension's groups are listed: age bands youngest first, as a reader expects ("Under 13"
     * sorted after "18 and over" by name), "NOT_GIVEN" last; any other dimension by its code.
     */
    static Comparator<String> orderOf(String dimension) {
        if (!"ageBand".equals(dimension)) {
            return Comparator.naturalOrder();
        }
        return Comparator.comparingInt(ImpactTally::youngestAge).thenComparing(Comparator.naturalOrder());
    }

    /** The youngest age of a band's code: -1 for "UNDER_n", n for "n_TO_m" and "n_AND_OVER", last for the rest. */
    private static int youngestAge(String band) {
        if (band.startsWith("UNDER_")) {
            return -1;
        }
        int end = band.indexOf('_');
        try {
            return Integer.parseInt(end < 0 ? band : band.substring(0, end));
        } catch (NumberFormatException notABand) {
            return Integer.MAX_VALUE;
        }
    }

    /** The band an age falls in between those edges, for example "UNDER_13", "13_TO_15" or "18_AND_OVER". */
    static String ageBand(List<Integer> edges, Integer age) {
        if (age == null) {
            return "NOT_GIVEN";
        }
        if (age < edges.get(0)) {
            return "UNDER_" + edges.get(0);
        }
        for (int i = 1; i < edges.size(); i++) {
            if (age < edges.get(i)) {
                return edges.get(i - 1) + "_TO_" + (edges.get(i) - 1);
            }
        }
        return edges.get(edges.size() - 1) + "_AND_OVER";
    }
}
