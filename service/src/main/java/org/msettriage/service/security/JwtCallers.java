package org.msettriage.service.security;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Tokens from the partnership's identity provider: an RS256 signature by a key of its JWK set, then the
 * issuer, an expiry (required: a token without one would be good forever) and not-before (with 60 s
 * allowed for clock drift), a subject of at most 255 characters, and this service's audience (required,
 * so a token the same provider issued for another application is refused). The subject becomes the
 * caller's name; the configured claim gives the roles. Values in that claim that are not roles of this
 * service are ignored (identity providers carry many roles), so a token with none of them is
 * authenticated but may use nothing.
 */
final class JwtCallers {

    /** The longest subject the decision store keeps (caller_name). */
    static final int MAX_SUBJECT_LENGTH = 255;

    private static final Duration CLOCK_DRIFT = Duration.ofSeconds(60);

    private JwtCallers() {}

    /** The provider for the configured identity provider, or nothing when JWTs are not enabled. */
    static Optional<AuthenticationProvider> provider(SecuritySettings.Jwt settings) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        if (settings.jwkSetUri().isBlank() || settings.audience().isBlank()) {
            throw new IllegalStateException("mset.security.jwt.jwk-set-uri and mset.security.jwt.audience are both"
                    + " needed when mset.security.jwt.issuer is set");
        }
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        JwtTimestampValidator inDate = new JwtTimestampValidator(CLOCK_DRIFT);
        inDate.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                inDate,
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<String>(
                        JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank() && sub.length() <= MAX_SUBJECT_LENGTH),
                new JwtAudienceValidator(settings.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> new CallerAuthentication(
                new Caller(Caller.Method.JWT, jwt.getSubject(), roles(jwt.getClaims(), settings.roleClaim()))));
        return Optional.of(provider);
    }

    /** The roles named by the claim at the dotted path: a single string or a list of strings. */
    static Set<Role> roles(Map<String, Object> claims, String claimPath) {
        Object value = claims;
        for (String step : claimPath.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            if (name instanceof String text) {
                Role.named(text).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
