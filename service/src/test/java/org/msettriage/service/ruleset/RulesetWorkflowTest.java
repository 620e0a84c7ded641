package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The policy lead's workflow over HTTP: validate a candidate, see its impact on past decisions, activate
 * it, roll back. Its own context: activating changes what the service serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=ruleset-workflow-test")
class RulesetWorkflowTest extends ServiceTest {

    @Value("${mset.rules.candidates}")
    String candidates;

    HttpJson lead() {
        return as(DemoClients.POLICY_LEAD);
    }

    @Test
    void aCandidateFolderIsValidatedByPathAndKeptWithTheScenariosItBreaks() {
        CandidateRulesets.write(Path.of(candidates, "by-path"), CandidateRulesets.raisedWeight("by-path-1"));

        HttpJson.Answer answer = lead().post("/api/v1/rulesets/validate?path=by-path", "");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        JsonNode validation = answer.json();
        assertThat(validation.path("version").asString()).isEqualTo("by-path-1");
        assertThat(validation.path("usable").asBoolean()).isTrue();
        assertThat(validation.path("passed").asBoolean()).isFalse();
        assertThat(validation.path("scenariosRun").asInt()).isGreaterThan(200);
        assertThat(validation.path("brokenScenarios")).isNotEmpty();
        JsonNode kept = lead().get("/api/v1/rulesets/by-path-1").json();
        assertThat(kept.path("source").asString()).isEqualTo("CANDIDATES_FOLDER");
        assertThat(kept.path("registeredBy").asString()).isEqualTo("API_KEY:demo-policy-lead");
        assertThat(kept.path("active").asBoolean()).isFalse();
        assertThat(kept.path("activations")).isEmpty();
        assertThat(kept.path("files")).hasSize(20);
    }

    @Test
    void aPathOutsideTheCandidatesFolderIsRefused() {
        HttpJson.Answer answer = lead().post("/api/v1/rulesets/validate?path=../../etc", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("parameter").asString())
                .isEqualTo("path");
    }

    @Test
    void aBrokenZipCandidateIsReportedWithPositionsAndNeverKept() {
        byte[] zip = CandidateRulesets.zip(CandidateRulesets.edited(
                "broken-1", "score-bands.csv", csv -> csv.replace("MODERATE,13,24", "MODERATE,11,24")));

        JsonNode validation = lead().postZip("/api/v1/rulesets/validate", zip).json();

        assertThat(validation.path("usable").asBoolean()).isFalse();
        assertThat(validation.path("problems")).singleElement().satisfies(problem -> {
            assertThat(problem.path("kind").asString()).isEqualTo("TABLE");
            assertThat(problem.path("file").asString()).isEqualTo("score-bands.csv");
            assertThat(problem.path("line").asInt()).isEqualTo(4);
            assertThat(problem.path("column").asInt()).isEqualTo(2);
        });
        assertThat(lead().get("/api/v1/rulesets/broken-1").status()).isEqualTo(404);
        HttpJson.Answer activation =
                lead().post("/api/v1/rulesets/activate", "{\"version\": \"broken-1\", \"reason\": \"try it\"}");
        assertThat(activation.status()).isEqualTo(404);
        assertThat(activeVersion()).isEqualTo(CandidateRulesets.PACKAGED_VERSION);
    }

    @Test
    void aCandidateRunningCodeOfItsOwnIsRefusedByNameAndNeverKept() {
        byte[] zip = CandidateRulesets.zip(
                CandidateRulesets.edited(
                        "leak-1",
                        "level.drl",
                        drl -> drl.replace(
                                "Findings.record(kcontext, new DecidedLevel($level), \"level\", $level);",
                                "Runtime.getRuntime().exec(\"id\");\n    Findings.record(kcontext, new DecidedLevel($level));")));

        JsonNode validation = lead().postZip("/api/v1/rulesets/validate", zip).json();

        assertThat(validation.path("usable").asBoolean()).isFalse();
        assertThat(validation.path("scenariosRun").asInt()).isZero();
        assertThat(validation.path("problems"))
                .isNotEmpty()
                .allSatisfy(problem -> {
                    assertThat(problem.path("kind").asString()).isEqualTo("NOT_ALLOWED");
                    assertThat(problem.path("file").asString()).isEqualTo("level.drl");
                })
                .anySatisfy(problem ->
                        assertThat(problem.path("message").asString()).startsWith("refused Runtime:"));
        assertThat(lead().get("/api/v1/rulesets/leak-1").status()).isEqualTo(404);
    }

