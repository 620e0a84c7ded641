package org.msettriage.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The API document the service is generated from, as the tests read it (from the api-spec jar). */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One operation: its id, method (upper case), path template and the roles it names, or null if none. */
    public record Operation(String id, String method, String path, List<String> roles) {}

    private ApiDocument() {}

    public static Map<String, Object> read() {
        try (InputStream in = ApiDocument.class.getResourceAsStream("/openapi/mset-triage.yaml")) {
            if (in == null) {
                throw new IllegalStateException("The API document is not on the test classpath");
            }
            return new Yaml(new LoaderOptions()).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a path of keys, failing the test when any step is missing. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            if (current == null) {
                throw new AssertionError("The API document has no " + key + " at " + String.join("/", path));
            }
        }
        return current;
    }

    /** The example referral of the triage operation, and the example decision the service answers for it. */
    public static Object exampleReferral() {
        return at(
                        read(),
                        "paths",
                        "/api/v1/triage",
                        "post",
                        "requestBody",
                        "content",
                        "application/json",
                        "examples",
                        "repeatMissing")
                .get("value");
    }

    public static Object exampleDecision() {
        return at(read(), "components", "examples", "RepeatMissingDecision").get("value");
    }

    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) read().get("paths");
        paths.forEach((path, item) -> item.forEach((method, body) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> operation = (Map<String, Object>) body;
                operations.add(new Operation(
                        (String) operation.get("operationId"), method.toUpperCase(java.util.Locale.ROOT), path, (List<
                                        String>)
                                operation.get("x-mset-roles")));
            }
        }));
        return operations;
    }
}
