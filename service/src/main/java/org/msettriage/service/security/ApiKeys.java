package org.msettriage.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.msettriage.service.problem.StartRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The configured API clients, looked up by the SHA-256 of the key a request presents. Only hashes are
 * held, so a leaked configuration does not leak keys. While its key is rotated a client holds two, its
 * own and its previous one, and either makes the same caller: the same decisions, the same name in the
 * record. A configuration with a mistake in it (an unknown role, a client without a key, a malformed hash,
 * a name or hash used twice) stops the service at start rather than leaving a client silently locked out or
 * two clients sharing an identity.
 */
@Component
class ApiKeys {

    static final String PRODUCTION_PROFILE = "production";

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    private static final Pattern CLIENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Map<String, Caller> callersByKeyHash;
    private final boolean demoKeys;

    ApiKeys(SecuritySettings settings, Environment environment) {
        List<String> problems = new ArrayList<>();
        Map<String, Caller> byHash = new HashMap<>();
        Map<String, String> settingByHash = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<String> demoClients = new ArrayList<>();
        List<String> rotating = new ArrayList<>();
        List<SecuritySettings.ApiClient> clients = settings.apiClients();
        for (int i = 0; i < clients.size(); i++) {
            SecuritySettings.ApiClient client = clients.get(i);
            String where = "mset.security.api-clients[" + i + "]";
            String name = client.name() == null ? "" : client.name();
            Optional<Role> role = Role.named(client.role() == null ? "" : client.role());
            if (!CLIENT_NAME.matcher(name).matches()) {
                problems.add(where + ".name must be 1-100 letters, digits, '.', '_' or '-'");
            } else if (!names.add(name)) {
                problems.add(where + ".name '" + name + "' is used by another client; to give one client a second"
                        + " key while it changes keys, set previous-key-sha256 on that client instead");
            }
            if (role.isEmpty()) {
                problems.add(where + ".role must be one of " + List.of(Role.values()));
            }
            List<String> hashes = ClientKeys.hashes(client, where, settingByHash, problems);
            if (problems.isEmpty()) {
                Caller caller = new Caller(Caller.Method.API_KEY, name, Set.of(role.get()));
                hashes.forEach(hash -> byHash.put(hash, caller));
                if (hashes.stream().anyMatch(DemoKeys::isPublished)) {
                    demoClients.add(name);
                }
                if (hashes.size() > 1) {
                    rotating.add(name);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new StartRefusedException(
                    "The API client configuration is not valid: " + String.join("; ", problems));
        }
        if (!demoClients.isEmpty()) {
            if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
                throw new StartRefusedException(
                        "The production profile refuses to start with the published demo API keys" + " (clients "
                                + demoClients + "). Configure your own clients in mset.security.api-clients."
                                // Checked after these, so said now: one restart, not two, to learn both.
                                + " The four audit keys (mset.audit.*) must be your own as well: the published"
                                + " demo ones are refused too.");
            }
            log.warn(
                    "DEMO API KEYS ARE ENABLED for clients {}. Their keys are published in the README, so anyone can"
                            + " call this service. Configure your own clients before it holds real referrals.",
                    demoClients);
        }
        if (!rotating.isEmpty()) {
            log.info(
                    "API clients {} hold a previous key as well as their own: either key is accepted until"
                            + " previous-key-sha256 is removed.",
                    rotating);
        }
        this.callersByKeyHash = Map.copyOf(byHash);
        this.demoKeys = !demoClients.isEmpty();
    }

    /** Whether any of the published demo keys is configured (so anyone may call this service). */
    public boolean demoKeysConfigured() {
        return demoKeys;
    }

    /** The client whose key this is, if any. */
    Optional<Caller> find(String presentedKey) {
        return Optional.ofNullable(callersByKeyHash.get(sha256(presentedKey)));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
