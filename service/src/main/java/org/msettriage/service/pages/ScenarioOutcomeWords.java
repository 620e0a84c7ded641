package org.msettriage.service.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msettriage.rules.engine.ScenarioMismatch;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.OverrideLevel;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.words.CodeWords;

/**
 * A scenario's expected outcome in the words the other pages use, for the check page and the ruleset
 * pages alike: each field a scenario can pin by its label, and each value by its own table (a level as a
 * level, a reason for or against screening or the panel as that reason, a warning as what it warns of),
 * an action by its title and a cap or floor by its summary in the ruleset's own tables. Indicator codes
 * (CSE02) and the category codes that head them (CSE) stay as they are: they are the referral form's own,
 * and readers know them.
 */
final class ScenarioOutcomeWords {

    /** A code: capitals joined by underscores (NOT_INDICATED, OVR_UNDER13), or capitals alone (NONE). */
    static final Pattern CODE = Pattern.compile("\\b(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,})\\b");

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("score", "Score"),
            Map.entry("scoreLevel", "Level by score"),
            Map.entry("riskLevel", "Risk level"),
            Map.entry("legacyRiskLevel", "Level on the old scale"),
            Map.entry("categoryScores", "Scores by category"),
            Map.entry("exploitationTypes", "Exploitation types"),
            Map.entry("indicatorsUsed", "Indicators used"),
            Map.entry("overrides", "Cap and floors"),
            Map.entry("pathway", "Route"),
            Map.entry("preMset", "Pre-MSET screening"),
            Map.entry("preMset.eligible", "Pre-MSET screening"),
            Map.entry("preMset.reasons", "Reasons for or against Pre-MSET screening"),
            Map.entry("msetPanel", "MSET panel"),
            Map.entry("msetPanel.eligible", "MSET panel"),
            Map.entry("msetPanel.reasons", "Reasons for or against the MSET panel"),
            Map.entry("actions", "Recommended actions"),
            Map.entry("insufficientInformation", "Questions for the referrer"),
            Map.entry("warnings", "Warnings"));

    private final Policy policy;

    /** Words with actions and overrides from these tables; none: a code the tables would name is spelt out. */
    ScenarioOutcomeWords(Policy policy) {
        this.policy = policy;
    }

    /** A field of the outcome by its label: "preMset.reasons" as "Reasons for or against Pre-MSET screening". */
    static String label(String field) {
        String label = LABELS.get(field);
        if (label != null) {
            return label;
        }
        // A field a later scenario format may add: its name's words ("someField" as "Some field").
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One value of a field (a code, a number, a JSON pointer), in words. */
    String value(String field, String value) {
        return switch (field) {
            case "score", "categoryScores", "indicatorsUsed" -> value;
            case "insufficientInformation" -> ReferralFields.named(value);
            default -> words(field).apply(value);
        };
    }

    /**
     * A field's values as the scenario check gives them, in words: a counted list with its repeats ("Sexual
     * exploitation, Below the levels the panel considers (twice)", "none"), one value as it is (null, for
     * none at all, as "null").
     */
    String listed(String field, ScenarioMismatch.Shape shape, List<String> values) {
        if (shape == ScenarioMismatch.Shape.ONE) {
            return listed(field, values.isEmpty() ? "null" : values.get(0));
        }
        if (values.isEmpty()) {
            return "none";
        }
        return ScenarioMismatch.counted(values).entrySet().stream()
                .map(value -> listed(field, value.getKey()) + ScenarioMismatch.times(value.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * One value of a field as the scenario check gives it ("NOT_LEVEL", "OVR_CRITICAL, raising the level",
     * "CSE02 CURRENT, 5 points"): each code or pointer in it put in words, the rest as it is.
     */
    private String listed(String field, String listed) {
        return switch (field) {
            // Category codes head every indicator's code, and are read as such.
            case "score", "categoryScores" -> listed;
            case "insufficientInformation" -> ReferralFields.namedIn(listed);
            // "CSE02 CURRENT, 5 points": the indicator's code stays, its recency is worded.
            case "indicatorsUsed" -> coded(listed, CodeWords::recency);
            case "preMset.eligible", "msetPanel.eligible" -> "true".equals(listed) ? "eligible" : "not eligible";
            case "overrides" -> applied(coded(listed, words(field)));
            default -> coded(listed, words(field));
        };
    }

    /**
     * A cap, floor or judgement and what it did, the check's "..., raising the level" or "..., not raising it"
     * said apart from the summary, which may itself speak of raising: "A professional judgement raising the
     * level, not raising it" read as a contradiction in a trial.
     */
    private static String applied(String override) {
        if (override.endsWith(RAISING)) {
            return override.substring(0, override.length() - RAISING.length()) + " \u2014 applied, raising the level";
        }
        if (override.endsWith(NOT_RAISING)) {
            return override.substring(0, override.length() - NOT_RAISING.length())
                    + " \u2014 applied without raising the level";
        }
        return override;
    }

    private static final String RAISING = ", raising the level";
    private static final String NOT_RAISING = ", not raising it";

    /** An action by its title in the catalogue, or its code's words when the catalogue has no such action. */
    String action(String code) {
        ActionDefinition action = policy == null ? null : policy.action(code);
        return action == null ? CodeWords.any(code) : action.title();
    }

    /**
     * Why an action is recommended, from the codes the check gives (ADDS_PERPETRATOR, CSE03): an indicator's
     * code as it is, a cap or floor by its summary, a reason for the panel or a link across referrals by its
     * words; "none" when the risk level alone recommends it.
     */
    String because(List<String> codes) {
        return codes.isEmpty()
                ? "none"
                : codes.stream().map(code -> coded(code, this::cause)).collect(Collectors.joining(", "));
    }

    private String cause(String code) {
        if (code.startsWith("OVR_")) {
            return override(code);
        }
        return CodeWords.knows(CodeWords::because, code) ? CodeWords.because(code) : CodeWords.any(code);
    }

    /** How an action without a due date is said. */
    static final String NO_DUE_DATE = "no due date";

    /** When an action is due, from the instant the check gives. */
    static String due(String instant) {
        try {
            return DUE.format(Instant.parse(instant).atOffset(ZoneOffset.UTC)) + " UTC";
        } catch (DateTimeParseException notAnInstant) {
            return NO_DUE_DATE;
        }
    }

    /**
     * How long after the assessment an action is due, as the timescale of the tables that gives that long
     * ("within 72 hours"), or in hours or days when none does; empty: no due date (the timescale without one).
     */
    String timescale(Optional<Duration> after) {
        List<String> timescales = policy == null
                ? List.of()
                : policy.actions().stream()
                        .map(ActionDefinition::timescale)
                        .distinct()
                        .toList();
        return timescales.stream()
                .filter(code -> policy.dueAfter(code).equals(after))
                .findFirst()
                .map(code -> lowerFirst(CodeWords.timescale(code)))
                .orElseGet(
                        () -> after.map(ScenarioOutcomeWords::afterAssessment).orElse(NO_DUE_DATE));
    }

    private static String afterAssessment(Duration after) {
        long hours = after.toHours();
        return hours % 24 == 0 && hours >= 48
                ? hours / 24 + " days after the assessment"
                : hours + (hours == 1 ? " hour" : " hours") + " after the assessment";
    }

    private static String lowerFirst(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private UnaryOperator<String> words(String field) {
        return switch (field) {
            case "scoreLevel", "riskLevel" -> CodeWords::riskLevel;
            case "legacyRiskLevel" -> CodeWords::legacyRiskLevel;
            case "pathway" -> CodeWords::pathway;
            case "exploitationTypes" -> CodeWords::exploitationType;
            case "preMset", "msetPanel", "preMset.reasons", "msetPanel.reasons" -> CodeWords::eligibilityReason;
            case "overrides" -> this::override;
            case "actions" -> this::action;
            case "warnings" -> CodeWords::warning;
            default -> CodeWords::any;
        };
    }

    /** A cap or floor by the summary its table gives it, or a professional judgement by what it asked. */
    private String override(String code) {
        OverrideLevel level = policy == null ? null : policy.overrideLevel(code);
        if (level != null && level.getSummary() != null && !level.getSummary().isBlank()) {
            String summary = level.getSummary();
            return Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
        }
        return switch (code) {
            case "OVR_JUDGEMENT_RAISE" -> "A professional judgement raising the level";
            case "OVR_JUDGEMENT_LOWER" -> "A professional judgement lowering the level";
            default -> CodeWords.words(code);
        };
    }

    /**
     * A cap, floor or professional judgement named for a sentence about what it did: "the floor \u201cthe
     * child is missing now at high or unknown police risk\u201d (at least Significant)", "the professional
     * judgement to raise the level".
     */
    String overrideNamed(String code) {
        OverrideLevel level = policy == null ? null : policy.overrideLevel(code);
        String summary = level == null
                        || level.getSummary() == null
                        || level.getSummary().isBlank()
                ? CodeWords.words(code)
                : level.getSummary();
        return switch (Labels.stepOf(code)) {
            case "judgement" ->
                "the professional judgement to " + (code.endsWith("_LOWER") ? "lower" : "raise") + " the level";
            case "cap" -> "the cap \u201c" + summary + "\u201d" + bound(" (at most ", level);
            default -> "the floor \u201c" + summary + "\u201d" + bound(" (at least ", level);
        };
    }

    private static String bound(String opening, OverrideLevel level) {
        return level == null || level.getLevel() == null
                ? ""
                : opening + CodeWords.riskLevel(level.getLevel().name()) + ")";
    }

    private static String coded(String value, UnaryOperator<String> words) {
        return CODE.matcher(value).replaceAll(code -> Matcher.quoteReplacement(words.apply(code.group())));
    }
}
