package org.msettriage.service.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.msettriage.rules.policy.EditDistance;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.AuditVerifier;
import org.msettriage.service.audit.RetentionUnit;
import org.msettriage.service.audit.StoredKeysCheck;
import org.msettriage.service.problem.DatabaseUnusableAnalyzer;
import org.msettriage.service.problem.SafeTrace;
import org.msettriage.service.settings.UnknownSettingsCheck;
import org.msettriage.service.store.DatabaseFileUnusableAnalyzer;
import org.msettriage.service.store.SchemaVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The auditor's command line: {@code java -jar mset-triage.jar audit verify}. It reads the same
 * configuration as the service (application.yml, environment, {@code --name=value} arguments) for the
 * database and the seal key, checks the whole store read-only, and prints what it found. Exit 0 when the
 * record is intact, 1 when anything was changed, removed, reordered or is not sealed, 2 when it could not
 * check. An embedded H2 file can be open in one process only: verify a stopped service's database or a
 * copy of it, or use GET /api/v1/audit/verify on a running one.
 */
public final class AuditCommands {

    public static final String USAGE = """
            Usage:
              java -jar mset-triage.jar audit verify [--json] [--head=<position>:<chain-mac>]
                                                     [--mset.data-dir=<folder>]
                                                     [--spring.datasource.url=<jdbc-url>]
            Checks every stored decision against its seal and the chain, and names by decision id each
            record changed, removed or reordered, each decision not sealed, and every position missing
            from the chain. Read-only. --head gives back a head kept from an earlier check, and the
            report says whether it matched: a chain cut short of it, or holding another link there, is
            a problem too.
            Exit 0 when intact, 1 when a problem was found, 2 when the check could not run.

              java -jar mset-triage.jar audit rehash-identifiers --previous-key-file=<file> [settings]
            Replaces the identifier key: with every instance stopped, re-hashes each stored identifier
            from its hash under the previous key (the file holds it, base64) to its hash under the one
            configured now (mset.audit.identifier-key), so links across referrals survive the change.
            Exit 0 when done, 1 when the previous key does not give the stored hashes (nothing changed),
            2 when it could not run.
            """;

    /** Nothing but the configuration: no web server, no migrations, no sealing. */
    @Configuration(proxyBeanMethods = false)
    static class ConfigurationOnly {}

