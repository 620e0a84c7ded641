package org.msettriage.service.cli;

import java.io.PrintStream;

/**
 * The jar's commands ("rulesets ...", "audit ...", "store ..."), run instead of the service. What a command reports is
 * its standard output, so that `audit verify --json | jq` reads JSON only: while it runs, anything logged
 * (the demo keys' warning, say) goes to the error stream with the command's own problems.
 */
public final class Commands {

    private Commands() {}

    /** Whether the arguments name a command rather than the service's settings. */
    public static boolean named(String[] args) {
        return args.length > 0 && (args[0].equals("rulesets") || args[0].equals("audit") || args[0].equals("store"));
    }

    /** Runs the command the arguments name; its exit status. */
    public static int run(String[] args, PrintStream report, PrintStream errors) {
        PrintStream standardOut = System.out;
        // Logback's console writes to whatever System.out is when it writes, so this moves every log line.
        System.setOut(errors);
        try {
            CommandLineLogging.quiet();
            return switch (args[0]) {
                case "rulesets" -> RulesetCommands.run(args, report, errors);
                case "store" -> StoreCommands.run(args, report, errors);
                default -> AuditCommands.run(args, report, errors);
            };
        } finally {
            System.setOut(standardOut);
        }
    }
}
