package org.msettriage.rules.candidate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.runtime.rule.ConsequenceException;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.MissingFinding;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.Sentences;
import org.msettriage.rules.engine.SpreadsheetTables;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.facts.RuleMistake;
import org.msettriage.rules.policy.CandidateTableChecks;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.policy.PolicyFiles;
import org.msettriage.rules.policy.PolicySettings;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioCheck;
import org.msettriage.rules.scenario.ScenarioKinds;

/**
 * Checks a candidate ruleset the way it will be used, and reports everything wrong with it at once:
 * files that are not part of a ruleset, table and DRL problems, rules without their metadata or with a
 * shared id, codes the tables do not define, and every scenario whose expected outcome it does not give.
 */
public final class RulesetValidator {

    /** How a problem of a scenario the candidate carries begins, before what does not hold. */
    public static final String CARRIED_DOES_NOT_HOLD = "a scenario the candidate carries does not hold for it: ";

    /** The folder scenario problems are reported in, as test-data names it. */
    public static final String SCENARIO_FOLDER = "scenarios/";

    /** The longest file name a kept ruleset can hold. */
    static final int MAX_NAME = 200;

    private RulesetValidator() {}

    /** Validates as {@link #validate(List, List, Function, Duration)}, compiling the files, in the default budget. */
    public static RulesetValidation validate(List<RulesetFile> files, List<Scenario> scenarios) {
        return validate(files, scenarios, TriageEngine::compile);
    }

    /**
     * The validation with a problem ({@code OWN_SCENARIO}, which makes the candidate unusable) for each
     * scenario the candidate carries that is not a scenario or does not hold for the candidate itself: a
     * candidate's own expectations must be true of it. One of its own replaces the set's of the same file
     * name ({@code set} names the set's files): the set's is counted once, and an outcome the candidate changes
     * of it is not one to accept, since the candidate carries its new expectation; it is kept with the own
     * scenario ({@link RulesetValidation.OwnScenario#replaced}), to say what the candidate brings. A candidate
     * that is not usable (its rules do not compile, or are refused, or failed deciding a scenario) runs none of
     * them, but they are still read, so a policy lead learns of a broken scenario file in the same check as
     * the rules' problems, not in the next.
     */
    public static RulesetValidation withOwnScenarios(
            RulesetValidation validation,
            List<RulesetFile> files,
            List<RulesetFile> carried,
            Set<String> set,
            Function<List<RulesetFile>, TriageEngine> compiler) {
        return withOwnScenarios(validation, files, carried, set, compiler, RuleBudgets.DEFAULT.candidate());
    }

    /** As {@link #withOwnScenarios(RulesetValidation, List, List, Set, Function)}, each scenario within the budget. */
    public static RulesetValidation withOwnScenarios(
            RulesetValidation validation,
            List<RulesetFile> files,
            List<RulesetFile> carried,
            Set<String> set,
            Function<List<RulesetFile>, TriageEngine> compiler,
            Duration budget) {
        List<RulesetProblem> problems = new ArrayList<>(notReplaced(validation.problems(), carried, set));
        ReadScenarios read = readScenarios(carried, SCENARIO_FOLDER, RulesetProblem.Kind.OWN_SCENARIO);
        problems.addAll(read.problems());
        if (!validation.usable()) {
            return problems.equals(validation.problems())
                    ? validation
                    : new RulesetValidation(
                            validation.identity(),
                            problems,
                            validation.engine(),
                            validation.scenariosRun(),
                            validation.warnings(),
                            validation.own());
        }
        List<Scenario> own = read.scenarios();
        RulesetValidation ownRun = validate(files, own, compiler, budget);
        ownRun.problems().stream()
                .filter(p -> p.kind() == RulesetProblem.Kind.SCENARIO || p.kind() == RulesetProblem.Kind.RUNTIME)
                .map(p -> new RulesetProblem(
                        RulesetProblem.Kind.OWN_SCENARIO,
                        p.file(),
                        p.line(),
                        p.column(),
                        CARRIED_DOES_NOT_HOLD + p.message(),
                        p.mismatch()))
                .forEach(problems::add);
        long inPlaceOfTheSets =
                own.stream().filter(scenario -> set.contains(scenario.file())).count();
        List<RulesetValidation.OwnScenario> owned = own.stream()
                .map(scenario -> new RulesetValidation.OwnScenario(
                        scenario.file(),
                        scenario.name(),
                        set.contains(scenario.file()),
                        validation.problems().stream()
                                .filter(p -> p.kind() == RulesetProblem.Kind.SCENARIO
                                        && p.file().equals(SCENARIO_FOLDER + scenario.file()))
                                .toList()))
                .toList();
        return new RulesetValidation(
                validation.identity(),
                problems,
                validation.engine(),
                validation.scenariosRun() + ownRun.scenariosRun() - (int) inPlaceOfTheSets,
                validation.warnings(),
                owned);
    }

