package org.msettriage.service.apidoc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.ApiViewerAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GET /api/docs: the contract in Swagger UI, from the webjar in the jar (no CDN), and the document it
 * shows at /api/docs/openapi.yaml: /api/v1/openapi.yaml with its servers replaced by this service
 * itself, so that calls tried out go to the service showing them wherever it runs (the contract names
 * the embedded default's address, which the page's content security policy would refuse on any other
 * host or port anyway). Served only while
 * {@link ApiViewerAccess} allows it; "Authorize" takes a key or token for trying operations out.
 */
@Controller
class ApiViewerController {

    /** The Swagger UI webjar's version, which is part of its files' paths. */
    static final String SWAGGER_UI = "5.31.0";

    /** The contract's servers: the top-level key and every line under it. */
    private static final Pattern SERVERS = Pattern.compile("(?m)^servers:\\n(?:[ \\t].*\\n)*");

    private final ApiViewerAccess access;
    private final ResponseEntity<String> document;

    ApiViewerController(ApiViewerAccess access, ApiDocumentController served) {
        this.access = access;
        ResponseEntity<String> yaml = served.getApiDocumentYaml();
        this.document = ResponseEntity.status(yaml.getStatusCode())
                .headers(yaml.getHeaders())
                .body(servedFromHere(yaml.getBody()));
    }

    /** The document with one server, "/": relative to the document, so the service it was read from. */
    static String servedFromHere(String yaml) {
        Matcher servers = SERVERS.matcher(yaml);
        return servers.find()
                ? servers.replaceFirst(Matcher.quoteReplacement(
                        "servers:\n  - url: /\n    description: This service, which shows the document\n"))
                : yaml;
    }

    @GetMapping("/api/docs")
    String viewer(Model model) {
        refuseUnlessEnabled();
        model.addAttribute("swaggerUi", "/webjars/swagger-ui/" + SWAGGER_UI);
        return "apidoc/viewer";
    }

    @GetMapping(value = "/api/docs/openapi.yaml")
    ResponseEntity<String> document() {
        refuseUnlessEnabled();
        return document;
    }

    private void refuseUnlessEnabled() {
        if (!access.enabled()) {
            throw new NotFoundException("The API viewer is off; the document is at /api/v1/openapi.yaml");
        }
    }
}
