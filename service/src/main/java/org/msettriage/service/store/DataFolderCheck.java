package org.msettriage.service.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the service on an embedded database whose folder it cannot write, saying which folder,
 * before anything opens it. On a new read-only folder the start failed in Flyway with a 60-line stack
 * trace; on an existing one H2 opened the file read only and the service answered health UP until its
 * first decision failed. The command-line tools (no web server) may still read a read-only copy.
 */
public class DataFolderCheck implements EnvironmentPostProcessor {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() == WebApplicationType.NONE) {
            return;
        }
        Optional<Path> embedded = embeddedDatabase(environment);
        if (embedded.isEmpty()) {
            return;
        }
        Path database = embedded.get();
        problem(database, Files::exists, Files::isWritable, Files::isDirectory).ifPresent(problem -> {
            throw new StartRefusedException(problem);
        });
        long reserve = DiskReserveSetting.bytes(environment);
        try {
            DiskReserve.shortAtStart(database.getParent(), DiskFreeSpace.bytes(database.getParent()), reserve)
                    .ifPresent(problem -> {
                        throw new StartRefusedException(problem);
                    });
        } catch (IOException e) {
            // A disk that cannot say what it holds: the writes will say, as they did before the reserve.
        }
    }

    /**
     * The configured database URL; empty when it is a placeholder nothing gives yet (PostgreSQL's
     * mset.database.url, before the settings that give it are read), which is not an embedded file either.
     */
    public static String datasourceUrl(Environment environment) {
        try {
            return environment.getProperty("spring.datasource.url", "");
        } catch (IllegalArgumentException unresolved) {
            return "";
        }
    }

    /** The embedded H2 database the configured URL names; empty beside a database server. */
    public static Optional<Path> embeddedDatabase(Environment environment) {
        String url = datasourceUrl(environment);
        return namesFile(url) ? Optional.of(databaseOf(url)) : Optional.empty();
    }

    /** Whether the URL names an embedded H2 database in a file. */
    public static boolean namesFile(String url) {
        return url.startsWith(H2_FILE);
    }

    /** The database an H2 file URL names, as H2 reads it: a leading ~ is the home folder. */
    public static Path databaseOf(String url) {
        int end = url.indexOf(';');
        String named = url.substring(H2_FILE.length(), end < 0 ? url.length() : end);
        // Without this, the check would judge a folder named "~" under the one the service started in.
        if (named.equals("~") || named.startsWith("~/") || named.startsWith("~\\")) {
            named = System.getProperty("user.home") + named.substring(1);
        }
        return Path.of(named).toAbsolutePath().normalize();
    }

    /** The file H2 keeps a database in. */
    public static Path fileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /**
     * Why the database's folder cannot be written, or empty when it can (or will be made where it can). What
     * exists and what is writable are asked of the two predicates (the file system's, in service), as a
     * test run by root cannot make a folder it may not write.
     */
    static Optional<String> problem(
            Path database, Predicate<Path> exists, Predicate<Path> writable, Predicate<Path> isFolder) {
        Path file = fileOf(database);
        if (exists.test(file) && !writable.test(file)) {
            return Optional.of("The database file " + file + " cannot be written by this service (it is"
                    + " read only, or owned by another user). Give the service's user write access to it, or set"
                    + " mset.data-dir to a folder it can write; nothing was started.");
        }
        Path folder = database.getParent();
        while (folder != null && !exists.test(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !isFolder.test(folder)) {
            // An operator's trial gave the database file itself: its permissions were changed as a folder's,
            // then the start failed with 94 frames. Named as the database's folder, not as mset.data-dir: a
            // database URL given whole (spring.datasource.url) names it too.
            return Optional.of("The data folder " + folder + " is a file, not a folder. Set"
                    + " mset.data-dir to the folder that holds (or is to hold) "
                    + fileOf(database).getFileName()
                    + "; nothing was started.");
        }
        if (folder != null && !writable.test(folder)) {
            return Optional.of("The data folder " + database.getParent() + " cannot be written by this"
                    + " service (" + folder + " is read only, or owned by another user). Give the service's user"
                    + " write access to it, or set mset.data-dir to a folder it can write; nothing was started.");
        }
        return Optional.empty();
    }
}
