package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every field the contract declares nullable takes null as OpenAPI 3.0.3 reads it, and as the Java the
 * generator makes of it. {@code nullable} adds null to a schema's own {@code type} only: written as
 * {@code allOf} of an enum beside {@code nullable: true}, a strict validator refused every answer whose
 * field was null (an integrator's trial), and Spectral refused the contract's example. So a nullable field
 * that refers to another schema refers to one ending OrNull ({@code oneOf} the schema and NoValue), with
 * {@code x-nullable: true} for the generator, which would otherwise make a required one {@code @NotNull}.
 */
class NullableFieldsTest {

    private final Map<String, Object> document = new ApiDocument().parsed();

    @Test
    void nullableIsNeverWrittenWithoutATypeBesideIt() {
        assertThat(where(document, map -> map.containsKey("nullable") && !map.containsKey("type")))
                .isEmpty();
    }

    @Test
    void aNullableEnumListsNull() {
        assertThat(where(
                        document,
                        map -> Boolean.TRUE.equals(map.get("nullable"))
                                && map.get("enum") instanceof List<?> values
                                && !values.contains(null)))
                .isEmpty();
    }

    @Test
    void aFieldThatRefersToASchemaTakingNullIsNullableInJava() throws ClassNotFoundException {
        List<String> notNullInJava = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> schema : schemas(document).entrySet()) {
            if (!(schema.getValue().get("properties") instanceof Map<?, ?> properties)) {
                continue;
            }
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                if (takesNull(property.getValue())
                        && getter(schema.getKey(), (String) property.getKey()).isAnnotationPresent(NotNull.class)) {
                    notNullInJava.add(schema.getKey() + "." + property.getKey());
                }
            }
        }

        assertThat(notNullInJava).isEmpty();
    }

    @Test
    void everyOptionalFieldOfAReferralTakesNull() {
        // The referral is stored, and echoed in an auditor's record, as first written: a field left out is
        // written as null there, and a case system may send null for one (it reads as left out). A strict
        // validator refused the record of every referral that left a field out (an integrator's trial).
        List<String> refusingNull = new ArrayList<>();
        for (String schema : List.of(
                "TriageRequest",
                "Child",
                "IndicatorEntry",
                "MissingEpisode",
                "Perpetrator",
                "LocationOfConcern",
                "PreviousAssessment",
                "ProfessionalJudgement")) {
            Map<String, Object> properties = properties(schema);
            List<?> required = schemas(document).get(schema).get("required") instanceof List<?> list ? list : List.of();
            properties.forEach((property, definition) -> {
                if (!required.contains(property) && !takesNull(definition)) {
                    refusingNull.add(schema + "." + property);
                }
            });
        }

        assertThat(refusingNull).isEmpty();
    }

    @Test
    void theFieldsMadeNullableThroughAReferenceAreFound() {
        Map<String, Object> history = properties("DecisionHistory");
        Map<String, Object> agendaItem = properties("PanelAgendaItem");

        assertThat(takesNull(history.get("latestRiskLevel"))).isTrue();
        assertThat(takesNull(agendaItem.get("lastHearing"))).isTrue();
        assertThat(takesNull(history.get("earlierDecisions"))).isFalse();
    }

    @Test
    void theChecksFindTheFormsTheyRefuse() {
        Map<String, Object> untyped = Map.of("nullable", true, "allOf", List.of(Map.of("$ref", "#/x")));
        List<Object> kinds = new ArrayList<>(List.of("A", "B"));
        Map<String, Object> enumWithoutNull = Map.of("type", "string", "nullable", true, "enum", kinds);

        assertThat(where(Map.of("f", untyped), map -> map.containsKey("nullable") && !map.containsKey("type")))
                .containsExactly("/f");
        assertThat(where(
                        Map.of("g", List.of(enumWithoutNull)),
                        map -> map.get("enum") instanceof List<?> values && !values.contains(null)))
                .containsExactly("/g/0");
    }

    /** The paths of every object in the document that the test picks out. */
    private static List<String> where(Object node, Predicate<Map<?, ?>> test) {
        List<String> found = new ArrayList<>();
        walk(node, "", test, found);
        return found;
    }

    private static void walk(Object node, String at, Predicate<Map<?, ?>> test, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            if (test.test(map)) {
                found.add(at);
            }
            map.forEach((key, value) -> walk(value, at + "/" + key, test, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at + "/" + i, test, found);
            }
        }
    }

    /**
     * Whether a field's schema takes null, itself or through what it refers to, as the service decides which
     * null fields to write (ContractNulls); nullable without a type is refused on its own above.
     */
    private boolean takesNull(Object definition) {
        return ContractNulls.takesNull(definition, schemas(document));
    }

    private static Method getter(String schema, String property) throws ClassNotFoundException {
        Class<?> model = Class.forName("org.msettriage.api.model." + schema + "Dto");
        String name = "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        try {
            return model.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(schema + "Dto has no " + name + "()", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(String schema) {
        return (Map<String, Object>) schemas(document).get(schema).get("properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> schemas(Map<String, Object> document) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");
    }
}
