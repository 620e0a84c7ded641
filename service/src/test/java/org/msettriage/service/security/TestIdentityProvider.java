package org.msettriage.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A stand-in for the partnership's identity provider, made in the test: an RSA key pair generated at
 * start, its public half served as a JWK set over HTTP on 127.0.0.1, and tokens signed with it. A second
 * key pair, never published, signs the tokens that must be refused.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "https://idp.test.example/realms/mset";
    public static final String AUDIENCE = "mset-triage";
    /** A dotted path, as Keycloak-style providers nest roles; the default configuration reads mset_roles. */
    public static final String ROLE_CLAIM = "realm_access.roles";

    private static final TestIdentityProvider INSTANCE = new TestIdentityProvider();

    private final RSAKey trusted = newKey("trusted-key");
    private final RSAKey untrusted = newKey("trusted-key"); // same key id: only the signature can tell them apart
    private final HttpServer server;

    private TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(trusted.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.setExecutor(null);
        server.start();
    }

    public static TestIdentityProvider get() {
        return INSTANCE;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** What a token says; build one with {@link #token(Claims)}. */
    public record Claims(
            String subject, Object roles, String issuer, String audience, Duration expiresIn, boolean trusted) {

        public static Claims caseSystem(String subject) {
            return new Claims(subject, java.util.List.of("CASE_SYSTEM"), ISSUER, AUDIENCE, Duration.ofMinutes(5), true);
        }

        public Claims roles(Object value) {
            return new Claims(subject, value, issuer, audience, expiresIn, trusted);
        }

        public Claims issuer(String value) {
            return new Claims(subject, roles, value, audience, expiresIn, trusted);
        }

        public Claims audience(String value) {
            return new Claims(subject, roles, issuer, value, expiresIn, trusted);
        }

        public Claims expiresIn(Duration value) {
            return new Claims(subject, roles, issuer, audience, value, trusted);
        }

        public Claims signedByAnUnknownKey() {
            return new Claims(subject, roles, issuer, audience, expiresIn, false);
        }
    }

    public String token(Claims claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(claims.issuer())
                .audience(claims.audience())
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plus(claims.expiresIn())));
        if (claims.subject() != null) {
            set.subject(claims.subject());
        }
        if (claims.roles() != null) {
            set.claim("realm_access", Map.of("roles", claims.roles()));
        }
        RSAKey key = claims.trusted() ? trusted : untrusted;
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
