package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.TestData;
import org.msettriage.service.ruleset.CandidateRulesets;

/**
 * {@code rulesets validate} says of the scenarios a candidate carries what the workbench's check page says,
 * names every bad one in one run, and takes the candidate as a zip as the workbench does.
 */
class CandidateScenariosOnTheCommandLineTest {

    private static final String CAWN = "actions-cawn-consider-age-15-cse02.json";

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();

    @Test
    void namesEachScenarioTheCandidateCarriesAsNewOrReplacingInTheCheckPagesWords() throws Exception {
        List<RulesetFile> files = CandidateRulesets.raisedWeight("cli-own");
        RulesetFile corrected = CandidateRulesets.correctedFirstChange(files, "Corrected: ");
        RulesetFile added = new RulesetFile(
                "ours-new.json", corrected.content().replace("\"name\": \"Corrected: ", "\"name\": \"Ours: "));
        Path candidate = folder.resolve("cli-own");
        CandidateRulesets.write(candidate, files);
        Path scenarios = Files.createDirectories(candidate.resolve("scenarios"));
        for (RulesetFile own : List.of(corrected, added)) {
            Files.writeString(scenarios.resolve(own.name()), own.content());
        }

        assertThat(run("rulesets", "validate", candidate.toString())).as(out()).isZero();

        assertThat(out())
                .contains("OWN scenarios/ours-new.json \"" + nameOf(added)
                        + "\": New: the serving set has no scenario of its file name.\n")
                .containsPattern("OWN scenarios/" + corrected.name() + " \"\\Q" + nameOf(corrected)
                        + "\\E\": Replaces the serving scenario of the same file name with a new expectation; what"
                        + " the candidate changes of the serving one's expected outcome:\n  \"[^\n]+\": [a-zA-Z.\\[\\]0-9]+:"
                        + " expected ");
    }

    @Test
    void everyBadScenarioFileTheCandidateCarriesIsCountedAndNamedInOneRun() throws Exception {
        Path candidate = folder.resolve("carrying");
        CandidateRulesets.write(candidate, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        Path scenarios = Files.createDirectories(candidate.resolve("scenarios"));
        Files.writeString(scenarios.resolve("mine.yaml"), "name: mine");
        Files.writeString(
                scenarios.resolve("misspelt.json"),
                TestData.read("scenarios/" + CAWN).replace("\"nickname\": \"Dan\"", "\"nicknam\": \"Dan\""));

        assertThat(run("rulesets", "validate", candidate.toString())).isEqualTo(1);

        assertThat(out())
                .contains("not usable; 2 problem(s)")
                .contains("OWN_SCENARIO scenarios/mine.yaml: is not a scenario: scenario files are JSON (*.json)")
                .contains("OWN_SCENARIO scenarios/misspelt.json:23:1: is not a scenario")
                .contains("it has a field no scenario has: request.perpetrators[0].nicknam (line 23)");
    }

    @Test
    void aZipOfTheCandidateFolderIsCheckedAsTheFolderIs() throws Exception {
        List<RulesetFile> files = CandidateRulesets.raisedWeight("cli-zip");
        RulesetFile corrected = CandidateRulesets.correctedFirstChange(files, "Corrected: ");
        Path zip = Files.write(folder.resolve("cli-zip.zip"), CandidateRulesets.zip(files, List.of(corrected)));

        assertThat(run("rulesets", "validate", zip.toString()))
                .as(out() + err())
                .isZero();

        assertThat(out())
                .startsWith("cli-zip: usable; it changes the expected outcome of ")
                .contains("OWN scenarios/" + corrected.name() + " \"" + nameOf(corrected) + "\": Replaces");
        assertThat(err()).isEmpty();
    }

    @Test
    void aZipThatLeadsOutsideItsFolderOrNoZipAtAllIsRefusedAsTheWorkbenchRefusesIt() throws Exception {
        Path outside = Files.write(
                folder.resolve("outside.zip"),
                CandidateRulesets.zip(List.of(new RulesetFile("../notes.txt", "not the ruleset's"))));
        Path notAZip = Files.writeString(folder.resolve("points.csv"), "code,points\n");

        assertThat(run("rulesets", "validate", outside.toString())).isEqualTo(1);
        assertThat(out())
                .contains("ZIP (zip): The zip holds candidate/../notes.txt, a path that leads outside the ruleset"
                        + " folder");
        command.forgetOut();
        assertThat(run("rulesets", "validate", notAZip.toString())).isEqualTo(1);
        assertThat(out()).contains("ZIP (zip): This is not a zip file: a candidate is a zip of one ruleset folder");
        assertThat(err()).isEmpty();
    }

    private static String nameOf(RulesetFile scenario) {
        return Scenario.parseStrictly(scenario.name(), scenario.content()).name();
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String out() {
        return command.out();
    }

    private String err() {
        return command.err();
    }
}
