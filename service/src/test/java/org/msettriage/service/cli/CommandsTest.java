package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's standard output is its report alone: what is logged meanwhile goes to the error stream. */
class CommandsTest {

    @TempDir
    Path folder;

    @Test
    void theDemoKeysWarningGoesToTheErrorStreamNotIntoTheReport() throws Exception {
        // Found by an operator: `audit verify --json > v.json` began with the demo keys' warning, so jq failed.
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        PrintStream standardErr = System.err;
        PrintStream stdout = new PrintStream(report, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(errors, true, StandardCharsets.UTF_8);
        // A database file, so that the check reads the keys (and warns of the demo ones) before it gives up.
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + folder.resolve("mset-triage"));
        database.setUser("sa");
        try (Connection connection = database.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        }
        int status;
        try {
            // As the jar's main method calls it: the report is System.out.
            System.setOut(stdout);
            System.setErr(stderr);
            status = Commands.run(
                    new String[] {"audit", "verify", "--json", "--mset.data-dir=" + folder}, stdout, stderr);
            assertThat(System.out)
                    .as("standard output given back after the command")
                    .isSameAs(stdout);
        } finally {
            System.setOut(standardOut);
            System.setErr(standardErr);
        }

        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("DEMO AUDIT KEYS ARE ENABLED");
        assertThat(report.toString(StandardCharsets.UTF_8)).doesNotContain("DEMO");
    }
}
