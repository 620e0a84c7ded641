package org.msettriage.service.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.audit.IdentifierRehash;
import org.msettriage.service.problem.SafeTrace;
import org.msettriage.service.settings.UnknownSettingsCheck;
import org.msettriage.service.store.SchemaVersion;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * {@code java -jar mset-triage.jar audit rehash-identifiers --previous-key-file=<file>}: replaces the
 * identifier key of a stopped service's database (see {@link IdentifierRehash}). The previous key is read
 * from a file, never given on the command line, where other users of the machine could read it; the new
 * one is the service's own setting, as the service will start with it afterwards.
 */
final class IdentifierKeyCommand {

    static final String NAME = "rehash-identifiers";
    private static final String PREVIOUS = "--previous-key-file=";

    private IdentifierKeyCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> file = args.stream()
                .filter(arg -> arg.startsWith(PREVIOUS))
                .map(arg -> arg.substring(PREVIOUS.length()))
                .findFirst();
        if (file.isEmpty()) {
            err.println("Not understood: " + NAME + " needs " + PREVIOUS + "<file holding the previous key>");
            err.print(AuditCommands.USAGE);
            return 2;
        }
        byte[] previous = previousKey(Path.of(file.get()), err);
        String[] settings =
                args.stream().filter(arg -> !arg.startsWith(PREVIOUS)).toArray(String[]::new);
        if (previous == null || !AuditCommands.wellFormed(settings, err)) {
            return 2;
        }
        try (ConfigurableApplicationContext context = AuditCommands.configuration(settings)) {
            Optional<String> misconfigured =
                    UnknownSettingsCheck.problem(context.getEnvironment(), IdentifierKeyCommand.class.getClassLoader());
            if (misconfigured.isPresent()) {
                err.println("Nothing was changed. " + misconfigured.get());
                return 2;
            }
            AuditSettings audit = Binder.get(context.getEnvironment()).bindOrCreate("mset.audit", AuditSettings.class);
            AuditKeys keys = new AuditKeys(audit, context.getEnvironment());
            IdentifierRehash.refuseSameKey(keys, previous);
            DataSource database = OfflineDatabase.of(context.getEnvironment());
            List<String> running = IdentifierRehash.liveInstances(database);
            if (!running.isEmpty()) {
                err.println("Nothing was changed: " + running.size() + " instance(s) of the service are running on"
                        + " this database (" + String.join(", ", running) + "), and would go on hashing names with"
                        + " the previous key. Stop every instance first.");
                return 2;
            }
            IdentifierRehash.Result done =
                    IdentifierRehash.offline(database, keys, previous).rehash();
            out.println("Re-hashed " + done.rows() + " identifier rows of " + done.decisions() + " decisions with the"
                    + " identifier key configured now. Start the service with that key (mset.audit.identifier-key);"
                    + " the previous key is no longer needed.");
            return 0;
        } catch (OfflineDatabase.Missing missing) {
            err.println("Nothing was changed: " + missing.getMessage() + ".");
            return 2;
        } catch (SchemaVersion.Other other) {
            err.println("Nothing was changed: " + other.getMessage() + ".");
            return 2;
        } catch (IdentifierRehash.SameKey same) {
            err.println("Nothing was changed: " + same.getMessage() + ".");
            return 1;
        } catch (CannotGetJdbcConnectionException unopened) {
            // An embedded database is held by the one process that opened it: the service, most likely.
            err.println("Nothing was changed: the database could not be opened; if the service is running on it,"
                    + " stop every instance first (" + SafeTrace.typesOf(unopened) + ").");
            return 2;
        } catch (IdentifierRehash.PreviousKeyRefused refused) {
            err.println(refused.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Nothing was changed (" + SafeTrace.typesOf(e) + ").");
            return 2;
        }
    }

    /** The previous key from its file (32 bytes, base64), or null with the problem said. */
    private static byte[] previousKey(Path file, PrintStream err) {
        try {
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.UTF_8).strip());
            if (key.length == 32) {
                return key;
            }
        } catch (NoSuchFileException absent) {
            err.println("Nothing was changed: " + file + " was not found");
            return null;
        } catch (IOException | IllegalArgumentException unreadable) {
            // Said below, without the file's content.
        }
        err.println("Nothing was changed: " + file + " does not hold a key (32 bytes in base64, as"
                + " openssl rand -base64 32 gives)");
        return null;
    }
}
