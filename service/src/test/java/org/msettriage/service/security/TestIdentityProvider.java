package org.msettriage.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
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
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the partnership's identity provider, made in the test: an RSA key pair generated at
 * start, its public half served as a JWK set over HTTP on 127.0.0.1, and tokens signed with it. A second
 * key pair, never published, signs the tokens that must be refused; a third has a key id the service has
 * not seen, as after a key rotation, so the service must fetch the set again and an outage shows.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String ISSUER = "https://idp.test.example/realms/mset";
    public static final String AUDIENCE = "mset-triage";
    /** A dotted path, as Keycloak-style providers nest roles; the default configuration reads mset_roles. */
    public static final String ROLE_CLAIM = "realm_access.roles";

    private static final TestIdentityProvider INSTANCE = new TestIdentityProvider();

    private final RSAKey trusted = newKey("trusted-key");
    private final RSAKey untrusted = newKey("trusted-key"); // same key id: only the signature can tell them apart
    private final RSAKey rotated = newKey("rotated-key"); // a new key id: the service must fetch the set again
    private final HttpServer server;
    private volatile boolean outage;

    private TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(trusted.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            if (outage) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.setExecutor(null);
        server.start();
    }

    /** The provider the tests share (never closed; its server stops with the JVM). */
    public static TestIdentityProvider get() {
        return INSTANCE;
    }

    /**
     * A provider of its own, for a test class running beside others: the shared one's simulated outages
     * ({@link #setOutage}) must not reach it. Close it when done.
     */
    public static TestIdentityProvider ofItsOwn() {
        return new TestIdentityProvider();
    }

    /** Stops serving the JWK set. */
    @Override
    public void close() {
        server.stop(0);
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** Which key signs a token: the published one, one under the published key's id, or one under a new id. */
    public enum Signer {
        TRUSTED,
        UNKNOWN,
        ROTATED
    }

    /**
     * What a token says; build one with {@link #token(Claims)}. A null subject, roles or expiry leaves
     * that claim out; {@code notBeforeIn} sets nbf that far from now.
     */
    public record Claims(
            String subject,
            Object roles,
            String issuer,
            String audience,
            Duration expiresIn,
            Duration notBeforeIn,
            Signer signer) {

        public static Claims caseSystem(String subject) {
            return new Claims(
                    subject, List.of("CASE_SYSTEM"), ISSUER, AUDIENCE, Duration.ofMinutes(5), null, Signer.TRUSTED);
        }

        public Claims roles(Object value) {
            return new Claims(subject, value, issuer, audience, expiresIn, notBeforeIn, signer);
        }

        public Claims issuer(String value) {
            return new Claims(subject, roles, value, audience, expiresIn, notBeforeIn, signer);
        }

        public Claims audience(String value) {
            return new Claims(subject, roles, issuer, value, expiresIn, notBeforeIn, signer);
        }

        public Claims expiresIn(Duration value) {
            return new Claims(subject, roles, issuer, audience, value, notBeforeIn, signer);
        }

        public Claims notBeforeIn(Duration value) {
            return new Claims(subject, roles, issuer, audience, expiresIn, value, signer);
        }

        public Claims signedBy(Signer value) {
            return new Claims(subject, roles, issuer, audience, expiresIn, notBeforeIn, value);
        }
    }

    /** While true, the JWK set answers 503, as an identity provider in an outage would. */
    public void setOutage(boolean outage) {
        this.outage = outage;
    }

    public String token(Claims claims) {
        SignedJWT jwt = new SignedJWT(header(claims.signer()), claimsSet(claims));
        try {
            jwt.sign(new RSASSASigner(key(claims.signer())));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The same claims, unsigned ("alg": "none"). */
    public String unsignedToken(Claims claims) {
        return new PlainJWT(claimsSet(claims)).serialize();
    }

    /** The same claims, signed with a shared secret (HS256) instead of the provider's RSA key. */
    public String hmacToken(Claims claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claimsSet(claims));
        try {
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private JWSHeader header(Signer signer) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key(signer).getKeyID())
                .build();
    }

    private RSAKey key(Signer signer) {
        return switch (signer) {
            case TRUSTED -> trusted;
            case UNKNOWN -> untrusted;
            case ROTATED -> rotated;
        };
    }

    private static JWTClaimsSet claimsSet(Claims claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(claims.issuer())
                .audience(claims.audience())
                .issueTime(Date.from(now.minusSeconds(600)));
        if (claims.expiresIn() != null) {
            set.expirationTime(Date.from(now.plus(claims.expiresIn())));
        }
        if (claims.notBeforeIn() != null) {
            set.notBeforeTime(Date.from(now.plus(claims.notBeforeIn())));
        }
        if (claims.subject() != null) {
            set.subject(claims.subject());
        }
        if (claims.roles() != null) {
            set.claim("realm_access", Map.of("roles", claims.roles()));
        }
        return set.build();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
