package org.msettriage.service.security;

import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as a partnership would run it: the demo clients plus a second case system and a third one
 * changing its key, tokens from
 * {@link TestIdentityProvider} (roles at a dotted claim path, an audience required), and one browser
 * origin allowed. One Spring context, shared by every test that extends this.
 */
abstract class SecurityTest extends ServiceTest {

    static final String OTHER_CASE_SYSTEM_KEY = "other-case-system-test-key";
    /** A case system half way through changing its key: it holds both, the new and the previous. */
    static final String ROTATING_CLIENT = "rotating-case-system";

    static final String ROTATING_NEW_KEY = "rotating-case-system-new-test-key";
    static final String ROTATING_PREVIOUS_KEY = "rotating-case-system-previous-test-key";
    static final String ALLOWED_ORIGIN = "https://case.example.org";

    @DynamicPropertySource
    static void clientsTokensAndOrigins(DynamicPropertyRegistry registry) {
        DemoClients.Key[] demos = {
            DemoClients.CASE_SYSTEM,
            DemoClients.POLICY_LEAD,
            DemoClients.SECOND_POLICY_LEAD,
            DemoClients.AUDITOR,
            DemoClients.ANALYST,
            DemoClients.PANEL_COORDINATOR,
            DemoClients.OPERATOR
        };
        for (int i = 0; i < demos.length; i++) {
            client(registry, i, demos[i].client(), demos[i].role(), demos[i].key());
        }
        client(registry, demos.length, "other-case-system", Role.CASE_SYSTEM, OTHER_CASE_SYSTEM_KEY);
        client(registry, demos.length + 1, ROTATING_CLIENT, Role.CASE_SYSTEM, ROTATING_NEW_KEY);
        registry.add(
                "mset.security.api-clients[" + (demos.length + 1) + "].previous-key-sha256",
                () -> ApiKeys.sha256(ROTATING_PREVIOUS_KEY));
        TestIdentityProvider idp = TestIdentityProvider.get();
        registry.add("mset.security.jwt.issuer", () -> TestIdentityProvider.ISSUER);
        registry.add("mset.security.jwt.jwk-set-uri", idp::jwkSetUri);
        registry.add("mset.security.jwt.role-claim", () -> TestIdentityProvider.ROLE_CLAIM);
        registry.add("mset.security.jwt.audience", () -> TestIdentityProvider.AUDIENCE);
        registry.add("mset.security.cors.allowed-origins[0]", () -> ALLOWED_ORIGIN);
    }

    private static void client(DynamicPropertyRegistry registry, int index, String name, Role role, String key) {
        String prefix = "mset.security.api-clients[" + index + "].";
        registry.add(prefix + "name", () -> name);
        registry.add(prefix + "role", role::name);
        registry.add(prefix + "key-sha256", () -> ApiKeys.sha256(key));
    }

    HttpJson withToken(TestIdentityProvider.Claims claims) {
        return anonymous().as(TestIdentityProvider.get().token(claims));
    }
}
