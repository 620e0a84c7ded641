package org.msettriage.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.msettriage.service.problem.StartRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The four audit keys, checked once at start: each must be 32 bytes in base64, and no two may be the
 * same. A wrong configuration stops the start naming every mistake. The demo keys shipped in
 * application.yml are published with the source, so they protect nothing: the service warns while they
 * are configured and the {@code production} profile refuses to start with them.
 */
@Component
public class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    private static final int KEY_BYTES = 32;
    private static final Set<String> PUBLISHED = Set.of(
            "X9s6RPpTLN8ew0PIVCEC7YelPL3rqYDog+VvAj1bW9Q=",
            "TdDQRzGaXtvGto7BwcZ6Cr3Uq2Pqf+kd3jvnKPk+1Dw=",
            "EuKltEXfE71wWQqWtw80//fkZwbtL5m3aks1KcVPf44=",
            "3Wq0m8c9yq3p0XhJ1vQkS0b1s5dY2mA6tq1n4bq7ZrM=");

    private final byte[] encryption;
    private final byte[] childRef;
    private final byte[] seal;
    private final byte[] identifier;

    public AuditKeys(AuditSettings settings, Environment environment) {
        Map<String, String> configured = Map.of(
                "encryption-key", settings.encryptionKey(),
                "child-ref-key", settings.childRefKey(),
                "seal-key", settings.sealKey(),
                "identifier-key", settings.identifierKey());
        List<String> problems = new ArrayList<>();
        List<String> demo = new ArrayList<>();
        for (Map.Entry<String, String> key : configured.entrySet()) {
            String where = "mset.audit." + key.getKey();
            if (decoded(key.getValue()) == null) {
                problems.add(where + " must be " + KEY_BYTES + " random bytes in base64 (openssl rand -base64 32)");
            } else if (PUBLISHED.contains(key.getValue().strip())) {
                demo.add(where);
            }
        }
        if (problems.isEmpty() && Set.copyOf(configured.values()).size() < configured.size()) {
            problems.add(
                    "mset.audit.encryption-key, child-ref-key, seal-key and identifier-key must be four different keys");
        }
        if (!problems.isEmpty()) {
            throw new StartRefusedException("The audit keys are not valid: " + String.join("; ", problems));
        }
        if (!demo.isEmpty()) {
            if (environment.acceptsProfiles(Profiles.of("production"))) {
                throw new StartRefusedException(
                        "The production profile refuses to start with the published demo" + " audit keys ("
                                + String.join(", ", demo.stream().sorted().toList()) + ")");
            }
            log.warn(
                    "DEMO AUDIT KEYS ARE ENABLED ({}). They are published with the source, so personal content at"
                            + " rest and the audit seals are not protected. Configure your own before real referrals.",
                    demo.stream().sorted().toList());
        }
        this.encryption = decoded(settings.encryptionKey());
        this.childRef = decoded(settings.childRefKey());
        this.seal = decoded(settings.sealKey());
        this.identifier = decoded(settings.identifierKey());
    }

    /** The AES-256 key for personal content at rest. */
    byte[] encryption() {
        return encryption.clone();
    }

    /** The HMAC key a child reference is hashed with. */
    byte[] childRef() {
        return childRef.clone();
    }

    /**
     * The HMAC key the identifiers a referral names (a nickname, a vehicle, a place) are stored and linked
     * as: a key of its own, so that the child-reference hashes and the identifier hashes cannot be matched
     * against each other.
     */
    byte[] identifier() {
        return identifier.clone();
    }

    /** The HMAC key of the seal chain. */
    byte[] seal() {
        return seal.clone();
    }

    /**
     * A key of its own for another use of the service (named by purpose), derived from the seal key, so an
     * operator keeps three keys and each use can be told apart from the others.
     */
    public byte[] derived(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seal, "HmacSHA256"));
            return mac.doFinal(("mset-triage derived key: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] decoded(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            return key.length == KEY_BYTES ? key : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
