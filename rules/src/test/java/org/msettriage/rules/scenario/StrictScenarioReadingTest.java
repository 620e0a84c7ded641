package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;

/**
 * The strict reading of scenario files a policy lead sends (carried by a candidate, or a folder given to
 * the command line): the scenarios in test-data pass it, and a misspelt field or a doubled key is named.
 */
class StrictScenarioReadingTest {

    @Test
    void everyScenarioInTestDataReadsStrictly() {
        List<RulesetProblem> problems = new ArrayList<>();
        List<RulesetFile> files =
                RulesetFiles.scenarioFiles(ScenarioRun.SCENARIOS, "scenarios/", RulesetProblem.Kind.FILES, problems);

        RulesetValidator.ReadScenarios read =
                RulesetValidator.readScenarios(files, "scenarios/", RulesetProblem.Kind.FILES);

        assertThat(problems).isEmpty();
        assertThat(read.problems()).isEmpty();
        assertThat(read.scenarios()).hasSize(files.size()).isNotEmpty();
    }

    @Test
    void aMisspeltFieldAtTheTopIsNamedWithItsLine() {
        assertThatThrownBy(() -> Scenario.parseStrictly("x.json", "{\"name\": \"x\",\n\"descripton\": \"y\"}"))
                .isInstanceOf(Scenario.Refused.class)
                .hasMessageEndingWith("it has a field no scenario has: descripton (line 2)");
    }

    @Test
    void aMisspeltFieldIsLocatedAtItsKeyNotWhereItsNameFirstAppears() throws Exception {
        // A search of the text for the word would place a perpetrator's "name" (for "nickname") at line 2,
        // the scenario's own name; the parser knows which key it is.
        String cawn = Files.readString(ScenarioRun.SCENARIOS.resolve("actions-cawn-consider-age-15-cse02.json"));
        String misnamed = cawn.replace("\"description\": \"Pins", "\"description\": \"Gives the name; pins")
                .replace("\"nickname\": \"Dan\"", "\"name\": \"Dan\"");

        assertThatThrownBy(() -> Scenario.parseStrictly("x.json", misnamed))
                .isInstanceOf(Scenario.Refused.class)
                .hasMessageEndingWith("it has a field no scenario has: request.perpetrators[0].name (line 23)")
                .extracting(e -> ((Scenario.Refused) e).line())
                .isEqualTo(23);
    }

    @Test
    void aFieldAtTheTopNamedLikeAFieldOfTheRequestIsLocatedAtTheTop() {
        String json = """
                {"name": "x",
                 "request": {"indicators": [{"code": "CSE02"}]},
                 "code": "CSE02"}""";

        assertThatThrownBy(() -> Scenario.parseStrictly("x.json", json))
                .hasMessageEndingWith("it has a field no scenario has: code (line 3)");
    }

    @Test
    void theExpectedFieldsAreLocatedAtTheirKey() throws Exception {
        String cawn = Files.readString(ScenarioRun.SCENARIOS.resolve("actions-cawn-consider-age-15-cse02.json"));

        assertThat(Scenario.parseStrictly("x.json", cawn).expectedLine()).isEqualTo(28);
    }

    @Test
    void aMisspeltFieldOfTheHistoryIsNamedRatherThanReadAsNoEarlierLevel() throws Exception {
        String history = Files.readString(
                ScenarioRun.SCENARIOS.resolve("links-history-does-not-replace-a-given-previous-assessment.json"));
        String misspelt = history.replace("\"latestRiskLevel\"", "\"latestRiskLevle\"");

        assertThat(misspelt).isNotEqualTo(history);
        assertThatThrownBy(() -> Scenario.parseStrictly("x.json", misspelt))
                .isInstanceOf(Scenario.Refused.class)
                .hasMessageEndingWith("it has a field no scenario has: intelligence.history.latestRiskLevle (line 28)");
    }

    @Test
    void aMisspeltFieldOfALinkOrOfTheIntelligenceIsNamedWithItsPlace() {
        String link = """
                {"name": "x", "request": {}, "expected": {},
                 "intelligence": {"links": [{"kind": "NICKNAME", "field": "/perpetrators/0/nickname",
                   "otherChildren": 2},
                  {"kind": "NICKNAME", "field": "/perpetrators/0/nickname", "otherChildern": 2}]}}""";
        String intelligence = """
                {"name": "x", "request": {}, "expected": {},
                 "intelligence": {"link": []}}""";

        assertThatThrownBy(() -> Scenario.parseStrictly("x.json", link))
                .hasMessageEndingWith("it has a field no scenario has: intelligence.links[1].otherChildern (line 4)");
        assertThatThrownBy(() -> Scenario.parseStrictly("x.json", intelligence))
                .hasMessageEndingWith("it has a field no scenario has: intelligence.link (line 2)");
    }

    @Test
    void aFolderReadByTheTestsRefusesAFileNotJsonInTheWordsACandidateIsRefusedIn(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("a.yaml"), "name: x");
        List<RulesetProblem> carried = new ArrayList<>();
        RulesetFiles.scenarioFiles(folder, "", RulesetProblem.Kind.FILES, carried);

        assertThatThrownBy(() -> Scenario.readFolder(folder))
                .isInstanceOf(Scenario.Unreadable.class)
                .hasMessage("a.yaml is not a scenario: scenario files are JSON (*.json)");
        assertThat(carried)
                .extracting(RulesetProblem::message)
                .containsExactly("is not a scenario: scenario files are JSON (*.json)");
    }
}
