package org.msettriage.service.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.type.TypeFactory;

/**
 * Checks a JSON body against the shape of a generated contract model before anything is bound: every
 * unknown property, wrong type, unknown enum value (told the values allowed), date or id in another form
 * and date-time without an offset, all at once, each with its JSON pointer. The shape comes from the
 * generated classes, so it is the contract's own.
 */
public final class RequestShapeCheck {

    /** What a body field the contract does not name is told; the API document lists the fields. */
    public static final String NOT_A_FIELD = "is not a field of this request (the API document lists its fields)";

    /** What a date field in another form is told, with the form it takes. */
    public static final String NOT_A_DATE =
            "is not a date this field allows: write it as YYYY-MM-DD, such as 2026-12-05";

    /** What an id field in another form is told. */
    public static final String NOT_AN_ID = "is not an id of the form the API document gives (a UUID)";

    // Jackson reads a UUID only in its canonical form, 36 characters with hyphens.
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final TypeFactory types;
    private final Map<Class<?>, Map<String, JavaType>> properties = new ConcurrentHashMap<>();

    public RequestShapeCheck(TypeFactory types) {
        this.types = types;
    }

    /** Every problem with the body's shape as the model's, each with its JSON pointer; empty when none. */
    public List<FieldProblem> check(JsonNode body, Class<?> model) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        walk(body, types.constructType(model), "", problems);
        return problems;
    }

    private void walk(JsonNode node, JavaType type, String pointer, List<FieldProblem> problems) {
        if (node.isNull()) {
            return; // null is absent; whether it may be absent is the validator's question
        }
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            if (expect(node.isString(), pointer, "must be a string", problems)) {
                // A lone surrogate cannot be stored or returned as it came: refuse it rather than corrupt it.
                expect(isWellFormed(node.asString()), pointer, "is not well-formed Unicode text", problems);
            }
        } else if (raw == Integer.class || raw == int.class) {
            expect(node.isIntegralNumber() && node.canConvertToInt(), pointer, "must be a whole number", problems);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(node.isBoolean(), pointer, "must be true or false", problems);
        } else if (raw == OffsetDateTime.class) {
            checkDateTime(node, pointer, problems);
        } else if (raw == LocalDate.class) {
            expect(node.isString() && isDate(node.asString()), pointer, NOT_A_DATE, problems);
        } else if (raw == UUID.class) {
            expect(node.isString() && UUID_FORM.matcher(node.asString()).matches(), pointer, NOT_AN_ID, problems);
        } else if (raw.isEnum()) {
            checkEnum(node, raw, pointer, problems);
        } else if (List.class.isAssignableFrom(raw)) {
            if (expect(node.isArray(), pointer, "must be a list", problems)) {
                for (int i = 0; i < node.size(); i++) {
                    String item = FieldProblem.item(pointer, i);
                    // A null item is not an absent field: the list would carry a hole into the rules.
                    if (expect(!node.get(i).isNull(), item, "must not be null", problems)) {
                        walk(node.get(i), type.getContentType(), item, problems);
                    }
                }
            }
        } else if (expect(node.isObject(), pointer, "must be an object", problems)) {
            Map<String, JavaType> known = properties.computeIfAbsent(raw, this::propertiesOf);
            int position = 0;
            for (String name : node.propertyNames()) {
                position++;
                JavaType childType = known.get(name);
                if (childType == null) {
                    problems.add(FieldProblem.unknownField(pointer, name, position, NOT_A_FIELD));
                } else {
                    walk(node.get(name), childType, FieldProblem.child(pointer, name), problems);
                }
            }
        }
    }

    private static void checkDateTime(JsonNode node, String pointer, List<FieldProblem> problems) {
        if (!expect(node.isString(), pointer, "must be a date-time string", problems)) {
            return;
        }
        try {
            OffsetDateTime.parse(node.asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(
                    pointer, "must be an ISO 8601 date-time with an offset, such as 2026-11-12T10:00:00Z"));
        }
    }

    private static void checkEnum(JsonNode node, Class<?> raw, String pointer, List<FieldProblem> problems) {
        // Generated enums write their contract value with toString().
        boolean known = node.isString()
                && Arrays.stream(raw.getEnumConstants())
                        .anyMatch(v -> v.toString().equals(node.asString()));
        expect(known, pointer, AllowedValues.oneOf(raw), problems);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean expect(boolean holds, String pointer, String message, List<FieldProblem> problems) {
        if (!holds) {
            problems.add(new FieldProblem(pointer, message));
        }
        return holds;
    }

    private Map<String, JavaType> propertiesOf(Class<?> model) {
        return Arrays.stream(model.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.isAnnotationPresent(JsonProperty.class))
                .collect(Collectors.toMap(
                        (Method m) -> m.getAnnotation(JsonProperty.class).value(),
                        m -> types.constructType(m.getGenericReturnType()),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
