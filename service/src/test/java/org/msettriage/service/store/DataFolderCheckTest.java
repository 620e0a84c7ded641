package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

/** Which folder or file a start on a database it cannot write is refused for, and in what words. */
class DataFolderCheckTest {

    private static final Path DATABASE = Path.of("/srv/mset/data/mset-triage");
    private static final Path FILE = Path.of("/srv/mset/data/mset-triage.mv.db");
    private static final Path FOLDER = Path.of("/srv/mset/data");

    @Test
    void aDatabaseFileThatCannotBeWrittenIsNamed() {
        assertThat(DataFolderCheck.problem(
                        DATABASE, Set.of(FILE, FOLDER)::contains, path -> !path.equals(FILE), path -> true))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("The database file /srv/mset/data/mset-triage.mv.db cannot be written")
                        .contains("mset.data-dir"));
    }

    @Test
    void aNewDatabaseInAFolderThatCannotBeWrittenNamesTheFolder() {
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(FOLDER)::contains, path -> false, path -> true))
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("The data folder /srv/mset/data cannot be written"));
    }

    @Test
    void aFolderStillToBeMadeIsJudgedByTheNearestOneThatExists() {
        Path parent = Path.of("/srv/mset");
        assertThat(DataFolderCheck.problem(
                        DATABASE, Set.of(parent)::contains, path -> !path.equals(parent), path -> true))
                .hasValueSatisfying(problem -> assertThat(problem).contains("(/srv/mset is read only"));
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(parent)::contains, path -> true, path -> true))
                .isEmpty();
    }

    @Test
    void aDataFolderThatIsAFileIsNamedAsSuch() {
        // The database file given as the data folder: mset.data-dir=/srv/mset/data/mset-triage.mv.db.
        Path database = FILE.resolve("mset-triage");
        assertThat(DataFolderCheck.problem(database, Set.of(FILE, FOLDER)::contains, path -> true, FOLDER::equals))
                .hasValue("The data folder /srv/mset/data/mset-triage.mv.db is a file, not a folder. Set"
                        + " mset.data-dir to the folder that holds (or is to hold) mset-triage.mv.db; nothing was"
                        + " started.");
    }

    @Test
    void aWritableDatabaseStarts() {
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(FILE, FOLDER)::contains, path -> true, path -> true))
                .isEmpty();
    }

    @Test
    void aDatabaseNamedByASettingGivenLaterIsLeftToItsOwnChecks() {
        // The postgres profile's URL is ${mset.database.url}, which tests give after this check runs.
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "${mset.database.url}");
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(WebApplicationType.SERVLET);

        assertThatCode(() -> new DataFolderCheck().postProcessEnvironment(environment, application))
                .doesNotThrowAnyException();
    }

    @Test
    void aDatabaseUnderTheHomeFolderIsFoundThereAsH2FindsIt() {
        assertThat(DataFolderCheck.databaseOf("jdbc:h2:file:~/mset/mset-triage;WRITE_DELAY=0"))
                .isEqualTo(Path.of(System.getProperty("user.home"), "mset", "mset-triage"));
        assertThat(DataFolderCheck.databaseOf("jdbc:h2:file:/srv/mset/data/mset-triage"))
                .isEqualTo(DATABASE);
    }
}
