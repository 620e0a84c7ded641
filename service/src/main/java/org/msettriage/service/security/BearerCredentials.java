package org.msettriage.service.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Checks a bearer credential: first as an API key (a hash lookup), then, when JWTs are enabled and the
 * credential has a JWT's three parts, as a token. Either way the result is a {@link CallerAuthentication}.
 * Every refusal says the same thing, so a caller learns nothing about which clients exist.
 */
final class BearerCredentials implements AuthenticationManager {

    private final ApiKeys apiKeys;
    private final Optional<AuthenticationProvider> jwt;

    BearerCredentials(ApiKeys apiKeys, Optional<AuthenticationProvider> jwt) {
        this.apiKeys = apiKeys;
        this.jwt = jwt;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String credential = ((BearerTokenAuthenticationToken) authentication).getToken();
        Optional<Caller> client = apiKeys.find(credential);
        if (client.isPresent()) {
            return new CallerAuthentication(client.get());
        }
        if (jwt.isPresent() && looksLikeJwt(credential)) {
            return jwt.get().authenticate(authentication);
        }
        throw new InvalidBearerTokenException("The bearer credential is not a key or token this service accepts");
    }

    private static boolean looksLikeJwt(String credential) {
        return credential.chars().filter(c -> c == '.').count() == 2;
    }
}