    /** The service's configuration alone, as the commands read it. */
    static ConfigurableApplicationContext configuration(String[] settings) {
        return new SpringApplicationBuilder(ConfigurationOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(settings);
    }

    private static final String HEAD = "--head=";

    private static final Pattern FLAG_LIKE = Pattern.compile("--[a-z][a-z-]{0,29}");
    private static final Pattern HEAD_VALUE = Pattern.compile("([1-9][0-9]{0,18}):(.*)");

    private AuditCommands() {}

    /** A head as an earlier check gave it, position and MAC; empty when it is not one. */
    static Optional<AuditVerification.Head> keptHead(String value) {
        Matcher head = HEAD_VALUE.matcher(value);
        if (!head.matches() || !AuditVerification.Head.isChainMac(head.group(2))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditVerification.Head(Long.parseLong(head.group(1)), head.group(2)));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> given = Arrays.asList(args);
        if (given.size() >= 2 && given.get(1).equals(IdentifierKeyCommand.NAME)) {
            return IdentifierKeyCommand.run(given.subList(2, given.size()), out, err);
        }
        if (given.size() < 2 || !given.get(1).equals("verify")) {
            err.print(USAGE);
            return 2;
        }
        boolean json = given.contains("--json");
        Optional<AuditVerification.Head> head = Optional.empty();
        for (String arg : given) {
            if (arg.startsWith(HEAD)) {
                head = keptHead(arg.substring(HEAD.length()));
                if (head.isEmpty()) {
                    err.println("Not understood: --head (a head is <position>:<64 hexadecimal digits>)");
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        String[] settings = given.stream()
                .skip(2)
                .filter(arg -> !arg.equals("--json") && !arg.startsWith(HEAD))
                .toArray(String[]::new);
        if (!wellFormed(settings, err)) {
            return 2;
        }
        String file = "in mset.data-dir";
        try (ConfigurableApplicationContext context = configuration(settings)) {
            // A misspelt key setting would leave the one in application.yml in force, and every record
            // would then read as altered: a false alarm of tampering.
            Optional<String> misconfigured =
                    UnknownSettingsCheck.problem(context.getEnvironment(), AuditCommands.class.getClassLoader());
            if (misconfigured.isPresent()) {
                err.println("The check did not run. " + misconfigured.get());
                return 2;
            }
            Environment environment = context.getEnvironment();
            file = DatabaseFileUnusableAnalyzer.file(environment);
            AuditSettings audit = Binder.get(environment).bindOrCreate("mset.audit", AuditSettings.class);
            // The verifier judges each removal by the period: one read as days that was meant as years would
            // call removals early (or miss them), so it is refused as the service's start refuses it.
            Optional<String> noUnit = RetentionUnit.problem(environment, audit.retention());
            if (noUnit.isPresent()) {
                err.println("The check did not run. " + noUnit.get());
                return 2;
            }
            // The keys first: their warnings (the demo keys) come whatever the database turns out to be.
            AuditKeys keys = new AuditKeys(audit, environment);
            DataSource database = OfflineDatabase.of(environment);
            AuditVerification result =
                    AuditVerifier.offline(database, keys, audit).verify(head);
            out.print(json ? asJson(result) : AuditText.of(result));
            if (!result.intact()) {
                // Found by an operator: a restored backup checked with another seal key read as tampering.
                StoredKeysCheck.sealKeyProblem(database, keys)
                        .ifPresent(problem -> err.println(problem + " Check that the key given is this database's"
                                + " (a restored backup needs the keys it was made with); if it is, the newest"
                                + " seals were altered."));
            }
            return result.intact() ? 0 : 1;
        } catch (OfflineDatabase.Missing missing) {
            err.println("The check could not run: " + missing.getMessage() + ".");
            return 2;
        } catch (SchemaVersion.Other other) {
            err.println("The check could not run: " + other.getMessage() + ".");
            return 2;
        } catch (RuntimeException e) {
            Optional<SQLException> refused = sqlCause(e);
            if (refused.isPresent()
                    && DatabaseUnusableAnalyzer.named(refused.get())
                    && !refused.get().getSQLState().startsWith("90")) {
                // A database server's refusal (a wrong password, say), not an embedded file held open.
                err.println("The check could not run: " + DatabaseUnusableAnalyzer.inWords(refused.get()));
                return 2;
            }
            // Found by a new user: the service running on the file printed 27 lines of stack trace before
            // this advice. A person reading a terminal needs the advice; the failure's types say the rest. The
            // words are the start's own for the same file.
            String named = file;
            Optional<String> fileProblem = refused.flatMap(sql -> DatabaseFileUnusableAnalyzer.problem(sql, named));
            if (fileProblem.isPresent()
                    && !DatabaseFileUnusableAnalyzer.IN_USE.equals(refused.get().getSQLState())) {
                err.println("The check could not run: " + fileProblem.get());
                err.println(DatabaseFileUnusableAnalyzer.RESTORE);
                return 2;
            }
            err.println(fileProblem
                    .map(problem -> "The check could not run: " + problem)
                    .orElse("The check could not run (" + SafeTrace.typesOf(e) + ")."));
            err.println("If the service is running on this database, use GET /api/v1/audit/verify instead,"
                    + " or verify a copy of the database.");
            return 2;
        }
    }

    /** Whether each setting is a --name=value; else says which is not, by place, and prints the usage. */
    static boolean wellFormed(String[] settings, PrintStream err) {
        return wellFormed(settings, err, USAGE);
    }

    /** The same, printing the given command's usage. */
    static boolean wellFormed(String[] settings, PrintStream err, String usage) {
        for (int i = 0; i < settings.length; i++) {
            String setting = settings[i];
            if (!setting.startsWith("--") || !setting.contains("=")) {
                // By place, not by value: a stray word may be a key a space cut from its setting. A word
                // shaped like an option (--jsn) is no key, and is named, with the option it may mean.
                err.println(
                        FLAG_LIKE.matcher(setting).matches()
                                ? "Not understood: " + setting
                                        + (EditDistance.between(setting, "--json") <= 2
                                                ? " (did you mean --json?)"
                                                : "")
                                : "Not understood: setting " + (i + 1) + " is not a --name=value");
                err.print(usage);
                return false;
            }
        }
        return true;
    }

    /** The first SQL exception with a state among the failure's causes. */
    static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /**
     * The result with the fields and names of the API's answer to GET /api/v1/audit/verify, so a script
     * reads either the same way: {@code intact} included, {@code head}, {@code keptHead} and
     * {@code missingLinks} absent when there is none.
     */
    private static String asJson(AuditVerification result) {
        JsonMapper mapper =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode fields = mapper.valueToTree(result);
        ObjectNode answer = mapper.createObjectNode();
        answer.set("checkedAt", fields.get("checkedAt"));
        answer.put("intact", result.intact());
        fields.properties().forEach(field -> {
            if (!answer.has(field.getKey()) && !field.getValue().isNull()) {
                answer.set(field.getKey(), field.getValue());
            }
        });
        return mapper.writeValueAsString(answer) + System.lineSeparator();
    }
}
