package org.msettriage.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.security.ProfileAccessRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without the bench profile the echo is not served: not found, like any path no rule names. */
class BenchEchoWithoutProfileTest extends ServiceTest {

    @Test
    void theEchoPathIsRefusedToEveryone() {
        assertThat(http().post(EchoController.PATH, "{}").status()).isEqualTo(404);
        assertThat(as(DemoClients.AUDITOR).post(EchoController.PATH, "{}").status())
                .isEqualTo(404);
        assertThat(anonymous().post(EchoController.PATH, "{}").status()).isEqualTo(401);
    }

    @Test
    void neitherTheEchoNorItsAccessRuleExists(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(EchoController.class)).isEmpty();
        assertThat(context.getBeansOfType(ProfileAccessRules.class)).isEmpty();
    }
}
