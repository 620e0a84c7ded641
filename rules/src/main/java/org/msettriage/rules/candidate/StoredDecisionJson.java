package org.msettriage.rules.candidate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.links.IntelligenceJson;
import org.msettriage.rules.referral.RiskLevel;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an impact replay needs of a stored decision's JSON (the contract's shape), read in one pass without
 * building the rest (reasons, summaries and the actions' wording are most of a decision, and a replay
 * reads thousands): the links and history it was made with, so that the referral is decided again by what
 * was known then and never by links made since; and the ruleset that made it and the outcome it gave.
 */
public final class StoredDecisionJson {

    private StoredDecisionJson() {}

    /** A stored decision as a replay reads it; {@code given} is null when its answer lacks part of one. */
    public record Read(Intelligence intelligence, ReplayedReferral.Given given) {}

    /** Reads a decision's JSON from its UTF-8 bytes. */
    public static Read read(ObjectMapper mapper, byte[] decisionJson) {
        ObjectNode intelligence = mapper.createObjectNode();
        Fields outcome = new Fields();
        try (JsonParser parser = mapper.createParser(decisionJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("A stored decision is not a JSON object");
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "links", "history" -> intelligence.set(name, parser.<JsonNode>readValueAsTree());
                    case "ruleset" -> outcome.sha256 = field(parser, value, "sha256");
                    case "riskLevel" -> outcome.riskLevel = text(parser, value);
                    case "pathway" -> outcome.pathway = text(parser, value);
                    case "preMset" -> outcome.preMset = field(parser, value, "eligible");
                    case "msetPanel" -> outcome.panel = field(parser, value, "eligible");
                    case "actions" -> outcome.actions = codes(parser, value);
                    default -> parser.skipChildren();
                }
            }
        }
        return new Read(IntelligenceJson.read(intelligence), outcome.given());
    }

    /** The outcome's parts as read; any of them null when the answer does not give it. */
    private static final class Fields {
        private String sha256;
        private String riskLevel;
        private String pathway;
        private String preMset;
        private String panel;
        private Map<String, String> actions;

        ReplayedReferral.Given given() {
            if (sha256 == null || riskLevel == null || pathway == null || actions == null) {
                return null;
            }
            if (!isBoolean(preMset) || !isBoolean(panel)) {
                return null;
            }
            try {
                return new ReplayedReferral.Given(
                        sha256,
                        new Outcome(
                                RiskLevel.valueOf(riskLevel),
                                pathway,
                                Boolean.parseBoolean(preMset),
                                Boolean.parseBoolean(panel),
                                actions));
            } catch (IllegalArgumentException notALevelOfThisVersion) {
                return null;
            }
        }

        private static boolean isBoolean(String value) {
            return "true".equals(value) || "false".equals(value);
        }
    }

    /** The string the parser stands at; null (and whatever it is, skipped) when it is anything else. */
    private static String text(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        parser.skipChildren();
        return null;
    }

    /** One scalar of the object the parser stands at the start of, as text; the rest is skipped. */
    private static String field(JsonParser parser, JsonToken start, String wanted) {
        if (start != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String found = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals(wanted) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                found = parser.getString();
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    /**
     * The codes of the actions array the parser stands at the start of, each to its timescale ("" when an
     * action gives none); null when one has no code.
     */
    private static Map<String, String> codes(JsonParser parser, JsonToken start) {
        if (start != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return null;
        }
        Map<String, String> codes = new HashMap<>();
        boolean whole = true;
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            Map<String, String> action = fields(parser, item, Set.of("code", "timescale"));
            String code = action.get("code");
            whole &= code != null;
            codes.put(code == null ? "" : code, action.getOrDefault("timescale", ""));
        }
        return whole ? codes : null;
    }

    /** Some scalars of the object the parser stands at the start of, as text; the rest is skipped. */
    private static Map<String, String> fields(JsonParser parser, JsonToken start, Set<String> wanted) {
        Map<String, String> found = new HashMap<>();
        if (start != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return found;
        }
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (wanted.contains(name) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                found.put(name, parser.getString());
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }
}
