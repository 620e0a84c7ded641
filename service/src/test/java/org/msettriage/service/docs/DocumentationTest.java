package org.msettriage.service.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.TestData;
import org.msettriage.service.cli.AuditCommands;
import org.msettriage.service.cli.RulesetCommands;
import org.msettriage.service.security.AccessRules;
import org.msettriage.service.security.Role;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README, CONTRIBUTING and every page under docs/ say only what works: their links and anchors
 * resolve, their curl examples call operations of the API document with a demo key of a role the
 * operation allows and with JSON that parses, the scripts and settings they name exist, and the
 * README's two commands are what CI and the packaged jar use. Each check is also shown to fail on a
 * broken example.
 */
class DocumentationTest {

    static final Path ROOT = TestData.ROOT.toAbsolutePath().normalize().getParent();

    private static final Pattern SCRIPT = Pattern.compile("(?<![\\w./-])((?:scripts|\\.ci)/[\\w./-]*[\\w-])");
    private static final Pattern SCRIPT_FLAGS = Pattern.compile("(?<![\\w./-])(scripts/[\\w-]+(?:\\.sh)?)([^`\\n|]*)");
    private static final Pattern COMMAND =
            Pattern.compile("mset-triage\\.jar(?:\\s|\\\\|#)+(rulesets|audit)\\s+([a-z-]+)");
    private static final Pattern SETTING = Pattern.compile("(?<![\\w.])mset\\.[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)*");
    private static final Pattern PLACEHOLDER_VALUE = Pattern.compile("(?<![\"\\w])<[^<>\"\\n]+>(?![\"\\w])");

    private final List<Markdown> pages = Markdown.pagesOf(ROOT);

    @Test
    void everyReaderHasAPage() {
        assertThat(pages.stream().map(p -> p.name(ROOT)))
                .contains(
                        "README.md",
                        "CONTRIBUTING.md",
                        "docs/case-systems.md",
                        "docs/policy-leads.md",
                        "docs/auditors.md",
                        "docs/analysts.md",
                        "docs/panel-coordinators.md",
                        "docs/operations.md",
                        "docs/architecture.md",
                        "docs/benchmarks.md")
                .anyMatch(name -> name.startsWith("docs/adr/0001-"));
    }

    @Test
    void everyRelativeLinkAndAnchorResolves() {
        assertThat(pages.stream().flatMap(p -> brokenLinks(p).stream())).isEmpty();
    }

    @Test
    void everyCurlCallsAnOperationOfTheApiDocumentWithAKeyItsRolesAllow() {
        List<Curl> curls = pages.stream().flatMap(p -> curls(p).stream()).toList();
        assertThat(curls).as("curl examples found").hasSizeGreaterThan(15);
        assertThat(curls.stream().flatMap(c -> wrongCalls(c).stream())).isEmpty();
    }

    @Test
    void everyJsonBodyGivenToCurlParses() {
        assertThat(pages.stream().flatMap(p -> curls(p).stream()).flatMap(c -> badBodies(c).stream()))
                .isEmpty();
    }

    @Test
    void theExampleCallAndDecisionAreTheApiDocumentsExamples() {
        for (String page : List.of("README.md", "docs/case-systems.md")) {
            Curl triage = curls(Markdown.read(ROOT.resolve(page))).stream()
                    .filter(c -> c.path().equals("/api/v1/triage"))
                    .findFirst()
                    .orElseThrow();
            assertThat(HttpJson.JSON.readTree(triage.bodies().get(0)))
                    .as("the example referral in %s", page)
                    .isEqualTo(HttpJson.JSON.valueToTree(ApiDocument.exampleReferral()));
        }
        String decision = Markdown.read(ROOT.resolve("docs/case-systems.md")).codeBlocks().stream()
                .filter(b -> b.startsWith("{\n  \"decisionId\""))
                .findFirst()
                .orElseThrow();
        assertThat(HttpJson.JSON.readTree(decision))
                .isEqualTo(HttpJson.JSON.valueToTree(ApiDocument.exampleDecision()));
    }

