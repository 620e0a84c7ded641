package org.msettriage.service.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.msettriage.api.DocumentationApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/openapi.yaml and /api/v1/openapi.json: the contract the service was built from (the
 * api-spec module's document, on the classpath), so an integrator reads what is deployed rather than
 * looking for the file in a repository. Read once at start; the JSON is the same document converted.
 */
@RestController
class ApiDocumentController implements DocumentationApi {

    static final String DOCUMENT = "openapi/mset-triage.yaml";
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final String yaml;
    private final String json;

    ApiDocumentController(JsonMapper jsonMapper) {
        try (InputStream in = ApiDocumentController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("The API document " + DOCUMENT + " is not on the classpath");
            }
            this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.json = toJson(yaml, jsonMapper);
    }

    /** The document as JSON: the same maps, lists and scalars, with dates as they were written. */
    static String toJson(String yaml, JsonMapper jsonMapper) {
        // Safe loading: plain maps, lists and scalars only, never objects named by the document.
        Map<String, Object> document = new Yaml(new DatesAsWritten()).load(yaml);
        return jsonMapper.writeValueAsString(document);
    }

    /** An unquoted date in the document stays the text it is (YAML would make it a timestamp). */
    private static final class DatesAsWritten extends SafeConstructor {
        DatesAsWritten() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    @Override
    public ResponseEntity<String> getApiDocumentYaml() {
        return ResponseEntity.ok().contentType(YAML).body(yaml);
    }

    @Override
    public ResponseEntity<Object> getApiDocumentJson() {
        // Written as it was converted at start; the String body goes out as it is, typed JSON.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
