package org.msettriage.service.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.msettriage.rules.candidate.ImpactReport;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.ruleset.ScenarioLibrary;

/**
 * The policy lead's command line, offline (no service, no database): validate a candidate folder, and
 * replay a folder of referrals through the packaged (or another) ruleset and a candidate. Run from the
 * service jar: {@code java -jar mset-triage.jar rulesets validate|impact ...}.
 */
public final class RulesetCommands {

    static final String USAGE = """
            Usage:
              java -jar mset-triage.jar rulesets validate <candidate-folder> [--scenarios <folder>]
              java -jar mset-triage.jar rulesets impact --candidate <folder> --referrals <folder>
                                                        [--active <folder>] [--json]
            validate: every problem with file:line:column, and every scenario the candidate breaks.
                      Exit 0 when nothing is wrong, 1 when something is, 2 on a usage error.
            impact:   replays each referral (*.json: a referral as case systems send it, or a scenario file)
                      through the active ruleset (the packaged one unless --active names a folder) and the
                      candidate, and prints what changes; --json prints the whole report as JSON.
            """;

    private final PrintStream out;
    private final PrintStream err;

    RulesetCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs a command; the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new RulesetCommands(out, err).run(List.of(args));
    }

    int run(List<String> args) {
        if (args.size() < 2 || !args.get(0).equals("rulesets")) {
            return usage("expected 'rulesets validate' or 'rulesets impact'");
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
                            ? validate(Path.of(positional.get(0)), options.get("scenarios"))
                            : usage("validate takes one candidate folder");
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

    private int validate(Path candidate, String scenarioFolder) {
        RulesetValidation validation =
                RulesetValidator.validate(RulesetFiles.fromDirectory(candidate), scenarios(scenarioFolder));
        validation.problems().forEach(problem -> out.println(problem.kind() + " " + problem));
        String name = validation.identity() == null
                ? candidate.toString()
                : validation.identity().version();
        if (validation.passed()) {
            out.println(name + ": valid; " + validation.scenariosRun() + " scenarios give their expected outcome");
            return 0;
        }
        out.println(name + ": " + validation.problems().size() + " problem(s)"
                + (validation.usable()
                        ? "; usable, but it changes the expected outcome of "
                                + validation.brokenScenarios().size() + " scenario(s), which an activation must accept"
                        : "; not usable"));
        return 1;
    }

    private int impact(Map<String, String> options) {
        TriageEngine candidate = compile(Path.of(options.get("candidate")));
        TriageEngine active =
                options.containsKey("active") ? compile(Path.of(options.get("active"))) : TriageEngine.packaged();
        if (candidate == null || active == null) {
            return 1;
        }
        ReferralFiles referrals =
                ReferralFiles.read(Path.of(options.get("referrals")), active.policy(), OffsetDateTime.now());
        referrals.refused().forEach((file, reason) -> err.println("skipped " + file + ": " + reason));
        ImpactTally tally = new ImpactTally(active, candidate);
        referrals.read().forEach(tally::replay);
        ImpactReport report = tally.report();
        if (options.containsKey("json")) {
            out.println(ReferralFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            ImpactText.print(report, out);
        }
        return 0;
    }

    private TriageEngine compile(Path folder) {
        try {
            return TriageEngine.compile(RulesetFiles.fromDirectory(folder));
        } catch (RulesetException e) {
            err.println(folder + " cannot be used:");
            e.problems().stream().map(RulesetProblem::toString).forEach(err::println);
            return null;
        }
    }

    private static List<Scenario> scenarios(String folder) {
        return folder == null ? ScenarioLibrary.packaged() : Scenario.readFolder(Path.of(folder));
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.print(USAGE);
        return 2;
    }

    static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
