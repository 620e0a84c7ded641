package org.msettriage.rules.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.links.IntelligenceJson;
import org.msettriage.rules.referral.Referral;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario file: a name, why it exists, the referral, and the expected decision fields. A scenario
 * may name the file it is a neighbour of: the same referral changed at the edge of one condition, so
 * that the pair shows an outcome both happening and not happening. A scenario may give the links and
 * history the service's record would add ({@code intelligence}, in the decision's shape; policy v1.1
 * section 10), so that the rules reading them can be tested like any other.
 */
public record Scenario(
        String file,
        String name,
        String description,
        String neighbourOf,
        Referral referral,
        JsonNode expected,
        int expectedLine,
        Intelligence intelligence) {

    /** A referral without assessedAt is assessed at this fixed moment, so scenarios never depend on the clock. */
    static final OffsetDateTime DEFAULT_ASSESSED_AT = OffsetDateTime.parse("2026-11-12T10:00:00Z");

    private static final JsonPointer EXPECTED = JsonPointer.compile("/expected");

    private static final JsonPointer REQUEST = JsonPointer.compile("/request");

    private static final JsonPointer INTELLIGENCE = JsonPointer.compile("/intelligence");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The fields a scenario file has at its top. */
    public static final Set<String> FIELDS =
            Set.of("name", "description", "neighbourOf", "request", "expected", "intelligence");

    /**
     * Why a file a policy lead sends is not a scenario, where the reading can say more than {@link
     * #NOT_A_SCENARIO} without quoting a value: a field no scenario has (a misspelling, say), named by its
     * path, or a key given twice, at the line of the first such key.
     */
    public static final class Refused extends RuntimeException {

        private final int line;

        Refused(String why, int line) {
            super(NOT_A_SCENARIO + "; " + why);
            this.line = line;
        }

        /** The 1-based line the problem is at, or 0 when the reading does not say. */
        public int line() {
            return line;
        }
    }

    /** Why a file is not a scenario, said without its content (a parser's message quotes its values). */
    public static final String NOT_A_SCENARIO =
            "is not a scenario: a scenario file is JSON with a name, the request and the expected fields";

    /** Files of a folder that are not scenarios, each named with why, and nothing of what they hold. */
    public static final class Unreadable extends RuntimeException {

        private final transient List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        /** One line per file: its name and why it is not a scenario. */
        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Every scenario in a folder, in file-name order. Scenarios are JSON; any other file in the folder, and
     * any JSON that is not a scenario, is refused rather than silently skipped (so a scenario written in
     * another format never goes unrun), naming every such file in one {@link Unreadable}.
     */
    public static List<Scenario> readFolder(Path folder) {
        List<Path> all;
        try (Stream<Path> files = Files.list(folder)) {
            all = files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list scenarios in " + folder, e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : all) {
            if (!file.getFileName().toString().endsWith(".json")) {
                unreadable.add(file.getFileName() + " " + RulesetFiles.NOT_JSON);
                continue;
            }
            try {
                scenarios.add(read(file));
            } catch (UncheckedIOException e) {
                throw e;
            } catch (RuntimeException e) {
                unreadable.add(file.getFileName() + " " + NOT_A_SCENARIO);
            }
        }
        if (!unreadable.isEmpty()) {
            throw new Unreadable(unreadable);
        }
        return scenarios;
    }

    public static Scenario read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario " + file, e);
        }
    }

    /**
     * A scenario as a policy lead sends one (carried by a candidate, or in a folder the command line is
     * given), read as {@link #parse} does and, besides, refusing a field at any level that no scenario has
     * and a key given twice, with a {@link Refused} naming it: either would otherwise be silently ignored.
     */
    public static Scenario parseStrictly(String file, String json) {
        try {
            JsonNode root = StrictJson.readTree(json);
            onlyScenarioFields(json, root);
            // Bound as parse binds it, whose mapper refuses a field a referral has not, once more to name one.
            StrictJson.bind(MAPPER, json, root, REQUEST, Referral.class, "scenario");
            return parsed(file, json, root);
        } catch (StrictJson.Mistake e) {
            throw new Refused(e.getMessage(), e.line());
        }
    }

    /**
     * Refuses, as a {@link StrictJson.Mistake}, a field no scenario has: at its top, or in its links and
     * history ({@code intelligence}), where a misspelt {@code latestRiskLevel} would otherwise be read as
     * no earlier level at all. The request's own fields are refused where it is bound.
     */
    public static void onlyScenarioFields(String json, JsonNode root) {
        StrictJson.onlyFields(json, root, FIELDS, "scenario");
        StrictJson.onlyFields(json, root, INTELLIGENCE, IntelligenceJson.FIELDS, "scenario");
        JsonPointer links = INTELLIGENCE.appendProperty("links");
        for (int i = 0; i < root.at(links).size(); i++) {
            StrictJson.onlyFields(json, root, links.appendIndex(i), IntelligenceJson.LINK_FIELDS, "scenario");
        }
        StrictJson.onlyFields(
                json, root, INTELLIGENCE.appendProperty("history"), IntelligenceJson.HISTORY_FIELDS, "scenario");
    }

    /** A scenario from its text; the file name is where a broken expectation is reported. */
    public static Scenario parse(String file, String json) {
        return parsed(file, json, MAPPER.readTree(json));
    }

    /** A scenario from its text and the tree read from it. */
    private static Scenario parsed(String file, String json, JsonNode root) {
        String name = root.path("name").asString(file);
        Referral referral = MAPPER.treeToValue(root.required("request"), Referral.class);
        int expectedLine = StrictJson.lineOf(json, EXPECTED);
        return new Scenario(
                file,
                name,
                root.path("description").asString(""),
                root.path("neighbourOf").asString(null),
                referral.withDefaults(DEFAULT_ASSESSED_AT),
                root.required("expected"),
                expectedLine == 0 ? 1 : expectedLine,
                IntelligenceJson.read(root.path("intelligence")));
    }
}
