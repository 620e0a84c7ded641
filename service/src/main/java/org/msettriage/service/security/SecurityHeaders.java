package org.msettriage.service.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers every chain sends beyond Spring's defaults (no-sniff, frame denial, no-store caching): its
 * own content security policy, and no referrer, so no address of ours leaves with a link followed.
 */
final class SecurityHeaders {

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> withPolicy(String contentSecurityPolicy) {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }
}
