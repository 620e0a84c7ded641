package org.msettriage.rules.engine;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata (@id, @explanation, @guidance). Different build paths return values with or
 * without their quotes; this is the one place that evens that out.
 */
public final class RuleMetadata {

    public static final String ID = "id";
    public static final String EXPLANATION = "explanation";
    public static final String GUIDANCE = "guidance";

    private RuleMetadata() {}

    public static String id(Rule rule) {
        String id = value(rule.getMetaData(), ID);
        return id == null ? rule.getName() : id;
    }

    public static String explanation(Rule rule) {
        return value(rule.getMetaData(), EXPLANATION);
    }

    public static String guidance(Rule rule) {
        return value(rule.getMetaData(), GUIDANCE);
    }

    static String value(Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\\\"", "\"");
        }
        return text;
    }
}
