package org.msettriage.service.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.msettriage.service.cli.AuditCommands;
import org.springframework.core.env.Environment;

/** `audit verify` run on a test's own database, as an auditor runs it on a copy of the service's. */
final class AuditCommandLine {

    /** What one run gave: its exit status and what it printed. */
    record Run(int status, String out, String err) {}

    private AuditCommandLine() {}

    /** Runs the check on the database the test's context uses, with any further arguments given. */
    static Run verify(Environment database, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "audit",
                "verify",
                "--spring.datasource.url=" + database.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + database.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + database.getProperty("spring.datasource.password", "")));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditCommands.run(
                args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
