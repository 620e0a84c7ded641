package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.msettriage.service.decision.DecisionSummaries;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks for the auditor's reason before a decision is opened, however it was found (a search, a link in
 * the access log, an address pasted from an email): a page read without one would be logged "Not given".
 * Once given, the reason is kept for the session and not asked again. A decision that is not stored is
 * not asked about: its page says so at once.
 */
@Configuration
class PurposeFirst implements WebMvcConfigurer, HandlerInterceptor {

    private final DecisionSummaries summaries;

    PurposeFirst(DecisionSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/audit/decisions/*");
    }

    /**
     * Reads the id as the page itself will (the path variable, decoded, parsed the same lenient way), so
     * no spelling of an id the page accepts (percent-encoded, a leading zero dropped) skips the question.
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) || AuditPurpose.given(request.getSession(false))) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object given = variables instanceof Map<?, ?> map ? map.get("decisionId") : null;
        UUID id;
        try {
            id = given == null ? null : UUID.fromString(given.toString());
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        if (id == null || summaries.find(id).isEmpty()) {
            return true;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(
                "Location",
                UriComponentsBuilder.fromPath(PurposePage.PATH)
                        .queryParam("next", "/audit/decisions/" + id)
                        .toUriString());
        return false;
    }
}
