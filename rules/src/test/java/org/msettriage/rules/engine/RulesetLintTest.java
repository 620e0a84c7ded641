package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.referral.RiskLevel;

/** The packaged ruleset builds cleanly and carries what a policy lead and an auditor rely on. */
class RulesetLintTest {

    static final Path PACKAGED = Path.of("src/main/resources", RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    static TriageEngine engine;

    @BeforeAll
    static void compile() {
        engine = TriageEngine.packaged();
    }

    @Test
    void thePackagedRulesetCompilesWithoutAWarningAndTheCheckSeesOne() {
        List<RulesetFile> packaged = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);
        assertThat(warningsCompiling(packaged))
                .as("warnings compiling the packaged ruleset")
                .isEmpty();

        // The form the score band rule had before 2026.12.0: a call taking another pattern's variable.
        List<RulesetFile> reactive = packaged.stream()
                .map(f -> f.name().equals("scoring.drl")
                        ? new RulesetFile(
                                f.name(),
                                f.content()
                                        .replace(
                                                "ScoreBand( minScore <= $value, maxScore == null || maxScore >= $value )",
                                                "ScoreBand( holdsScore($value) )"))
                        : f)
                .toList();
        assertThat(warningsCompiling(reactive)).anyMatch(w -> w.contains("holdsScore($value)"));
    }

    /** Every warning logged while a compile of these files runs (never one loaded from a kept form). */
    private static List<String> warningsCompiling(List<RulesetFile> files) {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        root.addAppender(seen);
        try {
            TriageEngine.compile(files, CompiledRulesets.NONE);
        } finally {
            root.detachAppender(seen);
        }
        return seen.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void everyRuleHasAUniqueIdAnExplanationAndGuidance() {
        assertThat(engine.rules()).isNotEmpty();
        assertThat(engine.rules()).allSatisfy(rule -> {
            assertThat(rule.id()).as(rule.name()).isNotBlank();
            assertThat(rule.explanation()).as(rule.id()).isNotBlank();
            assertThat(rule.guidance()).as(rule.id()).startsWith("MSET policy v1");
            assertThat(rule.file()).as(rule.id()).matches(".*\\.drl|action-rules\\.csv");
        });
        assertThat(engine.rules().stream().map(RuleDescription::id).distinct().count())
                .isEqualTo(engine.rules().size());
    }

    @Test
    void everyActionTheRulesRecommendIsInTheCatalogue() {
        Pattern recommended = Pattern.compile("new Recommendation\\(\\s*\"([A-Z_]+)\"");
        Set<String> catalogue =
                engine.policy().actions().stream().map(ActionDefinition::code).collect(Collectors.toSet());
        Set<String> inRules = new TreeSet<>();
        engine.files().stream().filter(RulesetFile::isDrl).forEach(file -> {
            Matcher matcher = recommended.matcher(file.content());
            while (matcher.find()) {
                inRules.add(matcher.group(1));
            }
        });
        engine.policy().actionRules().orElseThrow().getRows().forEach(row -> inRules.add(row.action()));
        assertThat(inRules).as("actions recommended by the rules").isNotEmpty();
        assertThat(catalogue).as("actions.csv").containsAll(inRules);
        assertThat(inRules).as("every catalogue action has a rule").containsAll(catalogue);
    }

    @Test
    void thePackagedIndexListsEveryFileInTheRulesetFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(PACKAGED)) {
            onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(RulesetFiles.names(engine.files())).containsExactlyElementsOf(onDisk);
    }

    @Test
    void theSameFilesGiveTheSameHashAndAnyEditChangesIt() {
        List<RulesetFile> files = RulesetFiles.fromDirectory(PACKAGED);
        assertThat(RulesetIdentity.of(files)).isEqualTo(engine.identity());

        List<RulesetFile> edited = new ArrayList<>(files);
        edited.replaceAll(f -> f.name().equals("points.csv") ? new RulesetFile(f.name(), f.content() + "\n") : f);
        assertThat(RulesetIdentity.of(edited).sha256())
                .isNotEqualTo(engine.identity().sha256());
    }

    @Test
    void aRuleWithoutMetadataIsRefusedWithItsFile() {
        List<RulesetFile> files = new ArrayList<>(RulesetFiles.fromDirectory(PACKAGED));
        files.add(new RulesetFile("extra.drl", """
                package org.msettriage.ruleset;
                import org.msettriage.rules.facts.Score;
                rule "A rule nobody documented"
                when
                    Score()
                then
                end
                """));

        assertThatThrownBy(() -> TriageEngine.compile(files))
                .isInstanceOf(RulesetException.class)
                .satisfies(e -> assertThat(((RulesetException) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("extra.drl");
                    assertThat(p.message()).contains("@id, @explanation and @guidance");
                }));
    }

    @Test
    void aDrlThatDoesNotCompileIsRefused() {
        List<RulesetFile> files = new ArrayList<>(RulesetFiles.fromDirectory(PACKAGED));
        files.add(new RulesetFile(
                "broken.drl", "package org.msettriage.ruleset;\nrule \"Broken\" when NoSuchFact() then end\n"));

        assertThatThrownBy(() -> TriageEngine.compile(files))
                .isInstanceOf(RulesetException.class)
                .satisfies(e -> assertThat(((RulesetException) e).problems()).isNotEmpty());
    }

    @Test
    void aConstraintTheEngineCannotTypeIsRefusedAsAProblemNotAnException() {
        List<RulesetFile> files = new ArrayList<>(RulesetFiles.fromDirectory(PACKAGED));
        files.add(new RulesetFile("untyped.drl", """
                package org.msettriage.ruleset;
                import org.msettriage.rules.facts.Score;
                rule "Uses an operator as a method"
                    @id("UNTYPED") @explanation("x") @guidance("MSET policy v1")
                when
                    Score( $value : value )
                    Score( contains($value) )
                then
                end
                """));

        assertThatThrownBy(() -> TriageEngine.compile(files))
                .isInstanceOf(RulesetException.class)
                .satisfies(e -> assertThat(((RulesetException) e).problems()).isNotEmpty());
    }

    @Test
    void theLegacyLevelComesFromTheBandTable() {
        assertThat(engine.policy().band(RiskLevel.NONE).getLegacyLevel()).isEqualTo("LOW");
        assertThat(engine.policy().band(RiskLevel.EMERGING).getLegacyLevel()).isEqualTo("LOW");
        assertThat(engine.policy().band(RiskLevel.MODERATE).getLegacyLevel()).isEqualTo("MEDIUM");
        assertThat(engine.policy().band(RiskLevel.SIGNIFICANT).getLegacyLevel()).isEqualTo("HIGH");
    }
}
