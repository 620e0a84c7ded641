package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.metrics.MsetMetrics;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * A person whose key is being changed signs in to the pages with either key as the same reader (the same
 * name, so the same sessions cap and the same name in the access log); once the previous key is removed,
 * it signs no one in.
 */
class KeyRotationSignInTest {

    private static final String NEW_KEY = "an-auditors-new-key";
    private static final String PREVIOUS_KEY = "an-auditors-previous-key";

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReaderChangingKeysSignsInWithEitherAsTheSameReader() {
        ApiKeys keys = keys(ApiKeys.sha256(PREVIOUS_KEY));
        Caller auditor = new Caller(Caller.Method.API_KEY, "audit-lead", Set.of(Role.AUDITOR));

        assertThat(signedInWith(keys, PREVIOUS_KEY)).contains(auditor);
        assertThat(signedInWith(keys, NEW_KEY)).contains(auditor);
    }

    @Test
    void thePreviousKeyRemovedSignsNoOneIn() {
        ApiKeys keys = keys(null);

        assertThat(signedInWith(keys, PREVIOUS_KEY)).isEmpty();
        assertThat(signedInWith(keys, NEW_KEY)).isPresent();
    }

    private static ApiKeys keys(String previousKeySha256) {
        return new ApiKeys(
                new SecuritySettings(
                        List.of(new SecuritySettings.ApiClient(
                                "audit-lead", "AUDITOR", ApiKeys.sha256(NEW_KEY), previousKeySha256)),
                        new SecuritySettings.Jwt("", "", "mset_roles", ""),
                        new SecuritySettings.Cors(List.of())),
                new MockEnvironment());
    }

    /** The reader the sign-in form signed in with this credential, if it signed anyone in. */
    private static Optional<Caller> signedInWith(ApiKeys keys, String credential) {
        SecurityContextHolder.clearContext();
        MockHttpServletRequest form = new MockHttpServletRequest("POST", AuditPageSecurity.SIGN_IN);
        form.setServletPath(AuditPageSecurity.SIGN_IN);
        form.addParameter(AuditorSignIn.CREDENTIAL_FIELD, credential);
        AuditorSignIn filter = new AuditorSignIn(
                new BearerCredentials(keys, Optional.empty()),
                (authentication, request, answer) -> {},
                new RequestAttributeSecurityContextRepository(),
                new DefaultRedirectStrategy(),
                new FailedCredentials(20, new MsetMetrics(new SimpleMeterRegistry())));
        try {
            filter.doFilter(form, new MockHttpServletResponse(), new MockFilterChain());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(authentication -> (Caller) authentication.getPrincipal());
    }
}
