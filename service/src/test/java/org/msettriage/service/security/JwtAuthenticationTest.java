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

/**
 * Tokens from the identity provider: a valid one works exactly like an API key of the same role, and
 * every way a token can be wrong is refused: expired, signed by another key, from another issuer, for
 * another audience, without a subject (all 401), or without a role of this service (403).
 */
class JwtAuthenticationTest extends SecurityTest {

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
        assertUnauthenticated(
                withToken(Claims.caseSystem("crm-east").signedByAnUnknownKey()).post("/api/v1/triage", REFERRAL));
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
}
