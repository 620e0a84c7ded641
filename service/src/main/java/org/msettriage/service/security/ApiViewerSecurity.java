package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.msettriage.service.problem.ProblemDocument;
import org.msettriage.service.problem.ProblemTypes;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API viewer's own chain: its page, the document it shows and Swagger UI's files (from the webjar
 * in the jar, never a CDN), read-only, with a content security policy that lets the viewer's scripts
 * run from this service and nothing else. When the viewer is off, every one of its paths is refused.
 */
@Configuration
class ApiViewerSecurity {

    static final String[] PATHS = {"/api/docs", "/api/docs/**", "/webjars/swagger-ui/**"};

    /**
     * Swagger UI builds its page with scripts from this service, sets styles from them and draws icons as
     * data: images; the calls it tries out go to this service only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    private static void viewerOff(HttpServletRequest request, HttpServletResponse response, Exception refusal)
            throws IOException {
        // Named by the viewer's own address, never the rest of the path asked for, which the caller chose.
        ProblemDocument.write(
                response,
                ServiceAddress.under(request, "/api/docs"),
                HttpServletResponse.SC_NOT_FOUND,
                ProblemTypes.NOT_FOUND,
                "Not found",
                "The API viewer is off on this service (mset.api-docs.viewer); the API document is at"
                        + " /api/v1/openapi.yaml for any authenticated client.");
    }

    @Bean
    ApiViewerAccess apiViewerAccess(@Value("${mset.api-docs.viewer:#{null}}") Boolean viewer, ApiKeys apiKeys) {
        return new ApiViewerAccess(viewer != null ? viewer : apiKeys.demoKeysConfigured());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain apiViewer(HttpSecurity http, ApiViewerAccess access) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(paths -> {
                    if (access.enabled()) {
                        paths.requestMatchers(HttpMethod.GET, PATHS).permitAll();
                    }
                    paths.anyRequest().denyAll();
                })
                // Refused only when the viewer is off: say so, as a problem, to anyone.
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(ApiViewerSecurity::viewerOff)
                        .accessDeniedHandler(ApiViewerSecurity::viewerOff))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders.withPolicy(CONTENT_SECURITY_POLICY));
        return http.build();
    }
}
