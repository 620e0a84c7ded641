package org.msettriage.service.security;

import java.util.ArrayList;
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
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Tokens from the partnership's identity provider: signature checked against its JWK set, then issuer,
 * expiry and not-before (with Spring's 60 s allowance for clock drift), a subject, and the audience when
 * one is configured. The subject becomes the caller's name; the configured claim gives the roles. Values
 * in that claim that are not roles of this service are ignored (identity providers carry many roles), so
 * a token with none of them is authenticated but may use nothing.
 */
final class JwtCallers {

    private JwtCallers() {}

    /** The provider for the configured identity provider, or nothing when JWTs are not enabled. */
    static Optional<AuthenticationProvider> provider(SecuritySettings.Jwt settings) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        if (settings.jwkSetUri().isBlank()) {
            throw new IllegalStateException(
                    "mset.security.jwt.jwk-set-uri is needed when mset.security.jwt.issuer is set");
        }
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(settings.issuer()));
        validators.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
        if (!settings.audience().isBlank()) {
            validators.add(new JwtAudienceValidator(settings.audience()));
        }
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
