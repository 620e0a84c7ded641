package org.msettriage.service.apidoc;

import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.ApiViewerAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GET /api/docs: the contract in Swagger UI, from the webjar in the jar (no CDN), and the document it
 * shows at /api/docs/openapi.yaml, the same bytes as /api/v1/openapi.yaml. Served only while
 * {@link ApiViewerAccess} allows it; "Authorize" takes a key or token for trying operations out.
 */
@Controller
class ApiViewerController {

    /** The Swagger UI webjar's version, which is part of its files' paths. */
    static final String SWAGGER_UI = "5.31.0";

    private final ApiViewerAccess access;
    private final ApiDocumentController document;

    ApiViewerController(ApiViewerAccess access, ApiDocumentController document) {
        this.access = access;
        this.document = document;
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
        return document.getApiDocumentYaml();
    }

    private void refuseUnlessEnabled() {
        if (!access.enabled()) {
            throw new NotFoundException("The API viewer is off; the document is at /api/v1/openapi.yaml");
        }
    }
}
