package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field the contract declares nullable accepts null as OpenAPI 3.0.3 reads it: {@code nullable} adds
 * null to a schema's own {@code type} only, so a nullable field that refers to another schema must refer to
 * one that takes null itself (the schemas ending OrNull). Written as {@code allOf} of a plain enum beside
 * {@code nullable: true}, a strict validator refused every answer whose field was null (an integrator's
 * trial).
 */
class NullableFieldsTest {

    @Test
    void aNullableFieldThatRefersToAnotherSchemaRefersToOneThatTakesNull() {
        assertThat(refusingNull(new ApiDocument().parsed())).isEmpty();
    }

    @Test
    void nullableIsNeverWrittenWithoutATypeBesideIt() {
        // Spectral's spectral:oas ruleset refuses it (oas3-valid-media-example: "nullable" cannot be used
        // without "type"), and it would add null to nothing.
        List<String> withoutType = new ArrayList<>();
        untypedNullable(new ApiDocument().parsed(), "", withoutType);

        assertThat(withoutType).isEmpty();
    }

    private static void untypedNullable(Object node, String at, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("nullable") && !map.containsKey("type")) {
                found.add(at);
            }
            map.forEach((key, value) -> untypedNullable(value, at + "/" + key, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                untypedNullable(list.get(i), at + "/" + i, found);
            }
        }
    }

    @Test
    void theCheckFindsTheFormThatRefusesNullAndPassesTheOneThatTakesIt() {
        Map<String, Object> refusing = documentWith("RiskLevel");
        Map<String, Object> taking = documentWith("RiskLevelOrNull");

        assertThat(refusingNull(refusing)).containsExactly("/components/schemas/History/properties/latest");
        assertThat(refusingNull(taking)).isEmpty();
    }

    /** A document whose History.latest is nullable and refers to the schema named. */
    private static Map<String, Object> documentWith(String referred) {
        Map<String, Object> latest =
                Map.of("nullable", true, "allOf", List.of(Map.of("$ref", "#/components/schemas/" + referred)));
        return Map.of(
                "components",
                Map.of(
                        "schemas",
                        Map.of(
                                "RiskLevel",
                                Map.of("type", "string", "enum", List.of("NONE")),
                                "NoValue",
                                Map.of("type", "string", "nullable", true, "enum", nullOnly()),
                                "RiskLevelOrNull",
                                Map.of(
                                        "oneOf",
                                        List.of(
                                                Map.of("$ref", "#/components/schemas/RiskLevel"),
                                                Map.of("$ref", "#/components/schemas/NoValue"))),
                                "History",
                                Map.of("properties", Map.of("latest", latest)))));
    }

    private static List<Object> nullOnly() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        return values;
    }

    /** Where in the document a schema is nullable but, having no type of its own, takes no null. */
    static List<String> refusingNull(Map<String, Object> document) {
        List<String> found = new ArrayList<>();
        new Walk(document).visit(document, "", found);
        return found;
    }

    private record Walk(Map<String, Object> document) {

        void visit(Object node, String at, List<String> found) {
            if (node instanceof Map<?, ?> map) {
                if (Boolean.TRUE.equals(map.get("nullable")) && !map.containsKey("type") && !combinedTakesNull(map)) {
                    found.add(at);
                }
                map.forEach((key, value) -> visit(value, at + "/" + key, found));
            } else if (node instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    visit(list.get(i), at + "/" + i, found);
                }
            }
        }

        /** Whether allOf (every part), oneOf or anyOf (some part) lets null through. */
        private boolean combinedTakesNull(Map<?, ?> schema) {
            for (String combined : List.of("allOf", "oneOf", "anyOf")) {
                if (schema.get(combined) instanceof List<?> parts) {
                    boolean taken = combined.equals("allOf")
                            ? parts.stream().allMatch(this::takesNull)
                            : parts.stream().anyMatch(this::takesNull);
                    if (taken) {
                        return true;
                    }
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        private boolean takesNull(Object part) {
            if (!(part instanceof Map<?, ?> schema)) {
                return false;
            }
            if (schema.get("$ref") instanceof String ref) {
                Map<String, Object> components = (Map<String, Object>) document.get("components");
                Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
                return takesNull(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
            }
            if (schema.containsKey("type")) {
                return Boolean.TRUE.equals(schema.get("nullable"))
                        && (!(schema.get("enum") instanceof List<?> values) || values.contains(null));
            }
            return combinedTakesNull(schema);
        }
    }
}
