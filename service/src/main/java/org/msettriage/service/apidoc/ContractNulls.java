package org.msettriage.service.apidoc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of the answers the contract lets be absent but not null: optional (not {@code required})
 * and not {@code nullable}. A client generated from the contract refuses such a field written as null, so
 * the service leaves it out instead ({@link AbsentFieldsMapper}).
 *
 * <p>The triage answer and the referral, and every schema they use, are left as they are: they are stored
 * as first written, served again byte for byte, and the referral's stored form is what an Idempotency-Key
 * is checked against, so writing them otherwise would make a retry across an upgrade look like another
 * request.
 */
final class ContractNulls {

    /** Stored as written: the schemas, and all they refer to, whose JSON must not change between versions. */
    private static final List<String> STORED = List.of("TriageDecision", "TriageRequest", "TriageBatchRequest");

    private final Map<String, Set<String>> leftOutWhenNull;

    private ContractNulls(Map<String, Set<String>> leftOutWhenNull) {
        this.leftOutWhenNull = leftOutWhenNull;
    }

    @SuppressWarnings("unchecked")
    static ContractNulls of(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) components.get("schemas");
        Set<String> stored = reachable(schemas);
        Map<String, Set<String>> fields = new HashMap<>();
        schemas.forEach((name, schema) -> {
            if (stored.contains(name) || !(schema.get("properties") instanceof Map<?, ?> properties)) {
                return;
            }
            List<Object> required = schema.get("required") instanceof List<?> list ? (List<Object>) list : List.of();
            Set<String> optional = new HashSet<>();
            properties.forEach((property, definition) -> {
                if (!required.contains(property) && !takesNull(definition, schemas)) {
                    optional.add((String) property);
                }
            });
            if (!optional.isEmpty()) {
                fields.put(name, Set.copyOf(optional));
            }
        });
        return new ContractNulls(Map.copyOf(fields));
    }

    /**
     * Whether a field's schema takes null: {@code nullable} itself, or (OpenAPI 3.0.3 adding null to a schema's
     * own type only) through the schema it refers to, a oneOf one of whose choices is nullable (the schemas
     * ending OrNull).
     */
    static boolean takesNull(Object definition, Map<String, Map<String, Object>> schemas) {
        if (!(definition instanceof Map<?, ?> map)) {
            return false;
        }
        if (Boolean.TRUE.equals(map.get("nullable"))) {
            return true;
        }
        if (map.get("$ref") instanceof String ref) {
            return takesNull(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (map.get(combined) instanceof List<?> parts) {
                boolean taken = combined.equals("allOf")
                        ? parts.stream().allMatch(part -> takesNull(part, schemas))
                        : parts.stream().anyMatch(part -> takesNull(part, schemas));
                if (taken) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The properties of a schema to leave out when null; none for a schema the contract does not have. */
    Set<String> leftOutWhenNull(String schema) {
        return leftOutWhenNull.getOrDefault(schema, Set.of());
    }

    /** The stored schemas and every schema they refer to, however deep. */
    private static Set<String> reachable(Map<String, Map<String, Object>> schemas) {
        Set<String> found = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(STORED);
        while (!next.isEmpty()) {
            String name = next.pop();
            if (found.add(name) && schemas.containsKey(name)) {
                refs(schemas.get(name), next);
            }
        }
        return found;
    }

    private static void refs(Object node, Deque<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key) && value instanceof String ref) {
                    into.push(ref.substring(ref.lastIndexOf('/') + 1));
                } else {
                    refs(value, into);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> refs(item, into));
        }
    }
}
