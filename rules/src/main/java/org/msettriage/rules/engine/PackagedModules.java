package org.msettriage.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The compiled form of the packaged ruleset, made when this module is built and carried in its jar: a
 * first start in a new data folder, and the policy lead's offline validation of a change to a table (which
 * shares the packaged DRL), load it in place of compiling the DRL, which takes several seconds on a cold
 * JVM. Any other ruleset is compiled as before, and a keeper offers it only if it chooses to ({@link
 * #ONLY}, or the service's data folder). The bytes are part of the build, as trusted as its classes;
 * their SHA-256, written beside them, guards against a damaged jar.
 */
public final class PackagedModules {

    static final String FOLDER = "mset-ruleset-compiled/";
    private static final String MODULE = ".kjar";
    private static final String DIGEST = ".sha256";

    /** Finds only the compiled forms built into the jar, and keeps nothing. */
    public static final CompiledRulesets ONLY = new CompiledRulesets() {
        @Override
        public Optional<byte[]> find(String key) {
            return built(key);
        }

        @Override
        public void keep(String key, byte[] module) {}
    };

    private PackagedModules() {}

    /**
     * The compiled form built into the jar under the key, if there is one; thrown when it is damaged. A
     * keeper may offer it when it kept none of its own: it is not one it kept, but it is part of the build.
     */
    public static Optional<byte[]> built(String key) {
        if (!KeptModules.isKey(key)) {
            return Optional.empty();
        }
        return checked(key, resource(key + MODULE), resource(key + DIGEST));
    }

    /** The key the compiled form of these files is kept under (their DRL's SHA-256 and the Drools version). */
    public static String keyOf(List<RulesetFile> files) {
        return KeptModules.key(files);
    }

    /** The module, if both it and its digest are there; refused (thrown) when they do not agree. */
    static Optional<byte[]> checked(String key, byte[] module, byte[] digest) {
        if (module == null || digest == null) {
            return Optional.empty();
        }
        if (!sha256(module).equals(new String(digest, StandardCharsets.US_ASCII).strip())) {
            throw new IllegalStateException("the compiled ruleset built into the jar is damaged: " + key);
        }
        return Optional.of(module);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PackagedModules.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The build's step (rules/pom.xml, after the classes are compiled): compiles the packaged ruleset from
     * the classes folder given and writes its compiled form, with its digest, into that folder.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<RulesetFile> files = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);
        Path folder = Files.createDirectories(classes.resolve(FOLDER));
        // Only this build's form: one left by an earlier build of other DRL would travel in the jar too.
        try (Stream<Path> earlier = Files.list(folder)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        String key = KeptModules.key(files);
        TriageEngine.compile(files, new CompiledRulesets() {
            @Override
            public Optional<byte[]> find(String found) {
                return Optional.empty();
            }

            @Override
            public void keep(String kept, byte[] module) {
                try {
                    Files.write(folder.resolve(kept + MODULE), module);
                    Files.writeString(folder.resolve(kept + DIGEST), sha256(module) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        if (!Files.isRegularFile(folder.resolve(key + MODULE))) {
            throw new IllegalStateException("the packaged ruleset's compiled form was not written: " + key);
        }
        System.out.println("Kept the packaged ruleset's compiled form as " + FOLDER + key + MODULE);
    }
}
