package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.slf4j.LoggerFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * API clients as configured: found by their key's hash, a mistaken configuration refused at start, the
 * published demo keys warned about, and refused outright under the production profile.
 */
class ApiKeysTest {

    private static final String KEY = "a-key-for-crm-north-only";
    private static final String NEW_KEY = "the-key-crm-north-changes-to";

    @Test
    void aClientIsFoundByItsKeyAndNothingElse() {
        ApiKeys keys = new ApiKeys(settings(client("crm-north", "CASE_SYSTEM", ApiKeys.sha256(KEY))), environment());

        assertThat(keys.find(KEY)).contains(new Caller(Caller.Method.API_KEY, "crm-north", Set.of(Role.CASE_SYSTEM)));
        assertThat(keys.find(KEY + " ")).isEmpty();
        assertThat(keys.find(ApiKeys.sha256(KEY))).as("the hash is not a key").isEmpty();
    }

    @Test
    void anUpperCaseHashIsTheSameHash() {
        ApiKeys keys = new ApiKeys(
                settings(client("crm-north", "CASE_SYSTEM", ApiKeys.sha256(KEY).toUpperCase())), environment());

        assertThat(keys.find(KEY)).isPresent();
    }

    @Test
    void aMistakenConfigurationIsRefusedWithEveryMistakeNamed() {
        String hash = ApiKeys.sha256(KEY);
        SecuritySettings mistaken = settings(
                client("crm-north", "CASE_SYSTEM", hash),
                client("crm-north", "CASE_SYSTEM", ApiKeys.sha256("another")),
                client("has space", "CASE_SYSTEM", ApiKeys.sha256("a third")),
                client("auditor", "SUPERUSER", ApiKeys.sha256("a fourth")),
                client("copy", "AUDITOR", hash),
                client("plain", "ANALYST", "the-key-itself"));

        assertThatThrownBy(() -> new ApiKeys(mistaken, environment()))
                .hasMessageContaining("api-clients[1].name 'crm-north' is used by another client")
                .hasMessageContaining("api-clients[2].name must be")
                .hasMessageContaining("api-clients[3].role must be one of")
                .hasMessageContaining("api-clients[4].key-sha256 is the same key as another client's")
                .hasMessageContaining("api-clients[5].key-sha256 must be the 64 hex digits");
    }

    @Test
    void aClientChangingKeysIsTheSameCallerWithEitherKey() {
        ApiKeys keys = new ApiKeys(
                settings(rotating("crm-north", "CASE_SYSTEM", ApiKeys.sha256(NEW_KEY), ApiKeys.sha256(KEY))),
                environment());

        Caller crmNorth = new Caller(Caller.Method.API_KEY, "crm-north", Set.of(Role.CASE_SYSTEM));
        assertThat(keys.find(KEY)).contains(crmNorth);
        assertThat(keys.find(NEW_KEY)).contains(crmNorth);
    }

    @Test
    void removingThePreviousKeyEndsTheRotation() {
        for (String none : new String[] {null, ""}) {
            ApiKeys keys = new ApiKeys(
                    settings(rotating("crm-north", "CASE_SYSTEM", ApiKeys.sha256(NEW_KEY), none)), environment());

            assertThat(keys.find(NEW_KEY)).isPresent();
            assertThat(keys.find(KEY)).isEmpty();
        }
    }

    @Test
    void aKeyListedTwiceIsRefusedWhereverItIsListed() {
        String hash = ApiKeys.sha256(KEY);
        SecuritySettings twice = settings(
                rotating("crm-north", "CASE_SYSTEM", hash, hash.toUpperCase()),
                rotating("crm-south", "CASE_SYSTEM", ApiKeys.sha256(NEW_KEY), hash));

        assertThatThrownBy(() -> new ApiKeys(twice, environment()))
                .hasMessageContaining("api-clients[0].previous-key-sha256 is the same key as its key-sha256")
                .hasMessageContaining("api-clients[1].previous-key-sha256 is the same key as another client's,"
                        + " mset.security.api-clients[0].key-sha256")
                .message()
                .doesNotContain(hash);
    }

