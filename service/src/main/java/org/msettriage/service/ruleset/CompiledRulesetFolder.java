package org.msettriage.service.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.msettriage.rules.engine.CompiledRulesets;
import org.msettriage.rules.engine.KieBaseMemory;
import org.msettriage.rules.engine.PackagedModules;
import org.msettriage.service.audit.AuditKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps each ruleset's compiled form in a folder (mset.rules.compiled), one file per ruleset and Drools
 * version. The form is code the service runs, so each file starts with an HMAC-SHA256 of its key and
 * content under a key derived from the seal key: a file altered or written by anything but this service
 * is refused (and the ruleset compiled from its source again), not loaded. The packaged ruleset's form
 * built into the jar is found first, as the one compiled against the classes that run it.
 */
@Component
public class CompiledRulesetFolder implements CompiledRulesets {

    static final String SUFFIX = ".kjar";
    static final String PURPOSE = "compiled rulesets";
    private static final int MAC_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(CompiledRulesetFolder.class);

    private final Path folder;
    private final byte[] macKey;
    // The last few rule networks, so validating one table change after another neither compiles nor loads.
    private final KieBaseMemory memory = new KieBaseMemory(3);

    public CompiledRulesetFolder(RulesetSettings settings, AuditKeys keys) {
        String configured = settings.compiled();
        this.folder = configured == null || configured.isBlank() ? null : Path.of(configured.strip());
        this.macKey = keys.derived(PURPOSE);
    }

    @Override
    public KieBaseMemory memory() {
        return memory;
    }

    /**
     * The module built into the jar under the key (the packaged ruleset's, as trusted as the service's own
     * classes and compiled against them), or else the one this service kept, so that a first start in a new
     * folder loads the packaged ruleset, and a form kept by an earlier version of the service before it was
     * built into the jar never stands in for it.
     */
    @Override
    public Optional<byte[]> find(String key) {
        return found(key).map(Found::module);
    }

    /** A compiled form found, and where, in words for the start's log. */
    record Found(byte[] module, String where) {}

    /** What {@link #find} finds, saying whether it was built into the jar or kept in the folder. */
    Optional<Found> found(String key) {
        Optional<byte[]> built = PackagedModules.built(key);
        if (built.isPresent()) {
            return Optional.of(new Found(built.get(), "loaded from the compiled form built into the jar"));
        }
        return kept(key).map(module -> new Found(module, "loaded from its compiled form kept in " + folder));
    }

    private Optional<byte[]> kept(String key) {
        Path file = file(key);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] stored = Files.readAllBytes(file);
            if (stored.length > MAC_BYTES) {
                byte[] module = Arrays.copyOfRange(stored, MAC_BYTES, stored.length);
                if (MessageDigest.isEqual(Arrays.copyOf(stored, MAC_BYTES), mac(key, module))) {
                    return Optional.of(module);
                }
            }
            log.warn("The compiled ruleset {} was altered or not written by this service: refused", key);
            return Optional.empty();
        } catch (IOException e) {
            log.warn("The compiled ruleset {} could not be read: {}", key, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void keep(String key, byte[] module) {
        Path file = file(key);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            // Written aside, then moved into place: a reader never sees half a file.
            Path partial = Files.createTempFile(folder, "writing-", ".part");
            try {
                byte[] mac = mac(key, module);
                byte[] stored = Arrays.copyOf(mac, MAC_BYTES + module.length);
                System.arraycopy(module, 0, stored, MAC_BYTES, module.length);
                Files.write(partial, stored);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            log.warn("The compiled ruleset {} could not be kept in {}: {}", key, folder, e.toString());
        }
    }

    private Path file(String key) {
        if (folder == null || !CompiledRulesets.isKey(key)) {
            return null;
        }
        return folder.resolve(key + SUFFIX);
    }

    private byte[] mac(String key, byte[] module) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            mac.update(key.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(module);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