    @Test
    void everyScriptNamedExistsAndTakesTheOptionsGiven() {
        assertThat(pages.stream().flatMap(p -> missingScripts(p).stream())).isEmpty();
    }

    @Test
    void everySettingNamedExists() {
        Set<String> known = knownSettings();
        assertThat(known).contains("mset.data-dir", "mset.security.jwt.jwk-set-uri", "mset.rules.follow-every");
        assertThat(pages.stream().flatMap(p -> unknownSettings(p, known).stream()))
                .isEmpty();
    }

    /**
     * An environment variable named for a setting is spelt as Spring Boot binds it: dots become
     * underscores and dashes are dropped (MSET_AUDIT_SEALKEY for mset.audit.seal-key). A list's index
     * stands between underscores. Names that only look like variables are the pages' cookies, the
     * variables of other programs and an outcome's code (MSET_PANEL), said as such where they appear.
     */
    @Test
    void everyVariableNamedIsASettingsSpelling() {
        Set<String> notSettings = Set.of(
                "MSET_AUDIT_SESSION",
                "MSET_AUDIT_FORM",
                "MSET_API_KEY",
                "MSET_SERVICE_HOST",
                "MSET_PANEL",
                "MSET_PORT");
        Set<String> spellings = knownSettings().stream()
                .map(setting -> setting.replaceAll("\\[\\d*]", "")
                        .toUpperCase(Locale.ROOT)
                        .replace('.', '_')
                        .replace("-", ""))
                .collect(Collectors.toSet());
        assertThat(spellings).contains("MSET_AUDIT_SEALKEY", "MSET_DATADIR");
        Pattern variable = Pattern.compile("(?<![\\w])MSET_[A-Z0-9_]*[A-Z0-9]");
        List<String> misspelt = new ArrayList<>();
        for (Markdown page : pages) {
            Matcher named = variable.matcher(page.text());
            while (named.find()) {
                String name = named.group();
                // A list element's fields are its record's, not listed apart: the list itself must be known.
                String unindexed = name.replaceAll("_\\d+(_.*)?$", "");
                boolean spelt = notSettings.contains(name)
                        || spellings.stream()
                                .anyMatch(known -> known.equals(unindexed) || known.startsWith(unindexed + "_"));
                if (!spelt) {
                    misspelt.add(page.name(ROOT) + ": " + name);
                }
            }
        }
        assertThat(misspelt).isEmpty();
    }

