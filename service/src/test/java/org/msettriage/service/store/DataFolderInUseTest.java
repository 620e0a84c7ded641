package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start names the data folder in use, and the database's file on H2, in words. */
class DataFolderInUseTest {

    @Test
    void onH2TheFolderAndTheDatabaseFileAreNamed() {
        assertThat(DataFolderInUse.inWords(
                        "/srv/mset/data/", "jdbc:h2:file:/srv/mset/data/mset-triage;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"))
                .isEqualTo("Data folder in use: /srv/mset/data (the database is the H2 file"
                        + " /srv/mset/data/mset-triage.mv.db)");
    }

    @Test
    void onPostgresTheUrlIsNotRepeated() {
        assertThat(DataFolderInUse.inWords("/srv/mset/data", "jdbc:postgresql://db/mset?password=secret"))
                .startsWith("Data folder in use: /srv/mset/data (")
                .contains("mset.database.url")
                .doesNotContain("secret", "jdbc:");
    }
}
