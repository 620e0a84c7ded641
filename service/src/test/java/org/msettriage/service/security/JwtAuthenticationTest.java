package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.security.AccessMatrixTest.assertForbidden;
import static org.msettriage.service.security.AccessMatrixTest.assertUnauthenticated;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.security.TestIdentityProvider.Claims;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tokens from the identity provider: a valid one works exactly like an API key of the same role, and
 * every way a token can be wrong is refused: expired or without an expiry, not yet valid, unsigned,
 * signed with a shared secret or by another key, from another issuer, for another audience, without a
 * subject or with one too long to store (all 401), or without a role of this service (403). An
 * identity provider that cannot be reached gives 503, never an error page.
 */
class JwtAuthenticationTest extends SecurityTest {

    @Autowired
    JdbcClient jdbc;

    private static final String REFERRAL = TriageRoundTripTestReferral.json();

    @Test
    void aValidTokenWithTheCaseSystemRoleTriages() {
        HttpJson.Answer created = withToken(Claims.caseSystem("crm-east")).post("/api/v1/triage", REFERRAL);

        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
    }

    @Test
    void aRoleGivenAsASingleStringCountsToo() {
        HttpJson.Answer answer = withToken(Claims.caseSystem("policy-person").roles("POLICY_LEAD"))
                .get("/api/v1/rules");

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        // Past Spring's 60 s allowance for clock drift.
        assertUnauthenticated(withToken(Claims.caseSystem("crm-east").expiresIn(Duration.ofMinutes(-5)))
                .post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertUnauthenticated(withToken(Claims.caseSystem("crm-east").signedBy(TestIdentityProvider.Signer.UNKNOWN))
                .post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertUnauthenticated(withToken(Claims.caseSystem("crm-east").issuer("https://elsewhere.example"))
                .post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertUnauthenticated(withToken(Claims.caseSystem("crm-east").audience("another-service"))
                .post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() {
        assertUnauthenticated(
                withToken(Claims.caseSystem("crm-east").expiresIn(null)).post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertUnauthenticated(withToken(Claims.caseSystem("crm-east").notBeforeIn(Duration.ofMinutes(5)))
                .post("/api/v1/triage", REFERRAL));
    }

    @Test
    void anUnsignedTokenOrOneSignedWithASharedSecretIsRefused() {
        TestIdentityProvider idp = TestIdentityProvider.get();

        assertUnauthenticated(
                anonymous().as(idp.unsignedToken(Claims.caseSystem("crm-east"))).post("/api/v1/triage", REFERRAL));
        assertUnauthenticated(
                anonymous().as(idp.hmacToken(Claims.caseSystem("crm-east"))).post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aSubjectLongerThanTheStoreKeepsIsRefused() {
        assertUnauthenticated(withToken(Claims.caseSystem("x".repeat(JwtCallers.MAX_SUBJECT_LENGTH + 1)))
                .post("/api/v1/triage", REFERRAL));
        assertThat(withToken(Claims.caseSystem("x".repeat(JwtCallers.MAX_SUBJECT_LENGTH)))
                        .post("/api/v1/triage", REFERRAL)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void whenTheIdentityProviderCannotBeReachedTheAnswerIs503AsAProblemAndNothingIsStored() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        HttpJson rotated = withToken(Claims.caseSystem("crm-east").signedBy(TestIdentityProvider.Signer.ROTATED));
        long before = storedDecisions();
        idp.setOutage(true);
        HttpJson.Answer answer;
        try {
            answer = rotated.post("/api/v1/triage", REFERRAL);
        } finally {
            idp.setOutage(false);
        }

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(storedDecisions()).isEqualTo(before);
    }

    @Test
    void aTokenWithoutASubjectIsRefused() {
        assertUnauthenticated(withToken(Claims.caseSystem(null)).post("/api/v1/triage", REFERRAL));
    }

    @Test
    void aTokenWithoutARoleOfThisServiceMayUseNothing() {
        for (Object roles : java.util.Arrays.asList(null, List.of(), List.of("offline_access", "case_system"))) {
            HttpJson caller = withToken(Claims.caseSystem("crm-east").roles(roles));

            assertForbidden(caller.post("/api/v1/triage", REFERRAL));
            assertForbidden(caller.get("/api/v1/indicators"));
        }
    }

    @Test
    void garbleInTheShapeOfATokenIsRefused() {
        assertUnauthenticated(anonymous().as("abc.def.ghi").get("/api/v1/indicators"));
        String token = TestIdentityProvider.get().token(Claims.caseSystem("crm-east"));
        assertUnauthenticated(
                anonymous().as(token.substring(0, token.length() - 4)).get("/api/v1/indicators"));
    }

    private long storedDecisions() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }
}
