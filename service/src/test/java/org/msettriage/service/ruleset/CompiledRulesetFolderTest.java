package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.PackagedModules;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.AuditSettings;
import org.springframework.mock.env.MockEnvironment;

/** The kept compiled form is code the service runs: only what this service wrote, unaltered, is returned. */
class CompiledRulesetFolderTest {

    private static final String KEY = "ab".repeat(32) + "-drools-10.2.0";
    private static final byte[] MODULE = "a compiled module".getBytes();

    @TempDir
    Path folder;

    @Test
    void aKeptModuleIsFoundAsItWasKept() {
        CompiledRulesetFolder kept = folder(sealKey('a'));
        kept.keep(KEY, MODULE);

        assertThat(kept.find(KEY)).hasValue(MODULE);
        assertThat(kept.find("cd".repeat(32) + "-drools-10.2.0")).isEmpty();
    }

    @Test
    void thePackagedRulesetsCompiledFormIsFoundInTheJarWhenNoneWasKept() {
        String packaged = PackagedModules.keyOf(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        CompiledRulesetFolder kept = folder(sealKey('a'));

        assertThat(kept.find(packaged))
                .as("built into the rules module's jar by its build")
                .hasValueSatisfying(module -> assertThat(module).hasSizeGreaterThan(10_000));
        assertThat(kept.find(KEY)).as("no other ruleset's").isEmpty();
    }

    @Test
    void theStartSaysWhetherItsRulesetWasCompiledOrLoadedAndFromWhere() {
        String packaged = PackagedModules.keyOf(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        CompiledRulesetFolder kept = folder(sealKey('a'));
        kept.keep(KEY, MODULE);

        HowRulesetWasMade fromTheJar = new HowRulesetWasMade(kept);
        fromTheJar.find(packaged);
        HowRulesetWasMade fromTheFolder = new HowRulesetWasMade(kept);
        fromTheFolder.find(KEY);
        HowRulesetWasMade compiled = new HowRulesetWasMade(kept);
        String other = "cd".repeat(32) + "-drools-10.2.0";
        compiled.find(other);
        compiled.keep(other, MODULE);

        assertThat(fromTheJar.words()).isEqualTo("loaded from the compiled form built into the jar");
        assertThat(fromTheFolder.words()).isEqualTo("loaded from its compiled form kept in " + folder);
        assertThat(compiled.words()).isEqualTo("compiled from its source");
        assertThat(kept.find(other)).as("and kept for the next start").hasValue(MODULE);
    }

    @Test
    void anAlteredFileIsRefused() throws Exception {
        CompiledRulesetFolder kept = folder(sealKey('a'));
        kept.keep(KEY, MODULE);
        Path file = folder.resolve(KEY + CompiledRulesetFolder.SUFFIX);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);

        assertThat(kept.find(KEY)).isEmpty();
    }

    @Test
    void aFileWrittenUnderAnotherKeyIsRefused() {
        folder(sealKey('b')).keep(KEY, MODULE);

        assertThat(folder(sealKey('a')).find(KEY)).isEmpty();
    }

    @Test
    void aFileRenamedToAnotherRulesetIsRefused() throws Exception {
        CompiledRulesetFolder kept = folder(sealKey('a'));
        kept.keep(KEY, MODULE);
        String other = "cd".repeat(32) + "-drools-10.2.0";
        Files.copy(folder.resolve(KEY + CompiledRulesetFolder.SUFFIX), folder.resolve(other + ".kjar"));

        assertThat(kept.find(other)).isEmpty();
    }

    @Test
    void keysThatCouldNameAnotherPlaceAreNeitherWrittenNorRead() throws Exception {
        CompiledRulesetFolder kept = folder(sealKey('a'));
        kept.keep("../outside", MODULE);
        kept.keep("ab-drools-1/../../x", MODULE);

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(kept.find("../outside")).isEmpty();
    }

    @Test
    void anEmptySettingKeepsNothing() throws Exception {
        CompiledRulesetFolder none = new CompiledRulesetFolder(RulesetSettingsFor.compiledIn(" "), keys(sealKey('a')));
        none.keep(KEY, MODULE);

        assertThat(none.find(KEY)).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private CompiledRulesetFolder folder(String sealKey) {
        return new CompiledRulesetFolder(RulesetSettingsFor.compiledIn(folder.toString()), keys(sealKey));
    }

    private static AuditKeys keys(String sealKey) {
        return new AuditKeys(
                new AuditSettings(
                        "X9s6RPpTLN8ew0PIVCEC7YelPL3rqYDog+VvAj1bW9Q=",
                        "TdDQRzGaXtvGto7BwcZ6Cr3Uq2Pqf+kd3jvnKPk+1Dw=",
                        sealKey,
                        "3Wq0m8c9yq3p0XhJ1vQkS0b1s5dY2mA6tq1n4bq7ZrM=",
                        Duration.ofDays(2192),
                        Duration.ofHours(1),
                        Duration.ofMillis(250),
                        null),
                new MockEnvironment());
    }

    /** A valid 32-byte key in base64, different for each letter. */
    private static String sealKey(char letter) {
        return java.util.Base64.getEncoder()
                .encodeToString(String.valueOf(letter).repeat(32).getBytes());
    }
}
