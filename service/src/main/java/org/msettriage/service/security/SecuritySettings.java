package org.msettriage.service.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How clients sign in. {@code apiClients}: clients with an API key, each named with a role and the
 * SHA-256 (hex) of its key, never the key. {@code jwt}: tokens from an identity provider, accepted only
 * when an issuer is set. {@code cors}: the browser origins allowed to call the API; none by default.
 */
@ConfigurationProperties("mset.security")
public record SecuritySettings(
        @DefaultValue List<ApiClient> apiClients,
        @DefaultValue Jwt jwt,
        @DefaultValue Cors cors) {

    /**
     * One API client. The key is sent as {@code Authorization: Bearer <key>}; only its hash is configured.
     * {@code previousKeySha256}, optional, is the hash of the key the client is moving off while its key is
     * rotated: either key acts as this one client until the previous one is removed.
     */
    public record ApiClient(String name, String role, String keySha256, String previousKeySha256) {}

    /**
     * The identity provider's tokens. {@code roleClaim} is the claim holding the role (a string or a list;
     * a dotted path such as {@code realm_access.roles} reaches into an object). {@code audience}, when set,
     * must be among the token's audiences.
     */
    public record Jwt(
            @DefaultValue("") String issuer,
            @DefaultValue("") String jwkSetUri,
            @DefaultValue("mset_roles") String roleClaim,
            @DefaultValue("") String audience) {

        public boolean enabled() {
            return !issuer.isBlank();
        }
    }

    /** Browser origins allowed to call the API (exact origins, such as {@code https://case.example.org}). */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}
}
