package org.msettriage.service.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.CandidateReading;
import org.msettriage.rules.candidate.ChangeWarnings;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.PackagedModules;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.ruleset.ScenarioLibrary;

/**
 * The policy lead's command line, offline (no service, no database): validate a candidate folder,
 * replay a folder of referrals through the packaged (or another) ruleset and a candidate, and export a
 * ruleset to start a candidate from (from a running service only when asked to). Run from the
 * service jar: {@code java -jar mset-triage.jar rulesets validate|impact ...}.
 */
public final class RulesetCommands {

    static final String USAGE = """
            Usage:
              java -jar mset-triage.jar rulesets validate <candidate-folder|candidate.zip>
                                                        [--scenarios <folder>] [--active <folder|file.zip>]
              java -jar mset-triage.jar rulesets impact --candidate <folder|file.zip> --referrals <folder>
                                                        [--active <folder|file.zip>] [--json]
              java -jar mset-triage.jar rulesets export <version|active|packaged> --out <file.zip>
                                                        [--service <url>] [--tables xlsx]
            validate: a one-line verdict, then every problem with file:line:column, every scenario the
                      candidate breaks, and warnings against the active ruleset (the packaged one unless
                      --active names one: a folder, or a zip as export writes it). Exit 0 when the
                      candidate is usable (it may still change scenario outcomes), 1 when it is not, 2 on
                      a usage error. A --scenarios folder is read
                      as strictly as the scenarios a candidate carries: a file that is not a scenario is
                      named with its line and field, nothing is checked, and the exit is 1. A zip of the
                      candidate folder is read as the workbench reads an upload. Each scenario the candidate
                      carries (its scenarios/ folder) is named on an OWN line, new or replacing the set's.
            export:   writes a ruleset's files as a zip of one folder, to start a candidate from: the
                      packaged ruleset, or one a running service keeps (--service, its base address; the
                      policy lead's API key from the environment variable MSET_API_KEY), where "active"
                      is the one serving. --tables xlsx gives each table as a spreadsheet.
            impact:   replays each referral (*.json: a referral as case systems send it, or a scenario file)
                      through the active ruleset (the packaged one unless --active names one) and the
                      candidate (each a folder, or a zip as export writes it), and prints what changes;
                      --json prints the whole report as JSON. A file
                      that is not UTF-8, gives a key twice or has a field a referral (or scenario) has not
                      is named on stderr ("skipped <file>: <why, with its line>") and the rest replayed;
                      so is every other file or folder in it (hidden files aside), as not read. A folder
                      with no *.json file, or no folder, is a usage error (exit 2).
            """;

    private final PrintStream out;
    private final PrintStream err;
    /** How long each ruleset may take to decide one referral or scenario: always the service's defaults. */
    private final RuleBudgets budgets;

    /**
     * The command line within the given budgets. Only a test gives other than {@link RuleBudgets#DEFAULT}:
     * a candidate that never finishes is refused after the candidate's budget, which a test need not wait 5 s
     * for.
     */
    RulesetCommands(PrintStream out, PrintStream err, RuleBudgets budgets) {
        this.out = out;
        this.err = err;
        this.budgets = budgets;
    }

