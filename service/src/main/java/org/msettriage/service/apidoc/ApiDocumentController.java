package org.msettriage.service.apidoc;

import org.msettriage.api.DocumentationApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/openapi.yaml and /api/v1/openapi.json: the contract the service was built from (the
 * api-spec module's document, on the classpath), so an integrator reads what is deployed rather than
 * looking for the file in a repository. Read once at start ({@link ApiDocument}); the JSON is the same
 * document converted.
 */
@RestController
class ApiDocumentController implements DocumentationApi {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final String yaml;
    private final String json;

    ApiDocumentController(ApiDocument document, JsonMapper jsonMapper) {
        this.yaml = document.yaml();
        this.json = jsonMapper.writeValueAsString(document.parsed());
    }

    /** The document as JSON: the same maps, lists and scalars, with dates as they were written. */
    static String toJson(String yaml, JsonMapper jsonMapper) {
        return jsonMapper.writeValueAsString(ApiDocument.parse(yaml));
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
