package org.msettriage.service.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.rules.engine.ScenarioMismatch;
import tools.jackson.databind.JsonNode;

/**
 * What changed in a field of a scenario's expected outcome whose values read the same before and after, in
 * words: the order of its entries, the reasons behind the same eligibility, a category's score, or a detail
 * of one entry (an action's due date or reasons, an indicator's points, whether a floor raised the level).
 * A policy lead's trial read only "changed in its details", which an approver cannot weigh.
 */
final class ScenarioDetails {

    /** Said when the values differ only in codes that read the same: nothing else is there to name. */
    static final String SAME_WORDS = "a code behind the same words";

    /** Said of a field the scenario did not pin before, and pins now with nothing in it. */
    static final String NEWLY_PINNED = "pinned now, as none, where it was not pinned before";

    /** Said of a field the scenario pinned, with nothing in it, and no longer pins. */
    static final String NO_LONGER_PINNED = "no longer pinned (it was none)";

    private static final Map<String, String> ENTRIES = Map.of(
            "exploitationTypes", "exploitation types",
            "indicatorsUsed", "indicators",
            "overrides", "caps and floors",
            "actions", "actions",
            "insufficientInformation", "questions",
            "warnings", "warnings");

    private final ScenarioOutcomeWords words;
    private final ScenarioEntryDetails entryDetails;

    /** Details worded by these words; an action's due date against each side's moment of assessment. */
    ScenarioDetails(ScenarioOutcomeWords words, JsonNode before, JsonNode after) {
        this.words = words;
        this.entryDetails = new ScenarioEntryDetails(words, assessedAt(before), assessedAt(after));
    }

    /** What changed in the field, each thing said on its own: "the order of its reasons". */
    List<String> between(String key, JsonNode was, JsonNode is) {
        List<String> details = new ArrayList<>();
        if (key.equals("categoryScores")) {
            scores(details, was, is);
        } else if (was.isMissingNode()) {
            details.add(NEWLY_PINNED);
        } else if (is.isMissingNode()) {
            details.add(NO_LONGER_PINNED);
        } else if (was.has("eligible") || is.has("eligible")) {
            reasons(details, key, was.path("reasons"), is.path("reasons"));
        } else if (was.isArray() && is.isArray()) {
            entries(details, key, was, is);
        }
        return details.isEmpty() ? List.of(SAME_WORDS) : details;
    }

    private void scores(List<String> details, JsonNode was, JsonNode is) {
        Set<String> categories = new TreeSet<>(was.propertyNames());
        categories.addAll(is.propertyNames());
        for (String category : categories) {
            if (!Objects.equals(was.get(category), is.get(category))) {
                details.add(category + " " + score(is.get(category)) + " instead of " + score(was.get(category)));
            }
        }
    }

    private static String score(JsonNode score) {
        return score == null ? "none" : score.asString();
    }

    private void reasons(List<String> details, String key, JsonNode was, JsonNode is) {
        List<String> then = codes(was, "code");
        List<String> now = codes(is, "code");
        if (then.equals(now)) {
            return;
        }
        if (ScenarioMismatch.counted(then).equals(ScenarioMismatch.counted(now))) {
            details.add("the order of its reasons");
        } else {
            details.add("its reasons: " + reasonWords(key, now) + " instead of " + reasonWords(key, then));
        }
    }

    private String reasonWords(String key, List<String> codes) {
        return codes.isEmpty()
                ? "none"
                : String.join(
                        ", ", codes.stream().map(code -> words.value(key, code)).toList());
    }

    private void entries(List<String> details, String key, JsonNode was, JsonNode is) {
        String named = key.equals("insufficientInformation") ? "field" : "code";
        List<String> then = codes(was, named);
        List<String> now = codes(is, named);
        if (!ScenarioMismatch.counted(then).equals(ScenarioMismatch.counted(now))) {
            return;
        }
        if (!then.equals(now)) {
            details.add("the order of its " + ENTRIES.getOrDefault(key, "entries"));
        }
        // Entries paired by their code, the first with the first of the same code, and so on.
        for (String code : new LinkedHashSet<>(now)) {
            List<JsonNode> before = withCode(was, named, code);
            List<JsonNode> after = withCode(is, named, code);
            for (int i = 0; i < after.size(); i++) {
                entry(details, key, code, before.get(i), after.get(i));
            }
        }
    }

    private void entry(List<String> details, String key, String code, JsonNode was, JsonNode is) {
        Set<String> keys = new LinkedHashSet<>(was.isObject() ? was.propertyNames() : List.of());
        if (is.isObject()) {
            keys.addAll(is.propertyNames());
        }
        for (String detail : keys) {
            JsonNode then = was.get(detail);
            JsonNode now = is.get(detail);
            if (!Objects.equals(then, now)) {
                details.add(entryDetails.of(key, code, detail, then, now));
            }
        }
    }

    private static List<String> codes(JsonNode list, String named) {
        List<String> codes = new ArrayList<>();
        list.forEach(item -> codes.add(item.isObject() ? item.path(named).asString("") : item.asString()));
        return codes;
    }

    private static List<JsonNode> withCode(JsonNode list, String named, String code) {
        List<JsonNode> entries = new ArrayList<>();
        list.forEach(item -> {
            if ((item.isObject() ? item.path(named).asString("") : item.asString()).equals(code)) {
                entries.add(item);
            }
        });
        return entries;
    }

    private static Instant assessedAt(JsonNode scenario) {
        return ScenarioEntryDetails.instant(
                scenario.path("request").path("assessedAt").asString(""));
    }
}
