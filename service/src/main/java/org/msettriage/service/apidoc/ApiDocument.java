package org.msettriage.service.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The contract the service was built from (the api-spec module's document, on the classpath), read and
 * parsed once at start: served as it is written, and read for the answers' fields ({@link ContractNulls}).
 */
@Component
class ApiDocument {

    static final String DOCUMENT = "openapi/mset-triage.yaml";

    private final String yaml;
    private final Map<String, Object> parsed;

    ApiDocument() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("The API document " + DOCUMENT + " is not on the classpath");
            }
            this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.parsed = parse(yaml);
    }

    /** The document as it is written. */
    String yaml() {
        return yaml;
    }

    /** The document's maps, lists and scalars, for reading only. */
    Map<String, Object> parsed() {
        return parsed;
    }

    /** Safe loading: plain maps, lists and scalars only, never objects named by the document. */
    static Map<String, Object> parse(String yaml) {
        return new Yaml(new DatesAsWritten()).load(yaml);
    }

    /** An unquoted date in the document stays the text it is (YAML would make it a timestamp). */
    private static final class DatesAsWritten extends SafeConstructor {
        DatesAsWritten() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
