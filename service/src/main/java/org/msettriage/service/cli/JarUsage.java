package org.msettriage.service.cli;

import java.io.PrintStream;

/**
 * What {@code java -jar mset-triage.jar} is given that is neither a command nor a setting for the
 * service: --help (or -h, or help) is answered with how to use the jar, and any other word (a command
 * mistyped, say) is refused, rather than starting the whole service on the default data folder.
 */
public final class JarUsage {

    static final String USAGE = """
            Usage:
              java -jar mset-triage.jar [--setting=value ...]      start the service (docs/operations.md)
              java -jar mset-triage.jar rulesets <command> ...     the policy leads' commands (docs/policy-leads.md)
              java -jar mset-triage.jar audit verify ...           the auditors' check of a database
              java -jar mset-triage.jar audit rehash-identifiers ... replace the identifier key (docs/operations.md)
              java -jar mset-triage.jar store compact ...          give a stopped service's H2 file its free space back
            Settings are Spring Boot's (--server.port=8081, --mset.data-dir=/var/lib/mset, ...).
            """;

    private JarUsage() {}

    /** Whether the argument asks for how to use the jar or a command: --help, -h or help. */
    static boolean asksForHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    /**
     * The exit code when the arguments are not for starting the service (0 after help, 2 after an
     * argument not understood), or -1 when they are: every argument then is a --setting.
     */
    public static int check(String[] args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (asksForHelp(arg)) {
                out.print(USAGE);
                return 0;
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                // By place, not by value: a stray word is often a value a space cut from its setting
                // (--mset.audit.seal-key KEY), and a key must never reach a log.
                err.println("Not understood: argument " + (i + 1) + " is neither a command nor a --setting=value");
                err.print(USAGE);
                return 2;
            }
        }
        return -1;
    }
}
