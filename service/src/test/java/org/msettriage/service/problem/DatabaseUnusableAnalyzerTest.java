package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that cannot use its database names the setting to look at, from the SQL state, however deep
 * Spring, Flyway and the pool wrapped the failure, and never repeats the server's message.
 */
class DatabaseUnusableAnalyzerTest {

    private static FailureAnalysis analysed(SQLException failure) {
        BeanCreationException wrapped = new BeanCreationException(
                "accessLog", "could not be made", new IllegalStateException("Unable to obtain connection", failure));
        return new DatabaseUnusableAnalyzer().analyze(wrapped);
    }

    @Test
    void aRefusedPasswordNamesTheUserAndPasswordSettings() {
        FailureAnalysis analysis =
                analysed(new SQLException("FATAL: password authentication failed for user \"mset\"", "28P01"));

        assertThat(analysis.getDescription())
                .contains("mset.database.user", "mset.database.password", "SQL state 28P01")
                .doesNotContain("FATAL");
        assertThat(analysis.getAction()).contains("No referral was taken");
    }

    @Test
    void anUnknownHostNamesTheUrlAndWhatLayUnderIt() {
        SQLException failure = new SQLException("The connection attempt failed.", "08001");
        failure.initCause(new UnknownHostException("nosuchhost.invalid"));

        assertThat(analysed(failure).getDescription())
                .contains("mset.database.url", "UnknownHostException")
                .doesNotContain("nosuchhost");
    }

    @Test
    void aMissingDatabaseIsSaidInWords() {
        assertThat(analysed(new SQLException("database \"x\" does not exist", "3D000"))
                        .getDescription())
                .startsWith("The database named in mset.database.url does not exist");
    }

    @Test
    void anEmbeddedFileInUseIsLeftToTheStoresAnalyzerThatNamesTheFile() {
        assertThat(analysed(new SQLException("Database may be already in use", "90020")))
                .isNull();
    }

    @Test
    void aFailedMigrationOrAPassingFaultIsLeftToBootsOwnReport() {
        // Found by a review: a migration's duplicate key was told to correct a setting it did not name, and
        // the failing script went unreported.
        assertThat(analysed(new SQLException("duplicate key", "23505"))).isNull();
        assertThat(analysed(new SQLException("the database system is starting up", "57P03")))
                .isNull();
    }
}
