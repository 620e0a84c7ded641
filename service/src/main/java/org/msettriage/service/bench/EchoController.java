package org.msettriage.service.bench;

import java.util.List;
import java.util.Set;
import org.msettriage.service.security.AccessRules;
import org.msettriage.service.security.ProfileAccessRules;
import org.msettriage.service.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/bench/echo, served only under the {@code bench} profile: the JSON body parsed and written
 * back, behind the same filter chain and credential check as triage, so {@code scripts/bench-http.sh}
 * can tell what triage costs beyond HTTP, authentication and JSON. Nothing is stored or logged. It is not
 * in the API document; its access rule is added only with the profile, so elsewhere the path is refused
 * like any other unknown one.
 */
@RestController
@Profile("bench")
class EchoController {

    static final String PATH = "/api/v1/bench/echo";

    /**
     * Read and written by Spring's Jackson converter with the service's {@code JsonMapper}, the way
     * triage's body and decision are; a body that is not JSON is the same 400 problem triage gives.
     */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> echo(@RequestBody JsonNode body) {
        return ResponseEntity.ok(body);
    }

    /** The echo's owner: case systems, as for triage. */
    @Configuration
    @Profile("bench")
    static class Access {

        @Bean
        ProfileAccessRules benchAccessRules() {
            return new ProfileAccessRules(
                    List.of(new AccessRules.Rule("benchEcho", HttpMethod.POST, PATH, Set.of(Role.CASE_SYSTEM))));
        }
    }
}
