package org.msettriage.rules.scenario;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON a policy lead writes (a scenario, a referral file to replay), read so that what a lenient reading
 * passes over is named: a key given twice (the second would silently win) and a field the file cannot
 * have (a misspelling would silently be ignored), each at the line the parser found its key on. Said
 * without the file's values: a parser's own message quotes them.
 */
public final class StrictJson {

    /** A mistake in a file, in words that quote none of its values, and the 1-based line it is at. */
    public static final class Mistake extends RuntimeException {

        private final int line;

        Mistake(String why, int line) {
            super(why);
            this.line = line;
        }

        /** The 1-based line of the key at fault, or 0 when the parser did not find it. */
        public int line() {
            return line;
        }
    }

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {}

    /** The tree of a text; a key given twice in one object is a {@link Mistake}, other broken JSON the parser's. */
    public static JsonNode readTree(String json) {
        try {
            return STRICT.readTree(json);
        } catch (StreamReadException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new Mistake("it gives a key twice in one object (line " + line + ")", line);
            }
            throw e;
        }
    }

    /** Refuses, as a {@link Mistake}, the first field at the top of an object that is not one of those given. */
    public static void onlyFields(String json, JsonNode root, Set<String> fields, String kind) {
        onlyFields(json, root, JsonPointer.empty(), fields, kind);
    }

    /**
     * Refuses, as a {@link Mistake}, the first field of the object at {@code at} that is not one of those
     * given; nothing there, or not an object, is left to the reading that binds it.
     */
    public static void onlyFields(String json, JsonNode root, JsonPointer at, Set<String> fields, String kind) {
        JsonNode node = root.at(at);
        if (node.isObject()) {
            for (String field : node.propertyNames()) {
                if (!fields.contains(field)) {
                    throw unknown(json, at.appendProperty(field), kind);
                }
            }
        }
    }

    /**
     * The node at {@code at} of a file's tree bound to a type by a mapper that refuses unknown fields; such
     * a field is a {@link Mistake} naming its path from the top of the file and its line.
     */
    public static <T> T bind(
            JsonMapper mapper, String json, JsonNode root, JsonPointer at, Class<T> type, String kind) {
        try {
            return mapper.treeToValue(root.at(at), type);
        } catch (UnrecognizedPropertyException e) {
            JsonPointer key = at;
            for (var ref : e.getPath()) {
                key = ref.getPropertyName() != null
                        ? key.appendProperty(ref.getPropertyName())
                        : key.appendIndex(ref.getIndex());
            }
            throw unknown(json, key, kind);
        }
    }

    /** A field no {@code kind} has, named by its path (request.indicators[0].codee) and its key's line. */
    static Mistake unknown(String json, JsonPointer key, String kind) {
        int line = lineOf(json, key);
        return new Mistake(
                "it has a field no " + kind + " has: " + path(key) + (line == 0 ? "" : " (line " + line + ")"), line);
    }

    /**
     * The line of the key a pointer names, where the parser read it (not where its name first appears in
     * the text: a value may hold the same word), or 0 when the text has no such key.
     */
    static int lineOf(String json, JsonPointer key) {
        try (JsonParser parser = JsonMapper.shared().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME
                        && parser.streamReadContext().pathAsPointer().equals(key)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        }
        return 0;
    }

    private static String path(JsonPointer key) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer at = key; !at.matches(); at = at.tail()) {
            if (at.mayMatchElement()) {
                path.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(at.getMatchingProperty());
            }
        }
        return path.toString();
    }
}
