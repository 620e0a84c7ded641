package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading roles from a token's claims: a string or a list, at a plain or dotted claim path. */
class JwtRolesTest {

    @Test
    void aListOfRolesKeepsThoseOfThisServiceOnly() {
        assertThat(JwtCallers.roles(
                        Map.of("mset_roles", List.of("AUDITOR", "offline_access", "ANALYST")), "mset_roles"))
                .containsExactlyInAnyOrder(Role.AUDITOR, Role.ANALYST);
    }

    @Test
    void aSingleStringIsOneRole() {
        assertThat(JwtCallers.roles(Map.of("mset_roles", "POLICY_LEAD"), "mset_roles"))
                .containsExactly(Role.POLICY_LEAD);
    }

    @Test
    void aDottedPathReachesIntoObjects() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("CASE_SYSTEM")));

        assertThat(JwtCallers.roles(claims, "realm_access.roles")).containsExactly(Role.CASE_SYSTEM);
        assertThat(JwtCallers.roles(claims, "realm_access.missing")).isEmpty();
        assertThat(JwtCallers.roles(claims, "realm_access")).isEmpty();
    }

    @Test
    void rolesAreMatchedExactly() {
        assertThat(JwtCallers.roles(Map.of("mset_roles", List.of("case_system", "ROLE_AUDITOR", 7)), "mset_roles"))
                .isEmpty();
    }
}