    @Test
    void aClientWithoutAKeyOrWithAMalformedPreviousKeyIsRefused() {
        SecuritySettings mistaken = settings(
                rotating("crm-north", "CASE_SYSTEM", null, ApiKeys.sha256(KEY)),
                client("crm-south", "CASE_SYSTEM", ""),
                rotating("crm-east", "CASE_SYSTEM", ApiKeys.sha256(NEW_KEY), "the-old-key-itself"));

        assertThatThrownBy(() -> new ApiKeys(mistaken, environment()))
                .hasMessageContaining("api-clients[0] has no key: set key-sha256")
                .hasMessageContaining("api-clients[1] has no key: set key-sha256")
                .hasMessageContaining("api-clients[2].previous-key-sha256 must be the 64 hex digits")
                .message()
                .doesNotContain("the-old-key-itself");
    }

    @Test
    void aRotationUnderWayIsLoggedByClientNameOnly() {
        String previousHash = ApiKeys.sha256(KEY);
        List<ILoggingEvent> events = logged(() -> new ApiKeys(
                settings(rotating("crm-north", "CASE_SYSTEM", ApiKeys.sha256(NEW_KEY), previousHash)), environment()));

        assertThat(events)
                .anySatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("crm-north", "previous key", "previous-key-sha256 is removed"));
        assertThat(events)
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .doesNotContain(previousHash, ApiKeys.sha256(NEW_KEY), KEY, NEW_KEY));
    }

    @Test
    void aDemoKeyKeptAsThePreviousKeyIsStillRefusedInProduction() {
        SecuritySettings leavingTheDemoKey = settings(rotating(
                "crm-north", "CASE_SYSTEM", ApiKeys.sha256(KEY), ApiKeys.sha256(DemoClients.CASE_SYSTEM.key())));

        assertThatThrownBy(() -> new ApiKeys(leavingTheDemoKey, environment("production")))
                .hasMessageContaining("refuses to start with the published demo API keys (clients [crm-north])");
    }

    @Test
    void theDemoKeysStartWithAWarning() {
        List<ILoggingEvent> events = logged(() -> new ApiKeys(settings(demoCaseSystem()), environment()));

        assertThat(events).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("DEMO API KEYS ARE ENABLED", "demo-case-system");
        });
    }

    @Test
    void theProductionProfileRefusesTheDemoKeysEvenUnderAnotherName() {
        SecuritySettings renamed =
                settings(client("crm-north", "CASE_SYSTEM", ApiKeys.sha256(DemoClients.CASE_SYSTEM.key())));

        assertThatThrownBy(() -> new ApiKeys(renamed, environment("production")))
                .hasMessageContaining("production profile refuses to start with the published demo API keys")
                .hasMessageContaining("audit keys (mset.audit.*) must be your own as well");
        assertThat(new ApiKeys(
                                settings(client("crm-north", "CASE_SYSTEM", ApiKeys.sha256(KEY))),
                                environment("production"))
                        .find(KEY))
                .isPresent();
    }

    private static SecuritySettings.ApiClient demoCaseSystem() {
        return client(DemoClients.CASE_SYSTEM.client(), "CASE_SYSTEM", ApiKeys.sha256(DemoClients.CASE_SYSTEM.key()));
    }

    private static SecuritySettings.ApiClient client(String name, String role, String hash) {
        return new SecuritySettings.ApiClient(name, role, hash, null);
    }

    private static SecuritySettings.ApiClient rotating(String name, String role, String hash, String previousHash) {
        return new SecuritySettings.ApiClient(name, role, hash, previousHash);
    }

    private static List<ILoggingEvent> logged(Runnable starting) {
        Logger logger = (Logger) LoggerFactory.getLogger(ApiKeys.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            starting.run();
        } finally {
            logger.detachAppender(captured);
        }
        return captured.list;
    }

    private static SecuritySettings settings(SecuritySettings.ApiClient... clients) {
        return new SecuritySettings(
                List.of(clients),
                new SecuritySettings.Jwt("", "", "mset_roles", ""),
                new SecuritySettings.Cors(List.of()));
    }

    private static MockEnvironment environment(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
