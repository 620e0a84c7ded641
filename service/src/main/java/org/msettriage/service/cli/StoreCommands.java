package org.msettriage.service.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msettriage.service.problem.SafeTrace;
import org.msettriage.service.settings.UnknownSettingsCheck;
import org.msettriage.service.store.DataFolderCheck;
import org.msettriage.service.store.DatabaseFileUnusableAnalyzer;
import org.msettriage.service.store.DiskFreeSpace;
import org.msettriage.service.store.H2Compaction;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The operator's command on the store: {@code java -jar mset-triage.jar store compact}, which gives a
 * stopped service's embedded H2 file back the space it no longer uses ({@link H2Compaction}). The service
 * never shrinks its file while it runs; after an upgrade that rewrote tables, or a retention that removed
 * many decisions, this is how the disk gets the space back.
 */
final class StoreCommands {

    static final String USAGE = """
            Usage:
              java -jar mset-triage.jar store compact [--mset.data-dir=<folder>] [settings]
            With the service stopped, gives the embedded H2 database file back the space its removed and
            rewritten rows no longer use: H2 writes the live data to a new file beside it and puts that in
            its place. Nothing stored changes, and the chain verifies as before. It needs free space of
            about the live data on the same disk, and says how much before it starts when there is not.
            For the embedded H2 file only: PostgreSQL gives space back itself (autovacuum).
            The new file keeps the old one's owner, group and permissions: run it as the file's owner or
            as root (it refuses otherwise). Exit 0 when done; 2 when it did not, saying whether anything
            changed and what to do.
            """;

    private StoreCommands() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> given = Arrays.asList(args);
        if (given.stream().anyMatch(JarUsage::asksForHelp)) {
            out.print(USAGE);
            return 0;
        }
        if (given.size() < 2 || !given.get(1).equals("compact")) {
            if (given.size() >= 2) {
                // By place, as for settings: a stray word may be a value a space cut from its setting.
                err.println("Not understood: " + (given.get(1).startsWith("--") ? "a setting" : "the word")
                        + " after store; the command is store compact");
            }
            err.print(USAGE);
            return 2;
        }
        String[] settings = given.stream().skip(2).toArray(String[]::new);
        if (!AuditCommands.wellFormed(settings, err, USAGE)) {
            return 2;
        }
        String file = "in mset.data-dir";
        try (ConfigurableApplicationContext context = AuditCommands.configuration(settings)) {
            ConfigurableEnvironment environment = context.getEnvironment();
            Optional<String> misconfigured =
                    UnknownSettingsCheck.problem(environment, StoreCommands.class.getClassLoader());
            if (misconfigured.isPresent()) {
                err.println("Nothing was changed. " + misconfigured.get());
                return 2;
            }
            Optional<Path> database = DataFolderCheck.embeddedDatabase(environment);
            String url = DataFolderCheck.datasourceUrl(environment);
            if (database.isEmpty()) {
                err.println(
                        url.startsWith("jdbc:h2:")
                                ? "Nothing was changed: the database URL does not name an embedded H2 file (jdbc:h2:file:),"
                                        + " which is all this command compacts."
                                : "Nothing was changed: the database is not the embedded H2 file but a database server"
                                        + " (mset.database.url). PostgreSQL gives the space of removed rows back itself"
                                        + " (autovacuum); VACUUM FULL returns it to the disk, with every instance stopped.");
                return 2;
            }
            Path path = DataFolderCheck.fileOf(database.get());
            file = path.toString();
            H2Compaction.Result done =
                    H2Compaction.compact(url, OfflineDatabase.atAnyMigration(environment), path, DiskFreeSpace::bytes);
            out.println("Compacted " + path + ": " + H2Compaction.bytesAndMegabytes(done.bytesBefore()) + " before, "
                    + H2Compaction.bytesAndMegabytes(done.bytesAfter()) + " now, in "
                    + String.format(Locale.ROOT, "%.1f s", done.took().toMillis() / 1000.0)
                    + ". Nothing stored changed; the file keeps its owner and permissions; the service can be"
                    + " started again.");
            return 0;
        } catch (OfflineDatabase.Missing missing) {
            err.println("Nothing was changed: " + missing.getMessage() + ".");
            return 2;
        } catch (H2Compaction.Refused refused) {
            err.println("Nothing was changed: " + refused.getMessage() + ".");
            return 2;
        } catch (H2Compaction.Failed failed) {
            err.println(failed.getMessage() + ".");
            return 2;
        } catch (IOException e) {
            err.println("Compacting stopped (" + SafeTrace.typesOf(e) + "): check that " + file + " is there, and"
                    + " remove any " + file + ".tempFile beside it, before the service starts on it.");
            return 2;
        } catch (SQLException | RuntimeException e) {
            Optional<SQLException> refused = AuditCommands.sqlCause(e);
            String named = file;
            Optional<String> fileProblem = refused.flatMap(sql -> DatabaseFileUnusableAnalyzer.problem(sql, named));
            err.println("Nothing was changed: "
                    + fileProblem.orElse("the database could not be compacted (" + SafeTrace.typesOf(e) + ")."));
            if (fileProblem.isPresent()) {
                err.println(
                        DatabaseFileUnusableAnalyzer.IN_USE.equals(refused.get().getSQLState())
                                ? "Stop every instance of the service on it (compacting needs the file to itself), and run"
                                        + " this again."
                                : DatabaseFileUnusableAnalyzer.RESTORE);
            }
            return 2;
        }
    }
}