    /**
     * The service refuses a setting its list (the configuration metadata) lacks, so everything it reads must
     * be listed, or setting it would stop the start; and every listed setting is in the operators' table.
     */
    @Test
    void everySettingReadIsListedAndEveryListedOneIsDocumented() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            JsonMapper.builder()
                    .build()
                    .readTree(in)
                    .path("properties")
                    .forEach(property -> listed.add(property.path("name").asString()));
        }
        Set<String> read = knownSettings();
        List<String> leaves = read.stream()
                .filter(name -> read.stream().noneMatch(other -> other.startsWith(name + ".")))
                .toList();
        assertThat(leaves).hasSizeGreaterThan(25);
        assertThat(listed).containsAll(leaves);
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        assertThat(listed).allSatisfy(name -> assertThat(operations).contains("| `" + name + "` |"));
    }

    @Test
    void everyCommandLineCommandNamedExists() {
        assertThat(pages.stream().flatMap(p -> unknownCommands(p).stream())).isEmpty();
        Markdown broken = new Markdown(
                ROOT.resolve("docs/broken.md"),
                "`java -jar service/target/mset-triage.jar rulesets check x` and"
                        + " `java -jar service/target/mset-triage.jar audit repair`");
        assertThat(unknownCommands(broken))
                .containsExactly(
                        "docs/broken.md: no command rulesets check", "docs/broken.md: no command audit repair");
    }

    /**
     * The jar's commands a page names, asked of the command line itself: a rulesets command it does not
     * know answers "unknown command" (one it knows, given no arguments, answers its own usage); the audit
     * commands are those its usage lists.
     */
    private static List<String> unknownCommands(Markdown page) {
        List<String> unknown = new ArrayList<>();
        Matcher command = COMMAND.matcher(page.text());
        while (command.find()) {
            String group = command.group(1);
            String name = command.group(2);
            boolean known;
            if (group.equals("rulesets")) {
                java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
                RulesetCommands.run(
                        new String[] {group, name},
                        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
                known = !err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("unknown command");
            } else {
                known = AuditCommands.USAGE.contains("audit " + name);
            }
            if (!known) {
                unknown.add(page.name(ROOT) + ": no command " + group + " " + name);
            }
        }
        return unknown;
    }

    @Test
    void theReadmesTwoCommandsAreTheOnesCiAndThePackagedJarUse() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(
                readme.indexOf("## The two commands"),
                readme.indexOf("\n## ", readme.indexOf("## The two commands") + 1));
        List<String> commands = new Markdown(ROOT.resolve("README.md"), section)
                .codeBlocks().stream().map(String::strip).toList();
        assertThat(commands).hasSize(2);
        List<String> ciLines = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "))
                .toList();
        // The contract's lint first (Spectral needs npm, which the README's commands do not assume), then
        // exactly the README's test command.
        assertThat(ciLines).containsExactly("scripts/lint-contract", commands.get(1));
        String finalName = Files.readString(ROOT.resolve("service/pom.xml"))
                .replaceAll("(?s).*<finalName>([^<]+)</finalName>.*", "$1");
        assertThat(commands.get(0))
                .startsWith("./mvnw ")
                .contains(" package ")
                .endsWith("java -jar service/target/" + finalName + ".jar");
    }

    // A check that sees nothing proves nothing: each one, given a broken example, names it.

    @Test
    void theChecksFailOnBrokenExamples() {
        Markdown broken = new Markdown(ROOT.resolve("docs/broken.md"), """
                # Broken

                [a page](nowhere.md), [an anchor](operations.md#no-such-heading), [here](#broken), [there](#gone)

                ```
                curl -s -X POST localhost:8080/api/v1/triage -H 'Authorization: Bearer demo-auditor-key' -d '{"a": 1}'
                curl -s localhost:8080/api/v1/panel/meetings/<meetingId>/agendas -H 'Authorization: Bearer demo-panel-coordinator-key'
                curl -s -X DELETE localhost:8080/api/v1/triage -H 'Authorization: Bearer demo-case-system-key'
                curl -s localhost:8080/api/v1/rulesets/shadow/differences -H 'Authorization: Bearer made-up-key'
                curl -s localhost:8080/api/v1/rules
                curl -s localhost:8080/actuator/prometheus -H 'Authorization: Bearer demo-analyst-key'
                curl -s -X POST localhost:8080/api/v1/triage/batch -H 'Authorization: Bearer demo-case-system-key' -d '{"referrals": [<many>,]}'
                scripts/bench-http.sh -q 3 && scripts/no-such-script.sh
                ```

                Set `mset.audit.no-such-key` or `mset.rules.locations`.
                """);
        assertThat(brokenLinks(broken))
                .hasSize(3)
                .anyMatch(p -> p.contains("nowhere.md"))
                .anyMatch(p -> p.contains("#no-such-heading"))
                .anyMatch(p -> p.contains("#gone"));
        List<Curl> curls = curls(broken);
        assertThat(curls).hasSize(7);
        assertThat(wrongCalls(curls.get(0))).singleElement().asString().contains("AUDITOR");
        assertThat(wrongCalls(curls.get(1))).singleElement().asString().contains("no operation");
        assertThat(wrongCalls(curls.get(2))).singleElement().asString().contains("no operation");
        assertThat(wrongCalls(curls.get(3))).singleElement().asString().contains("not a demo key");
        assertThat(wrongCalls(curls.get(4))).singleElement().asString().contains("no credential");
        assertThat(wrongCalls(curls.get(5))).singleElement().asString().contains("ANALYST");
        assertThat(badBodies(curls.get(6))).singleElement().asString().contains("not JSON");
        assertThat(missingScripts(broken))
                .containsExactlyInAnyOrder(
                        "docs/broken.md: scripts/bench-http.sh has no option -q",
                        "docs/broken.md: no scripts/no-such-script.sh");
        assertThat(unknownSettings(broken, knownSettings()))
                .containsExactly(
                        "docs/broken.md: no setting mset.audit.no-such-key",
                        "docs/broken.md: no setting mset.rules.locations");
    }

    @Test
    void slugsAreGitHubs() {
        assertThat(Markdown.slug("Auditing: the auditor's walk-through"))
                .isEqualTo("auditing-the-auditors-walk-through");
        assertThat(Markdown.slug("Measured on this machine (2 cores)")).isEqualTo("measured-on-this-machine-2-cores");
        assertThat(Markdown.slug("`mset.rules` and [links](x.md)")).isEqualTo("msetrules-and-links");
    }

    private static List<String> brokenLinks(Markdown page) {
        List<String> problems = new ArrayList<>();
        for (String link : page.links()) {
            if (link.matches("^(https?|mailto):.*")) {
                continue;
            }
            String path = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
            String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
            Path target = path.isEmpty()
                    ? page.file()
                    : page.file().getParent().resolve(path).normalize();
            if (!path.isEmpty() && !Files.exists(target)) {
                problems.add(page.name(ROOT) + ": " + link + " leads nowhere");
            } else if (anchor != null
                    && !(target.toString().endsWith(".md")
                            && anchorsOf(page, target).contains(anchor))) {
                problems.add(page.name(ROOT) + ": " + link + " names no heading of " + ROOT.relativize(target));
            }
        }
        return problems;
    }

    private static Set<String> anchorsOf(Markdown page, Path target) {
        return (target.equals(page.file()) ? page : Markdown.read(target)).anchors();
    }

    private static List<Curl> curls(Markdown page) {
        return page.codeBlocks().stream().flatMap(b -> Curl.in(b).stream()).toList();
    }

    /** What is wrong with a curl example's call: its operation, its credential, or its role. */
    private static List<String> wrongCalls(Curl curl) {
        if (curl.path() == null) {
            return List.of(curl.source() + ": no http://localhost:8080 address");
        }
        Optional<Set<String>> roles = rolesFor(curl.method(), curl.path());
        if (roles.isEmpty()) {
            return List.of(curl.source() + ": no operation " + curl.method() + " " + curl.path()
                    + " in the API document or the actuator");
        }
        if (roles.get().contains("ANYONE")) {
            return List.of();
        }
        if (curl.bearer().isEmpty()) {
            return List.of(curl.source() + ": no credential, and " + curl.path() + " needs one");
        }
        Optional<DemoClients.Key> key = demoKeys().stream()
                .filter(k -> k.key().equals(curl.bearer().get()))
                .findFirst();
        if (key.isEmpty()) {
            return List.of(curl.source() + ": " + curl.bearer().get() + " is not a demo key");
        }
        if (!roles.get().contains(key.get().role().name())) {
            return List.of(curl.source() + ": " + key.get().role() + " may not " + curl.method() + " " + curl.path()
                    + " (" + roles.get() + ")");
        }
        return List.of();
    }

    /** The roles the API document (or, off it, the actuator's rules) gives a call, literal paths first. */
    private static Optional<Set<String>> rolesFor(String method, String path) {
        Map<String, Set<Role>> actuator = Map.of(
                "/actuator/info", AccessRules.ACTUATOR_INFO, "/actuator/prometheus", AccessRules.ACTUATOR_PROMETHEUS);
        if (method.equals("GET") && path.equals("/actuator/health")) {
            return Optional.of(Set.of("ANYONE"));
        }
        if (method.equals("GET") && actuator.containsKey(path)) {
            return Optional.of(
                    new TreeSet<>(actuator.get(path).stream().map(Role::name).toList()));
        }
        List<ApiDocument.Operation> matching = ApiDocument.operations().stream()
                .filter(o -> o.method().equals(method) && matches(o.path(), path))
                .toList();
        return matching.stream()
                .filter(o -> o.path().equals(path))
                .findFirst()
                .or(() -> matching.stream().findFirst())
                .map(o -> Set.copyOf(o.roles()));
    }

    /** A template segment {x} takes any value or placeholder; a placeholder fills only a template segment. */
    private static boolean matches(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean parameter = t[i].matches("\\{[^}]+\\}");
            boolean placeholder = p[i].matches("<[^>]+>|\\{[^}]+\\}|\\$\\w+");
            if (parameter ? p[i].isEmpty() : placeholder || !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<DemoClients.Key> demoKeys() {
        List<DemoClients.Key> keys = new ArrayList<>();
        for (Field field : DemoClients.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == DemoClients.Key.class) {
                try {
                    keys.add((DemoClients.Key) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    /** Bodies given with -d that do not parse as JSON once placeholders (<like this>) stand for values. */
    private static List<String> badBodies(Curl curl) {
        List<String> problems = new ArrayList<>();
        for (String body : curl.bodies()) {
            if (body.startsWith("@")) {
                continue; // a file of the reader's own, named as curl names one
            }
            try {
                HttpJson.JSON.readTree(PLACEHOLDER_VALUE.matcher(body).replaceAll("null"));
            } catch (RuntimeException e) {
                problems.add(curl.source() + ": the body is not JSON: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return problems;
    }

    private static List<String> missingScripts(Markdown page) {
        List<String> problems = new ArrayList<>();
        Matcher named = SCRIPT.matcher(page.text());
        while (named.find()) {
            if (!Files.exists(ROOT.resolve(named.group(1)))) {
                problems.add(page.name(ROOT) + ": no " + named.group(1));
            }
        }
        Matcher used = SCRIPT_FLAGS.matcher(page.text());
        while (used.find()) {
            Path script = ROOT.resolve(used.group(1));
            if (!Files.isRegularFile(script)) {
                continue;
            }
            Matcher flag = Pattern.compile("(?<![\\w-])-([a-zA-Z])\\b")
                    .matcher(used.group(2).split("&&|;")[0]);
            while (flag.find()) {
                if (!usage(script).matches("(?s).*(\\[|\\s)-" + flag.group(1) + "\\b.*")) {
                    problems.add(page.name(ROOT) + ": " + used.group(1) + " has no option -" + flag.group(1));
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    /** The comment lines at the top of a script, where its usage is written. */
    private static String usage(Path script) {
        try {
            return String.join(
                    "\n",
                    Files.readAllLines(script).stream()
                            .takeWhile(l -> l.startsWith("#") || l.isBlank())
                            .toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> unknownSettings(Markdown page, Set<String> known) {
        List<String> problems = new ArrayList<>();
        Matcher named = SETTING.matcher(page.text());
        while (named.find()) {
            String setting = named.group();
            if (known.stream().noneMatch(k -> k.equals(setting) || k.startsWith(setting + "."))) {
                problems.add(page.name(ROOT) + ": no setting " + setting);
            }
        }
        return problems.stream().distinct().toList();
    }

    /** Every mset.* setting the service reads: its settings records, its placeholders and its YAML. */
    static Set<String> knownSettings() {
        Set<String> known = new TreeSet<>();
        Path main = ROOT.resolve("service/src/main");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file);
                Matcher placeholder =
                        Pattern.compile("\\$\\{(mset\\.[a-z0-9.-]+)").matcher(text);
                while (placeholder.find()) {
                    known.add(placeholder.group(1));
                }
                if (name.endsWith(".java")) {
                    Matcher prefix = Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)")
                            .matcher(text);
                    if (prefix.find()) {
                        String className = main.resolve("java")
                                .relativize(file)
                                .toString()
                                .replace(".java", "")
                                .replace('/', '.');
                        addComponents(prefix.group(1), Class.forName(className), known);
                    }
                } else if (name.matches("application.*\\.ya?ml")) {
                    Object yaml = new Yaml(new LoaderOptions()).load(text);
                    addKeys("", yaml, known);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        known.removeIf(k -> !k.startsWith("mset."));
        return known;
    }

    private static void addComponents(String prefix, Class<?> type, Set<String> known) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "."
                    + component
                            .getName()
                            .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                            .toLowerCase();
            known.add(key);
            if (component.getType().isRecord()) {
                addComponents(key, component.getType(), known);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void addKeys(String prefix, Object node, Set<String> known) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
                known.add(key);
                addKeys(key, v, known);
            });
        }
    }
}