    /**
     * The problems but those of the set's scenarios a carried one replaces: such a scenario is checked only in
     * the candidate's version (a trial listed a corrected scenario as a change to accept against the very
     * expectation it replaced).
     */
    private static List<RulesetProblem> notReplaced(
            List<RulesetProblem> problems, List<RulesetFile> carried, Set<String> set) {
        Set<String> replacing = new HashSet<>();
        carried.stream()
                .map(RulesetFile::name)
                .filter(set::contains)
                .forEach(name -> replacing.add(SCENARIO_FOLDER + name));
        return problems.stream()
                .filter(p -> !(p.kind() == RulesetProblem.Kind.SCENARIO && replacing.contains(p.file())))
                .toList();
    }

    /** Scenario files read strictly: the scenarios, and a problem for each file that cannot be one. */
    public record ReadScenarios(List<Scenario> scenarios, List<RulesetProblem> problems) {}

    /**
     * Scenario files read as a candidate's own are: a problem of the kind given, naming the file as {@code
     * folder + name}, for each that is not a scenario (said without its content: a parser's message quotes
     * its values; a field no scenario has, or a key given twice, is named with its line, {@link
     * Scenario#parseStrictly}) and for each that does not pin the outcome for the child ({@link
     * ScenarioKinds#unpinnedOutcome}), since the harness checks only what a scenario names and one expecting
     * nothing would hold for any candidate. The command line reads a {@code --scenarios} folder this way.
     */
    public static ReadScenarios readScenarios(List<RulesetFile> files, String folder, RulesetProblem.Kind kind) {
        List<RulesetProblem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (RulesetFile file : files) {
            try {
                Scenario scenario = Scenario.parseStrictly(file.name(), file.content());
                Optional<String> unpinned = ScenarioKinds.unpinnedOutcome(scenario);
                if (unpinned.isPresent()) {
                    problems.add(
                            new RulesetProblem(kind, folder + file.name(), scenario.expectedLine(), 1, unpinned.get()));
                } else {
                    scenarios.add(scenario);
                }
            } catch (Scenario.Refused e) {
                problems.add(new RulesetProblem(
                        kind, folder + file.name(), e.line(), e.line() == 0 ? 0 : 1, e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(new RulesetProblem(kind, folder + file.name(), 0, 0, Scenario.NOT_A_SCENARIO));
            }
        }
        return new ReadScenarios(List.copyOf(scenarios), List.copyOf(problems));
    }

    /** As {@link #validate(List, List, Function, Duration)}, in the default budget ({@link RuleBudgets#DEFAULT}). */
    public static RulesetValidation validate(
            List<RulesetFile> files, List<Scenario> scenarios, Function<List<RulesetFile>, TriageEngine> compiler) {
        return validate(files, scenarios, compiler, RuleBudgets.DEFAULT.candidate());
    }

    /**
     * Validates the files and checks the scenarios, each decided within the candidate's budget, with the
     * engine the given compiler makes of the files: one that loads a kept compiled form, or hands back an
     * engine already compiled from the same files, saves the seconds a compile takes. It must fail as {@link
     * TriageEngine#compile(List)} does.
     */
    public static RulesetValidation validate(
            List<RulesetFile> files,
            List<Scenario> scenarios,
            Function<List<RulesetFile>, TriageEngine> compiler,
            Duration budget) {
        RulesetValidation validation = validateTables(files, scenarios, compiler, budget);
        return new RulesetValidation(
                validation.identity(),
                inSpreadsheets(validation.problems(), files),
                validation.engine(),
                validation.scenariosRun(),
                validation.engine() == null
                        ? List.of()
                        : statedNumbers(files, validation.engine().policy()));
    }

    /**
     * The numbers a usable ruleset's wording states that a setting holds ("in the last 90 days"), as its
     * check warns of them: the same warnings wherever the ruleset is shown again, on a proposal's card too.
     */
    public static List<RulesetWarning> statedNumbers(List<RulesetFile> files, Policy policy) {
        return warningsInSpreadsheets(StatedNumbers.in(files, policy.settings(), PolicySettings.names()), files);
    }

    /** Where each table read from a spreadsheet came from, by the CSV name it is read as. */
    private static java.util.Map<String, RulesetFile.Origin> origins(List<RulesetFile> files) {
        java.util.Map<String, RulesetFile.Origin> origins = new java.util.HashMap<>();
        files.stream().filter(f -> f.origin() != null).forEach(f -> origins.put(f.name(), f.origin()));
        return origins;
    }

    /** A warning about a table read from a spreadsheet, placed in the workbook and sheet the lead edits. */
    private static List<RulesetWarning> warningsInSpreadsheets(List<RulesetWarning> warnings, List<RulesetFile> files) {
        java.util.Map<String, RulesetFile.Origin> origins = origins(files);
        return warnings.stream()
                .map(w -> {
                    RulesetFile.Origin origin = origins.get(w.file());
                    if (origin == null) {
                        return w;
                    }
                    String where = "sheet '" + origin.sheet() + "'" + (w.line() == 0 ? "" : ", row " + w.line());
                    return new RulesetWarning(w.kind(), origin.file(), w.line(), where + ": " + w.message());
                })
                .toList();
    }

    /**
     * A problem in a table read from a spreadsheet, placed where the policy lead edits it: the workbook,
     * its sheet, and the cell's row and column letter.
     */
    private static List<RulesetProblem> inSpreadsheets(List<RulesetProblem> problems, List<RulesetFile> files) {
        java.util.Map<String, RulesetFile.Origin> origins = origins(files);
        if (origins.isEmpty()) {
            return problems;
        }
        return problems.stream()
                .map(p -> {
                    RulesetFile.Origin origin = origins.get(p.file());
                    if (origin == null || p.kind() == RulesetProblem.Kind.FILES) {
                        return p;
                    }
                    String where = p.line() == 0
                            ? "sheet '" + origin.sheet() + "'"
                            : "sheet '" + origin.sheet() + "', " + SpreadsheetTables.cell(p.line(), p.column());
                    return new RulesetProblem(
                            p.kind(), origin.file(), p.line(), p.column(), where + ": " + p.message(), p.mismatch());
                })
                .toList();
    }

    private static RulesetValidation validateTables(
            List<RulesetFile> files,
            List<Scenario> scenarios,
            Function<List<RulesetFile>, TriageEngine> compiler,
            Duration budget) {
        List<RulesetProblem> problems = new ArrayList<>(fileProblems(files));
        problems.addAll(candidateTableChecks(files));
        RulesetIdentity identity = null;
        try {
            identity = RulesetIdentity.of(files);
        } catch (RulesetException e) {
            // Reported again, with the other problems, by the compile below.
        }
        List<RulesetProblem> notAllowed = TriageEngine.notAllowed(files);
        if (!notAllowed.isEmpty()) {
            // Nothing of a candidate that could run code of its own is compiled, read or run.
            problems.addAll(notAllowed);
            return new RulesetValidation(identity, problems, null, 0);
        }
        TriageEngine engine = null;
        try {
            engine = compiler.apply(files);
        } catch (RulesetException e) {
            problems.addAll(e.problems());
        }
        Policy policy = engine != null ? engine.policy() : readablePolicy(files);
        if (policy != null) {
            problems.addAll(CodeReferences.unknown(files, policy));
        }
        int run = 0;
        if (engine != null && problems.isEmpty()) {
            boolean compiledAgain = false;
            Map<String, FailedAlike> failedAlike = new LinkedHashMap<>();
            for (Scenario scenario : scenarios) {
                Checked checked = check(engine, scenario, budget);
                if (!compiledAgain && checked.stoppedElsewhere()) {
                    // Another decision on the same compiled rules (a live call of the serving ruleset, which a
                    // change to a table alone shares them with) was stopped: compiled again, checked again.
                    compiledAgain = true;
                    try {
                        engine = compiler.apply(files);
                        checked = check(engine, scenario, budget);
                    } catch (RulesetException e) {
                        checked = new Checked(e.problems(), null);
                    }
                }
                if (checked.failure() == null) {
                    problems.addAll(checked.problems());
                } else if (failedAlike.containsKey(checked.failure())) {
                    // One mistake in the rules fails every scenario the same way: said once, with how many.
                    failedAlike.get(checked.failure()).scenarios().add(scenario);
                } else {
                    failedAlike.put(
                            checked.failure(), new FailedAlike(problems.size(), new ArrayList<>(List.of(scenario))));
                    problems.addAll(checked.problems());
                }
                run++;
                if (checked.stop() != null) {
                    // Its session was stopped mid-decision: the candidate is refused and decides nothing more.
                    break;
                }
            }
            failedAlike.forEach((failure, alike) -> {
                List<Scenario> failed = alike.scenarios();
                if (failed.size() > 1) {
                    int at = alike.problemAt();
                    RulesetProblem first = problems.get(at);
                    problems.set(
                            at,
                            new RulesetProblem(
                                    first.kind(),
                                    first.file(),
                                    first.line(),
                                    first.column(),
                                    failed.size() + " scenarios failed the same way, the first \""
                                            + failed.get(0).name() + "\": " + FAILED + failure));
                }
            });
        }
        return new RulesetValidation(
                identity, problems, problems.isEmpty() || onlyScenarios(problems) ? engine : null, run);
    }

    /** The scenarios that failed the same way, and where the first one's problem stands in the list. */
    private record FailedAlike(int problemAt, List<Scenario> scenarios) {}

    /** How a problem says a rule failed while the candidate decided a scenario. */
    private static final String FAILED = "the candidate failed deciding it: ";

    /** How a problem says the candidate did not decide a scenario within its budget. */
    private static final String OVER_BUDGET = "the candidate did not decide it: ";

    /** How a problem says the compiled rules were stopped by another decision on them. */
    private static final String STOPPED_ELSEWHERE = "the compiled rules were stopped meanwhile: ";

    /** A scenario's problems, and the stop that ended its decision, if one did (null otherwise). */
    private record Checked(List<RulesetProblem> problems, AssessmentBudget.Exceeded stop, String failure) {

        Checked(List<RulesetProblem> problems, AssessmentBudget.Exceeded stop) {
            this(problems, stop, null);
        }

        /** Whether another decision on the same compiled rules, not this one, went over its budget. */
        boolean stoppedElsewhere() {
            return stop != null && stop.byEarlierDecision();
        }
    }

    private static boolean onlyScenarios(List<RulesetProblem> problems) {
        return problems.stream().allMatch(p -> p.kind() == RulesetProblem.Kind.SCENARIO);
    }

    private static Checked check(TriageEngine engine, Scenario scenario, Duration budget) {
        RiskAssessment decided;
        try {
            decided = engine.assessWithin(budget, scenario.referral(), scenario.intelligence());
        } catch (AssessmentBudget.Exceeded e) {
            return new Checked(
                    List.of(new RulesetProblem(
                            RulesetProblem.Kind.RUNTIME,
                            SCENARIO_FOLDER + scenario.file(),
                            scenario.expectedLine(),
                            1,
                            "\"" + scenario.name() + "\": " + (e.byEarlierDecision() ? STOPPED_ELSEWHERE : OVER_BUDGET)
                                    + e.getMessage())),
                    e);
        } catch (RuntimeException e) {
            // A rule that compiles can still fail on a referral (a null, a division): it cannot serve.
            return new Checked(
                    List.of(new RulesetProblem(
                            RulesetProblem.Kind.RUNTIME,
                            SCENARIO_FOLDER + scenario.file(),
                            scenario.expectedLine(),
                            1,
                            "\"" + scenario.name() + "\": " + FAILED + failure(e))),
                    null,
                    failure(e));
        }
        return new Checked(
                ScenarioCheck.problems(scenario.expected(), decided).stream()
                        .map(found -> new RulesetProblem(
                                RulesetProblem.Kind.SCENARIO,
                                SCENARIO_FOLDER + scenario.file(),
                                scenario.expectedLine(),
                                1,
                                "\"" + scenario.name() + "\": " + found.message(),
                                found.mismatch() == null
                                        ? null
                                        : found.mismatch().of(scenario.name())))
                        .toList(),
                null);
    }

    /**
     * What failed, in words a policy lead can act on: the rule, when the engine says which, and the
     * engine's own account of a template it could not fill, or of a value a rule gave that the policy
     * does not allow ({@link RuleMistake}). Other exceptions' messages are left out: they may quote a
     * referral's values.
     */
    static String failure(RuntimeException e) {
        StringBuilder what = new StringBuilder();
        if (e instanceof ConsequenceException consequence && consequence.getRule() != null) {
            what.append("rule \"").append(consequence.getRule().getName()).append("\" failed: ");
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        StackTraceElement[] stack = cause.getStackTrace();
        boolean ours = cause instanceof RuleMistake
                || cause instanceof MissingFinding
                || (stack.length > 0 && stack[0].getClassName().startsWith(Sentences.class.getName()));
        what.append(ours ? cause.getMessage() : cause.getClass().getSimpleName());
        return what.toString();
    }

    private static Policy readablePolicy(List<RulesetFile> files) {
        try {
            return TriageEngine.readPolicy(files);
        } catch (RulesetException e) {
            return null;
        }
    }

    /** The checks a candidate's tables must pass and a ruleset kept before them need not (see CandidateTableChecks). */
    private static List<RulesetProblem> candidateTableChecks(List<RulesetFile> files) {
        return CandidateTableChecks.of(TriageEngine.tables(files)).stream()
                .map(RulesetProblem::inTable)
                .toList();
    }

    /**
     * Names that cannot be part of a ruleset: anything but DRL, tables (CSV, or spreadsheets read as CSV)
     * and ruleset.properties.
     */
    private static List<RulesetProblem> fileProblems(List<RulesetFile> files) {
        List<RulesetProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RulesetFile file : files) {
            if (file.name().length() > MAX_NAME) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.FILES,
                        file.name().substring(0, 40) + "...",
                        0,
                        0,
                        "the name is longer than " + MAX_NAME + " characters"));
            }
            if (!names.add(file.name())) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.FILES,
                        file.name(),
                        0,
                        0,
                        file.isTable()
                                        && files.stream()
                                                .anyMatch(f -> f.name().equals(file.name()) && f.origin() != null)
                                ? "given twice: as a .csv and as a .xlsx; keep one of them"
                                : "given twice"));
            }
            if (!file.isDrl() && !file.isTable() && !file.isProperties()) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.FILES,
                        file.name(),
                        0,
                        0,
                        "is not part of a ruleset: a ruleset folder holds .drl rules, .csv (or .xlsx) tables and"
                                + " ruleset.properties, and nothing else is read"));
            }
        }
        List<String> listed = RulesetFiles.listed(files);
        if (listed != null) {
            List<String> present = files.stream()
                    .map(RulesetFile::name)
                    .filter(name -> !name.equals(RulesetFiles.PROPERTIES))
                    // A table given as .csv and as .xlsx is one name, reported above as given twice.
                    .distinct()
                    .sorted()
                    .toList();
            if (!listed.equals(present)) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.FILES,
                        RulesetFiles.PROPERTIES,
                        0,
                        0,
                        "its files list does not match the folder: listed but missing "
                                + listed.stream()
                                        .filter(n -> !present.contains(n))
                                        .toList()
                                + ", present but not listed "
                                + present.stream()
                                        .filter(n -> !listed.contains(n))
                                        .toList()));
            }
        }
        if (files.stream().noneMatch(f -> f.name().equals(PolicyFiles.TIERS))) {
            // Optional when reading a ruleset kept before 2026.12.0; a candidate must name every tier it scores.
            problems.add(new RulesetProblem(
                    RulesetProblem.Kind.FILES,
                    PolicyFiles.TIERS,
                    0,
                    0,
                    "is missing: every tier " + PolicyFiles.POINTS + " scores must be named there (columns tier,"
                            + " name, meaning), so a new or mistyped tier letter is caught; add it back (and to"
                            + " the files list of " + RulesetFiles.PROPERTIES + ")"));
        }
        if (files.stream().noneMatch(RulesetFile::isDrl)) {
            problems.add(new RulesetProblem(RulesetProblem.Kind.FILES, "?", 0, 0, "the ruleset has no .drl file"));
        }
        return problems;
    }
}
