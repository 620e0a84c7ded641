package org.msettriage.service.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msettriage.rules.engine.ScenarioMismatch;
import org.msettriage.service.words.CodeWords;
import tools.jackson.databind.JsonNode;

/**
 * A detail of one entry of a scenario's expected outcome that changed, in words: an action's due date as
 * the timescale that gives it, why it is recommended, whether it is overdue; an indicator's points,
 * recency or derivation; whether a cap or floor raised the level. Said new first: "... instead of ...".
 */
final class ScenarioEntryDetails {

    private final ScenarioOutcomeWords words;
    private final Instant assessedBefore;
    private final Instant assessedAfter;

    /** Details in these words, a due date against the moment each side's referral was assessed (null: unknown). */
    ScenarioEntryDetails(ScenarioOutcomeWords words, Instant assessedBefore, Instant assessedAfter) {
        this.words = words;
        this.assessedBefore = assessedBefore;
        this.assessedAfter = assessedAfter;
    }

    /** The detail of the entry of this code in the field, as it was (null: not pinned) and as it is. */
    String of(String key, String code, String detail, JsonNode then, JsonNode now) {
        return key.equals("actions") ? actionDetail(code, detail, then, now) : other(key, code, detail, then, now);
    }

    private String actionDetail(String code, String detail, JsonNode then, JsonNode now) {
        String action = "\u201c" + words.action(code) + "\u201d";
        return switch (detail) {
            case "dueBy" ->
                "an action's due date: " + action + " due " + due(now, assessedAfter) + " instead of "
                        + due(then, assessedBefore);
            case "because" -> {
                List<String> was = values(then);
                List<String> is = values(now);
                yield ScenarioMismatch.counted(was).equals(ScenarioMismatch.counted(is))
                        ? "the order of the reasons " + action + " is recommended for"
                        : "why " + action + " is recommended: " + words.because(is) + " instead of "
                                + words.because(was);
            }
            case "overdue" -> "whether " + action + " is overdue: " + overdue(now) + " instead of " + overdue(then);
            default -> other("actions", code, detail, then, now);
        };
    }

    private String due(JsonNode due, Instant assessed) {
        if (due == null) {
            return "a due date the scenario did not pin";
        }
        if (due.isNull()) {
            return words.timescale(Optional.empty());
        }
        Instant at = instant(due.asString());
        if (at == null || assessed == null) {
            return ScenarioOutcomeWords.due(due.asString());
        }
        return words.timescale(Optional.of(Duration.between(assessed, at)));
    }

    private static String overdue(JsonNode overdue) {
        return overdue == null ? "not pinned" : overdue.asBoolean() ? "overdue" : "not overdue";
    }

    /** A detail of an indicator used, a cap or floor, or an entry a later format adds, by its entry's words. */
    private String other(String key, String code, String detail, JsonNode then, JsonNode now) {
        String entry = words.value(key, code);
        return switch (detail) {
            case "points" -> entry + "'s points: " + said(now) + " instead of " + said(then);
            case "recency" -> entry + "'s recency: " + recency(now) + " instead of " + recency(then);
            case "derived" -> entry + ": " + derived(now) + " instead of " + derived(then);
            case "raised" -> words.overrideNamed(code) + " " + raisesNow(now) + ", " + raisedBefore(then);
            default ->
                entry + "'s " + ScenarioOutcomeWords.label(detail).toLowerCase(Locale.UK) + ": " + said(now)
                        + " instead of " + said(then);
        };
    }

    private String recency(JsonNode recency) {
        return recency == null ? "not pinned" : CodeWords.recency(recency.asString());
    }

    private static String derived(JsonNode derived) {
        return derived == null
                ? "not pinned whether derived"
                : derived.asBoolean() ? "derived by the rules" : "given in the referral";
    }

    /**
     * What a cap, floor or judgement does to the level now. "Not raising it instead of raising the level",
     * after its summary, read unclearly in a policy lead's trial: it is said as a sentence about it.
     */
    private static String raisesNow(JsonNode raised) {
        return raised == null
                ? "is no longer pinned on whether it raises the level"
                : raised.asBoolean() ? "now raises the level" : "now applies without raising the level";
    }

    private static String raisedBefore(JsonNode raised) {
        return raised == null
                ? "where before the scenario did not pin whether it did"
                : raised.asBoolean() ? "where before it raised it" : "where before it applied without raising it";
    }

    private static String said(JsonNode value) {
        if (value == null) {
            return "not pinned";
        }
        return value.isNull() ? "none" : value.isValueNode() ? value.asString() : value.toString();
    }

    private static List<String> values(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list != null) {
            list.forEach(item -> values.add(item.asString()));
        }
        return values;
    }

    /** An instant from a date and time with its offset; null when the text is none. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
