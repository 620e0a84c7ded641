package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a sign-in may go on to: a page of ours under /audit, /rules, /panel or /analysis, never anywhere else. */
class SignInDestinationTest {

    private static final Caller AUDITOR = new Caller(Caller.Method.API_KEY, "auditor", Set.of(Role.AUDITOR));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/audit/decisions/0b0f6a0e-1c5e-4c1e-9a51-6f7f3f0b2d11",
                "/audit/decisions?riskLevel=SIGNIFICANT&page=2",
                "/audit/rulesets/2026.11.0",
                "/rules/rulesets/2026.11.0",
                "/panel/meetings"
            })
    void aPageOfOursIsFollowed(String next) {
        assertThat(SignInDestination.allowed(next)).contains(next);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/audit",
                "http:/audit/decisions",
                "//evil.example/audit",
                "///evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "/api/v1/decisions",
                "/auditx",
                "/audit/../api/v1/decisions",
                "/audit/%2e%2e/api",
                "/audit//evil",
                "/audit/%2F%2Fevil",
                "/audit/decisions#fragment",
                "/audit/sign-in",
                "/audit/sign-out",
                "audit/decisions",
                "/audit/decisions\r\nSet-Cookie: x=y",
                "javascript:alert(1)",
                ""
            })
    void anythingElseIsIgnored(String next) {
        assertThat(SignInDestination.allowed(next)).isEmpty();
    }

    @Test
    void aSignInGoesOnToThePageAskedForOrElseHome() {
        assertThat(SignInDestination.after(AUDITOR, "/audit/decisions?page=2")).isEqualTo("/audit/decisions?page=2");
        assertThat(SignInDestination.after(AUDITOR, "//evil.example/audit")).isEqualTo("/audit");
        assertThat(SignInDestination.after(AUDITOR, null)).isEqualTo("/audit");
        // An auditor is not a policy lead: a link into the workbench goes to the auditor's home instead.
        assertThat(SignInDestination.after(AUDITOR, "/rules/rulesets/2026.11.0"))
                .isEqualTo("/audit");
    }

    @Test
    void aFormSentWithoutASessionGoesBackToThePageTheFormIsOn() {
        assertThat(SignInDestination.pageOfForm("/panel/meetings/abc/outcomes")).isEqualTo("/panel/meetings/abc");
        assertThat(SignInDestination.pageOfForm("/panel/meetings")).isEqualTo("/panel");
        assertThat(SignInDestination.pageOfForm("/rules/shadow/stop")).isEqualTo("/rules/shadow");
        assertThat(SignInDestination.pageOfForm("/rules/proposals/abc/approve")).isEqualTo("/rules");
        assertThat(SignInDestination.pageOfForm("/rules/candidates")).isEqualTo("/rules");
        assertThat(SignInDestination.pageOfForm("/audit/subject-access.json")).isEqualTo("/audit/subject-access");
        assertThat(SignInDestination.pageOfForm("/audit/access-log")).isEqualTo("/audit/access-log");
    }

    @Test
    void aFormThatWasGoingOnToAPageKeepsItOnlyWhenASignInCouldGoThere() {
        assertThat(SignInDestination.pageOfForm("/audit/purpose", "/audit/decisions/abc"))
                .isEqualTo("/audit/purpose?next=%2Faudit%2Fdecisions%2Fabc");
        assertThat(SignInDestination.pageOfForm("/audit/purpose", null)).isEqualTo("/audit/purpose");
        assertThat(SignInDestination.pageOfForm("/audit/purpose", "https://elsewhere.example/"))
                .isEqualTo("/audit/purpose");
        assertThat(SignInDestination.pageOfForm("/audit/purpose", "/api/v1/decisions"))
                .isEqualTo("/audit/purpose");
    }

    @Test
    void aReferenceInThePageAddressIsNotCarriedIntoTheSignInFormsAddress() {
        // A data protection trial: /audit/decisions?childRef=… was copied whole into the form's "next".
        assertThat(SignInDestination.withoutReferences("childRef=child-7f3a")).isNull();
        assertThat(SignInDestination.withoutReferences("from=2026-01-01&childRef=child-7f3a&ReferralRef=REF-1&page=2"))
                .isEqualTo("from=2026-01-01&page=2");
        assertThat(SignInDestination.withoutReferences("child=0959dc59")).isEqualTo("child=0959dc59");
        assertThat(SignInDestination.withoutReferences("child%52ef=child-7f3a&page=2"))
                .as("the name as the page would read it")
                .isEqualTo("page=2");
        assertThat(SignInDestination.withoutReferences("%zz=1&page=2")).isEqualTo("page=2");
        assertThat(SignInDestination.withoutReferences(null)).isNull();
    }
}
