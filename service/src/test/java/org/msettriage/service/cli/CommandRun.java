package org.msettriage.service.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A command (rulesets, audit or store) run in the test's JVM, what it printed kept for the test to read. */
final class CommandRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the rulesets command with these arguments, adding to what earlier runs printed; its exit status. */
    int run(String... args) {
        return RulesetCommands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs the audit command with these arguments, likewise. */
    int audit(String... args) {
        return AuditCommands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs the store command with these arguments, likewise. */
    int store(String... args) {
        return StoreCommands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Everything printed on standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed on standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed on standard output, for the next run's alone. */
    void forgetOut() {
        out.reset();
    }

    /** Forgets what was printed on standard error, for the next run's alone. */
    void forgetErr() {
        err.reset();
    }

    /** Standard output, for a command made or called another way than {@link #run}. */
    PrintStream outStream() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** Standard error, likewise. */
    PrintStream errStream() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }
}
