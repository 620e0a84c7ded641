package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/**
 * A start on an embedded database file that is damaged, or held by another process, stops with Boot's
 * short report naming the file and what to do, not a hundred lines of frames.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFileUnusableAnalyzerTest {

    /** The database and migrations alone, opened as the service's start opens them. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class DatabaseOnly {}

    @Test
    void aDamagedFileStopsTheStartNamingTheFileAndTheBackupToRestore(@TempDir Path folder, CapturedOutput output)
            throws Exception {
        Path file = damagedDatabaseIn(folder);

        assertThatThrownBy(() -> new SpringApplicationBuilder(DatabaseOnly.class)
                        .web(WebApplicationType.NONE)
                        .run("--mset.data-dir=" + folder))
                .isNotNull();

        assertThat(output.getOut())
                .contains(
                        "APPLICATION FAILED TO START",
                        "The database file " + file + " could not be read: it is damaged",
                        "nothing was changed",
                        "restore the newest backup",
                        "\"Backups and retention\"")
                .doesNotContain("\tat ", "Caused by", "recovery tool");
    }

    @Test
    void aFileInUseIsNamedTheSameWay() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:/srv/mset/data/mset-triage;WRITE_DELAY=0");
        BeanCreationException failure = new BeanCreationException(
                "flyway", "could not be made", new SQLException("Database may be already in use: pid 42", "90020"));

        FailureAnalysis analysis = new DatabaseFileUnusableAnalyzer(environment).analyze(failure);

        assertThat(analysis.getDescription())
                .startsWith("The database file /srv/mset/data/mset-triage.mv.db is in use by another process")
                .contains("Nothing was changed")
                .doesNotContain("pid 42");
        assertThat(analysis.getAction()).contains("mset.data-dir");
    }

    @Test
    void otherDatabaseFailuresAreLeftToTheOtherReports() {
        BeanCreationException failure =
                new BeanCreationException("flyway", "could not be made", new SQLException("duplicate key", "23505"));

        assertThat(new DatabaseFileUnusableAnalyzer(new MockEnvironment()).analyze(failure))
                .isNull();
    }

    /** A database the service's URL names in the folder, made by H2 and then overwritten with text. */
    private static Path damagedDatabaseIn(Path folder) throws SQLException, IOException {
        try (Connection made = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("mset-triage"), "sa", "")) {
            made.createStatement().execute("CREATE TABLE kept (id INT)");
        }
        Path file = folder.resolve("mset-triage.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        Arrays.fill(garbage, "not a database ".getBytes(StandardCharsets.US_ASCII)[0]);
        Files.write(file, garbage);
        return file;
    }
}
