package org.msettriage.service.store;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start, in words, which data folder this instance uses and where its database is: the folder
 * appeared only inside the JDBC URL, so an operator with two folders could not tell which one a start
 * had opened (found by a new operator). PostgreSQL's URL is not repeated, as it may carry credentials.
 */
@Component
class DataFolderInUse {

    private static final Logger log = LoggerFactory.getLogger(DataFolderInUse.class);

    DataFolderInUse(Environment environment) {
        log.info(inWords(
                environment.getProperty("mset.data-dir", "./data"), DataFolderCheck.datasourceUrl(environment)));
    }

    static String inWords(String dataDir, String datasourceUrl) {
        String folder = Path.of(dataDir).toAbsolutePath().normalize().toString();
        if (DataFolderCheck.namesFile(datasourceUrl)) {
            return "Data folder in use: " + folder + " (the database is the H2 file "
                    + DataFolderCheck.fileOf(DataFolderCheck.databaseOf(datasourceUrl)) + ")";
        }
        return "Data folder in use: " + folder + " (kept compiled rulesets and candidates; the database is the one"
                + " mset.database.url names)";
    }
}