    @Test
    void aVersionNamesOneSetOfFilesForEver() {
        lead().postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("clash-1")));

        JsonNode other = lead().postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.edited(
                                "clash-1", "points.csv", csv -> csv.replace("V,1,1,1", "V,3,1,1"))))
                .json();

        assertThat(other.path("usable").asBoolean()).isFalse();
        assertThat(other.path("problems").toString()).contains("already names a different ruleset");
    }

    @Test
    void theImpactOfARaisedWeightOnPastDecisionsIsCountedAndTheChangedDecisionsNamed() throws Exception {
        // Its own period: decisions other tests in this class store are made today as well, so this test
        // replays all decisions and picks out its own by id.
        String upToEmerging = decide(Referrals.UP_TO_EMERGING);
        String upToModerate = decide(Referrals.UP_TO_MODERATE);
        String sameLevel = decide(Referrals.SAME_LEVEL);
        String noVulnerability = decide(Referrals.NO_VULNERABILITY);
        lead().postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("impact-1")));

        HttpJson.Answer started =
                lead().post("/api/v1/rulesets/impact", "{\"candidate\": \"impact-1\", \"includeScenarios\": true}");

        assertThat(started.status()).as(started.response().body()).isEqualTo(202);
        JsonNode job = awaitDone(started.header("Location"));
        assertThat(job.path("percentDone").asInt()).isEqualTo(100);
        JsonNode report = job.path("report");
        assertThat(report.path("scenariosReplayed").asInt()).isGreaterThan(200);
        List<String> changedDecisions = new ArrayList<>();
        report.path("changes").forEach(change -> {
            if (change.path("source").asString().equals("DECISION")) {
                changedDecisions.add(change.path("id").asString() + " "
                        + change.path("fromLevel").asString() + "->"
                        + change.path("toLevel").asString());
            }
        });
        assertThat(changedDecisions)
                .contains(upToEmerging + " NONE->EMERGING", upToModerate + " EMERGING->MODERATE")
                .noneMatch(c -> c.startsWith(sameLevel) || c.startsWith(noVulnerability));
        assertThat(report.path("levelDown").asInt()).isZero();
        assertThat(report.path("downgrades")).isEmpty();
        assertThat(report.path("changed").asInt())
                .isEqualTo(report.path("changes").size());
        assertThat(report.path("levelUp").asInt())
                .isEqualTo(count(report.path("changes"), c -> level(c.path("toLevel")) > level(c.path("fromLevel"))));
        assertThat(lead().get("/api/v1/decisions/" + upToEmerging).status()).isEqualTo(403);
    }

    @Test
    void activationNeedsEveryBrokenScenarioAcceptedThenServesAndRollbackRestoresTheEarlierAnswers() {
        String before = decide(Referrals.UP_TO_MODERATE);
        JsonNode validation = lead().postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.raisedWeight("activate-1")))
                .json();
        List<String> broken = new ArrayList<>();
        validation.path("brokenScenarios").forEach(s -> broken.add(s.asString()));

        HttpJson.Answer refused = lead().post(
                        "/api/v1/rulesets/activate",
                        "{\"version\": \"activate-1\", \"reason\": \"raise vulnerability\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(activeVersion()).isEqualTo(CandidateRulesets.PACKAGED_VERSION);

        HttpJson.Answer activated = lead().post(
                        "/api/v1/rulesets/activate",
                        HttpJson.JSON.writeValueAsString(Map.of(
                                "version", "activate-1",
                                "reason", "Raise the weight of current vulnerabilities",
                                "acceptScenarioChanges", broken)));
        assertThat(activated.status()).as(activated.response().body()).isEqualTo(200);
        assertThat(activated.json().path("active").asBoolean()).isTrue();
        assertThat(activeVersion()).isEqualTo("activate-1");
        JsonNode now = http().post("/api/v1/triage", Referrals.UP_TO_MODERATE).json();
        assertThat(now.path("ruleset").path("version").asString()).isEqualTo("activate-1");
        assertThat(now.path("riskLevel").asString()).isEqualTo("MODERATE");

        HttpJson.Answer rolledBack = lead().post(
                        "/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/activate",
                        "{\"reason\": \"Roll back while the panel reviews it\"}");
        assertThat(rolledBack.status()).as(rolledBack.response().body()).isEqualTo(200);
        assertThat(rolledBack.json().path("active").asBoolean()).isTrue();
        JsonNode after = http().post("/api/v1/triage", Referrals.UP_TO_MODERATE).json();
        assertThat(after.path("ruleset").path("version").asString()).isEqualTo(CandidateRulesets.PACKAGED_VERSION);
        assertThat(after.path("riskLevel").asString()).isEqualTo("EMERGING");
        // The decision made before the switches still names the ruleset that made it.
        JsonNode stored = http().get("/api/v1/decisions/" + before).json();
        assertThat(stored.path("ruleset").path("version").asString()).isEqualTo(CandidateRulesets.PACKAGED_VERSION);
        assertThat(stored.path("riskLevel").asString()).isEqualTo("EMERGING");
        JsonNode history = lead().get("/api/v1/rulesets/activate-1").json();
        assertThat(history.path("activations").get(0).path("reason").asString())
                .isEqualTo("Raise the weight of current vulnerabilities");
        assertThat(history.path("activations").get(0).path("acceptedScenarioChanges"))
                .hasSize(broken.size());
        JsonNode packaged = lead().get("/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION)
                .json();
        assertThat(packaged.path("activations"))
                .extracting(a ->
                        a.path("kind").asString() + " " + a.path("activatedBy").asString())
                .containsExactly("ROLLBACK API_KEY:demo-policy-lead", "FIRST_START service");
        // Operators see the switches counted, by kind and version.
        assertThat(as(DemoClients.OPERATOR)
                        .get("/actuator/prometheus")
                        .response()
                        .body())
                .contains("mset_rulesets_activations_total{kind=\"ACTIVATE\",ruleset_version=\"activate-1\"} 1.0")
                .contains("mset_rulesets_activations_total{kind=\"ROLLBACK\",ruleset_version=\""
                        + CandidateRulesets.PACKAGED_VERSION + "\"} 1.0")
                .contains("mset_rulesets_validations_total{outcome=\"usable\"}");
    }

    @Test
    void aRollbackNeedsARulesetThatServedBeforeAndAReason() {
        lead().postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("never-1")));

        assertThat(lead().post("/api/v1/rulesets/never-1/activate", "{\"reason\": \"undo\"}")
                        .status())
                .isEqualTo(409);
        HttpJson.Answer noReason = lead().post("/api/v1/rulesets/never-1/activate", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("pointer").asString())
                .isEqualTo("/reason");
    }

    private String activeVersion() {
        return lead().get("/api/v1/rulesets")
                .json()
                .path("active")
                .path("version")
                .asString();
    }

    private String decide(String referral) {
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.json().path("decisionId").asString();
    }

    private JsonNode awaitDone(String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode job = lead().get(location).json();
            String state = job.path("state").asString();
            if (state.equals("DONE") || state.equals("FAILED")) {
                assertThat(state).as(job.toString()).isEqualTo("DONE");
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the impact job did not finish in a minute");
    }

    private static int level(JsonNode level) {
        return List.of("NONE", "EMERGING", "MODERATE", "SIGNIFICANT").indexOf(level.asString());
    }

    private static int count(JsonNode changes, java.util.function.Predicate<JsonNode> test) {
        int count = 0;
        for (JsonNode change : changes) {
            count += test.test(change) ? 1 : 0;
        }
        return count;
    }

    @Autowired
    ActiveRuleset active;

    @Autowired
    CandidateEngines candidateEngines;

    @Value("${mset.rules.compiled}")
    String compiledFolder;

    @Test
    void activationServesTheEngineItsValidationCompiledAndItsCompiledFormIsKept() {
        List<RulesetFile> files = CandidateRulesets.raisedWeight("reused-1");
        JsonNode validation = lead().postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(files))
                .json();
        assertThat(validation.path("usable").asBoolean())
                .as(validation.toString())
                .isTrue();
        TriageEngine validated = candidateEngines.engineFor(files);

        List<String> broken = new ArrayList<>();
        validation.path("brokenScenarios").forEach(s -> broken.add(s.asString()));
        HttpJson.Answer activated = lead().post(
                        "/api/v1/rulesets/activate",
                        HttpJson.JSON.writeValueAsString(Map.of(
                                "version", "reused-1", "reason", "Reuse check", "acceptScenarioChanges", broken)));

        assertThat(activated.status()).as(activated.response().body()).isEqualTo(200);
        assertThat(active.engine())
                .as("the engine validation compiled, not a new compile")
                .isSameAs(validated);
        assertThat(Path.of(compiledFolder).toFile().list())
                .as("the compiled form kept for restarts")
                .anyMatch(name -> name.matches("[0-9a-f]{64}-drools-.+\\.kjar"));
        HttpJson.Answer back = lead().post(
                        "/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/activate",
                        "{\"reason\": \"Back after the reuse check\"}");
        assertThat(back.status()).as(back.response().body()).isEqualTo(200);
    }
}