    /** Runs a command; the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new RulesetCommands(out, err, RuleBudgets.DEFAULT).run(List.of(args));
    }

    int run(List<String> args) {
        if (args.stream().anyMatch(JarUsage::asksForHelp)) {
            out.print(USAGE);
            return 0;
        }
        if (args.size() < 2 || !args.get(0).equals("rulesets")) {
            return usage("expected 'rulesets validate', 'rulesets impact' or 'rulesets export'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 2; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                options.put("json", "true");
            } else if (arg.startsWith("--") && i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else if (arg.startsWith("--")) {
                return usage(arg + " needs a value");
            } else {
                positional.add(arg);
            }
        }
        try {
            return switch (args.get(1)) {
                case "validate" ->
                    positional.size() == 1
                            ? validate(Path.of(positional.get(0)), options)
                            : usage("validate takes one candidate folder (or a zip of it)");
                case "export" ->
                    positional.size() == 1 && options.containsKey("out")
                            ? RulesetExport.export(positional.get(0), options, out, err)
                            : usage("export takes one version (or active, or packaged) and --out <file.zip>");
                case "impact" ->
                    options.containsKey("candidate") && options.containsKey("referrals")
                            ? impact(options)
                            : usage("impact needs --candidate and --referrals");
                default -> usage("unknown command " + args.get(1));
            };
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private int validate(Path candidate, Map<String, String> options) {
        RulesetFiles.Candidate read;
        try {
            read = candidate(candidate);
        } catch (RulesetException e) {
            // A file that cannot be read as a ruleset's (not UTF-8, say) makes the candidate unusable: 1, not 2.
            RulesetValidation unreadable = new RulesetValidation(null, e.problems(), null, 0);
            out.println(verdict(candidate.toString(), unreadable));
            unreadable.problems().forEach(problem -> out.println(problem.kind() + " " + problem));
            return 1;
        }
        List<Scenario> scenarios;
        if (options.containsKey("scenarios")) {
            Path folder = Path.of(options.get("scenarios"));
            if (!Files.isDirectory(folder)) {
                err.println("error: --scenarios " + folder + ": there is no such folder");
                return 2;
            }
            List<RulesetProblem> problems = new ArrayList<>();
            scenarios = scenarios(folder, problems);
            if (!problems.isEmpty()) {
                // The set to check against cannot be used as given: nothing is checked, as for an unusable candidate.
                out.println(candidate + ": not checked; " + problems.size() + " problem(s) in the scenarios of "
                        + folder + " (read as the scenarios a candidate carries are)");
                problems.forEach(problem -> out.println("SCENARIO_FILE " + problem));
                return 1;
            }
            if (scenarios.isEmpty()) {
                err.println("error: --scenarios " + folder + " holds no scenario files (*.json): nothing would be"
                        + " checked");
                return 2;
            }
        } else {
            scenarios = ScenarioLibrary.packaged();
        }
        List<RulesetFile> files = read.ruleset();
        RulesetValidation validation =
                RulesetValidator.validate(files, scenarios, RulesetCommands::compiled, budgets.candidate());
        if (!read.scenarios().isEmpty()) {
            validation = RulesetValidator.withOwnScenarios(
                    validation,
                    files,
                    read.scenarios(),
                    scenarios.stream().map(Scenario::file).collect(Collectors.toSet()),
                    RulesetCommands::compiled,
                    budgets.candidate());
        }
        TriageEngine active = validation.engine() == null ? null : activeEngine(options);
        if (active != null && validation.identity() != null) {
            validation = validation.withWarnings(ChangeWarnings.of(
                    new ChangeWarnings.Compared(
                            validation.identity().version(), validation.engine().policy(), files),
                    new ChangeWarnings.Compared(active.identity().version(), active.policy(), active.files()),
                    List.of()));
        }
        String name = validation.identity() == null
                ? candidate.toString()
                : validation.identity().version();
        out.println(verdict(name, validation));
        validation.problems().forEach(problem -> out.println(problem.kind() + " " + problem));
        validation
                .warnings()
                .forEach(warning -> out.println("WARNING " + warning.kind() + " "
                        + (warning.where().isEmpty() ? "" : warning.where() + ": ") + warning.message()));
        validation.own().forEach(this::printOwn);
        return validation.usable() ? 0 : 1;
    }

    /**
     * A candidate folder, or a zip of one as the workbench takes it (read with the same limits): a policy
     * lead who downloaded a ruleset, or zipped a candidate to upload, need not unzip it first.
     */
    private static RulesetFiles.Candidate candidate(Path candidate) {
        if (!Files.isRegularFile(candidate)) {
            return CandidateReading.fromFolder(candidate);
        }
        try (InputStream zip = Files.newInputStream(candidate)) {
            return CandidateReading.fromZip(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the candidate zip " + candidate, e);
        }
    }

    /**
     * A scenario the candidate carries, named as its check page names it (new, or replacing the set's of the
     * same file name); under one that replaces, each change to the replaced one's expected outcome, as a
     * SCENARIO line words it (by the replaced one's name).
     */
    private void printOwn(RulesetValidation.OwnScenario own) {
        out.println("OWN " + RulesetValidator.SCENARIO_FOLDER + own.file() + " \"" + own.name() + "\": " + own.says());
        own.replaced().forEach(change -> out.println("  " + change.message()));
    }

    private static String verdict(String name, RulesetValidation validation) {
        if (validation.passed()) {
            return name + ": valid; " + validation.scenariosRun() + " scenarios give their expected outcome"
                    + warnings(validation);
        }
        if (validation.usable()) {
            return name + ": usable; it changes the expected outcome of "
                    + validation.brokenScenarios().size() + " scenario(s), which an activation must accept"
                    + warnings(validation);
        }
        // The outcomes it changes are what it would do, not what is wrong with it: counted apart, as the page does.
        int changes = validation.brokenScenarios().size();
        return name + ": not usable; " + validation.unusableBecause().size() + " problem(s)"
                + (changes == 0
                        ? ""
                        : "; apart from those, it changes the expected outcome of " + changes
                                + " scenario(s) (the SCENARIO lines)");
    }

    private static String warnings(RulesetValidation validation) {
        return validation.warnings().isEmpty()
                ? ""
                : "; " + validation.warnings().size() + " warning(s)";
    }

    private TriageEngine activeEngine(Map<String, String> options) {
        return options.containsKey("active")
                ? compile(Path.of(options.get("active")))
                : compiled(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
    }

    private int impact(Map<String, String> options) {
        Path folder = Path.of(options.get("referrals"));
        if (!Files.isDirectory(folder)) {
            err.println("error: --referrals " + folder + ": there is no such folder");
            return 2;
        }
        if (ReferralFiles.listed(folder).stream().noneMatch(ReferralFiles::isJson)) {
            err.println("error: --referrals " + folder + " holds no referral files (*.json): nothing would be"
                    + " replayed");
            return 2;
        }
        TriageEngine candidate = compile(Path.of(options.get("candidate")));
        TriageEngine active = activeEngine(options);
        if (candidate == null || active == null) {
            return 1;
        }
        ReferralFiles referrals = ReferralFiles.read(folder, active.policy(), OffsetDateTime.now());
        referrals.refused().forEach((file, reason) -> err.println("skipped " + file + ": " + reason));
        ImpactTally tally = new ImpactTally(active, candidate, budgets);
        for (ReplayedReferral referral : referrals.read()) {
            try {
                tally.replay(referral);
            } catch (AssessmentBudget.Exceeded e) {
                err.println("the candidate did not decide " + referral.id() + " (" + e.getMessage() + "): a rule of"
                        + " it never finishes on that referral, or needs more than the service has; correct it"
                        + " before you propose the candidate");
                return 1;
            } catch (ImpactTally.ActiveOverran e) {
                err.println("the active ruleset did not decide " + referral.id() + " (" + e.getMessage() + ")");
                return 1;
            }
        }
        ImpactReport report = tally.report();
        if (options.containsKey("json")) {
            out.println(ReferralFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            ImpactText.print(report, out);
        }
        return 0;
    }

    /**
     * Compiled, or, when its DRL is the packaged ruleset's (a change to a table alone), loaded from the
     * compiled form built into the jar: offline there is no data folder to keep compiled forms in.
     */
    private static TriageEngine compiled(List<RulesetFile> files) {
        return TriageEngine.compile(files, PackagedModules.ONLY);
    }

    private TriageEngine compile(Path given) {
        try {
            return compiled(rulesetFiles(given));
        } catch (RulesetException e) {
            err.println(given + " cannot be used:");
            e.problems().stream().map(RulesetProblem::toString).forEach(err::println);
            return null;
        }
    }

    /**
     * The files of a ruleset given as {@code --active} or {@code --candidate}: a folder, or a zip of one as
     * {@code rulesets export} writes it, so an exported ruleset is compared with as it downloaded. Scenarios
     * it carries are not part of it here: these two options only decide referrals.
     */
    private static List<RulesetFile> rulesetFiles(Path given) {
        return Files.isRegularFile(given) ? candidate(given).ruleset() : RulesetFiles.fromDirectory(given);
    }

    /**
     * The scenarios of a {@code --scenarios} folder, read as strictly as those a candidate carries (and
     * those uploaded to the service): JSON in strict UTF-8, no unknown field, the outcome for the child
     * pinned. A problem for each file that cannot be used, named by its path and not quoted.
     */
    private static List<Scenario> scenarios(Path folder, List<RulesetProblem> problems) {
        String prefix = folder.toString().endsWith(folder.getFileSystem().getSeparator())
                ? folder.toString()
                : folder + folder.getFileSystem().getSeparator();
        List<RulesetFile> json = RulesetFiles.scenarioFiles(folder, prefix, RulesetProblem.Kind.FILES, problems);
        RulesetValidator.ReadScenarios read = RulesetValidator.readScenarios(json, prefix, RulesetProblem.Kind.FILES);
        problems.addAll(read.problems());
        problems.sort(java.util.Comparator.comparing(RulesetProblem::file));
        return read.scenarios();
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.print(USAGE);
        return 2;
    }
}
