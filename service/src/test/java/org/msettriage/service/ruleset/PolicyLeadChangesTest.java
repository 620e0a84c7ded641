package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioKinds;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The three changes a policy lead made in issue 16, end to end through the API, each started from the
 * ruleset that serves (downloaded, edited, validated, proposed, approved by a second lead) and then seen
 * in a triage call: a new indicator in a table, with no DRL change, scores, routes and gets its
 * category's actions; a lower repeat-missing threshold changes every sentence that states it and breaks
 * only the scenarios it should; a reworded explanation reads as written. Its own context: it switches
 * what serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=policy-lead-changes-test")
class PolicyLeadChangesTest extends ServiceTest {

    private static final Set<String> KINDS_BEYOND_THE_OUTCOME =
            Set.of("bands", "points", "protective", "duplicates", "missing", "cap", "floors", "judgement");
    private static final Set<String> GOLDEN = Set.of("examples", "mixed");

    private static final String ONLINE_REFERRAL =
            Referrals.referral("LEAD-1", 14, "FEMALE", "GATESHEAD", "ONL06:CURRENT");
    private static final String TWICE_MISSING = """
            {"referralId": "LEAD-2", "childRef": "child-lead-2", "localAuthority": "GATESHEAD",
             "referringAgency": "POLICE", "assessedAt": "2026-11-12T10:00:00Z",
             "child": {"ageYears": 14, "gender": "FEMALE", "careStatus": "NONE"},
             "missingEpisodes": [
               {"startedAt": "2026-10-14T21:00:00Z", "returnedAt": "2026-10-15T06:00:00Z", "policeRiskGrade": "LOW",
                "returnInterviewCompletedAt": "2026-10-16T15:00:00Z"},
               {"startedAt": "2026-11-01T20:00:00Z", "returnedAt": "2026-11-02T06:00:00Z", "policeRiskGrade": "LOW",
                "returnInterviewCompletedAt": "2026-11-03T12:00:00Z"}]}
            """;

    HttpJson lead() {
        return as(DemoClients.POLICY_LEAD);
    }

    @Test
    void aPolicyLeadsThreeChangesWorkFromWhatServes() {
        addAnIndicatorInATable();
        lowerTheRepeatMissingThreshold();
        rewordAnExplanation();
    }

    private void addAnIndicatorInATable() {
        assertThat(http().post("/api/v1/triage", ONLINE_REFERRAL).status())
                .as("an indicator the serving ruleset lacks")
                .isEqualTo(400);
        List<RulesetFile> files = fromWhatServes(
                "lead-change-1",
                "indicators.csv",
                csv -> csv + "ONL06,ONL,S,RISK,Asked online to keep a new contact secret from carers\n");

        List<String> broken = validatedAndActivated("lead-change-1", files, "A new online indicator");

        assertThat(broken).as("a new indicator changes no scenario's outcome").isEmpty();
        JsonNode decided = http().post("/api/v1/triage", ONLINE_REFERRAL).json();
        assertThat(decided.path("ruleset").path("version").asString()).isEqualTo("lead-change-1");
        assertThat(decided.path("score").asInt()).isPositive();
        assertThat(decided.path("riskLevel").asString()).isEqualTo("MODERATE");
        assertThat(decided.path("pathway").asString()).isEqualTo("PRE_MSET");
        List<String> byTheNewIndicator = new ArrayList<>();
        decided.path("actions").forEach(action -> {
            List<String> because = new ArrayList<>();
            action.path("because").forEach(code -> because.add(code.asString()));
            if (because.contains("ONL06")) {
                byTheNewIndicator.add(action.path("code").asString());
            }
        });
        assertThat(byTheNewIndicator)
                .as("its category's actions, with no DRL changed")
                .containsExactlyInAnyOrder("POLICE_MARKER", "SPECIALIST_SUPPORT");
    }

    private void lowerTheRepeatMissingThreshold() {
        List<RulesetFile> before = served("lead-change-1");
        List<RulesetFile> files = fromWhatServes(
                "lead-change-2",
                "settings.csv",
                csv -> csv.replace("repeat_missing_episodes,3,", "repeat_missing_episodes,2,"));

        List<String> broken = validatedAndActivated("lead-change-2", files, "Two episodes are repeat missing");

        Set<String> outcomeChanged = outcomesChanged(before, files);
        assertThat(outcomeChanged).isNotEmpty();
        assertThat(broken).containsAll(outcomeChanged);
        assertThat(broken)
                .as("beyond those whose outcome changes, only scenarios that pin the indicators or the score")
                .filteredOn(file -> !outcomeChanged.contains(file))
                .allSatisfy(file -> assertThat(kindOf(file)).isIn(union(KINDS_BEYOND_THE_OUTCOME, GOLDEN)));
        JsonNode decided = http().post("/api/v1/triage", TWICE_MISSING).json();
        List<String> aboutRepeats = new ArrayList<>();
        decided.path("explanation").path("reasons").forEach(reason -> {
            if (reason.path("text").asString().contains("or more")) {
                aboutRepeats.add(reason.path("text").asString());
            }
        });
        assertThat(aboutRepeats)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).contains("2 or more").doesNotContain("3 or more"));
        JsonNode catalogue =
                as(DemoClients.CASE_SYSTEM).get("/api/v1/indicators").json();
        assertThat(catalogue.toString()).contains("Missing 2 or more times in the last 90 days");
    }

    private void rewordAnExplanation() {
        List<RulesetFile> files = fromWhatServes(
                "lead-change-3",
                "action-rules.csv",
                csv -> csv.replace(
                        "\"Recommended: review the assessment within three months, because the risk is {level}\"",
                        "\"Recommended: the referring agency reviews this assessment within three months, as the risk"
                                + " is {level}\""));

        List<String> broken = validatedAndActivated("lead-change-3", files, "Clearer wording for reviews");

        assertThat(broken).as("wording is not an outcome").isEmpty();
        JsonNode decided = http().post("/api/v1/triage", ONLINE_REFERRAL).json();
        List<String> texts = new ArrayList<>();
        decided.path("explanation")
                .path("reasons")
                .forEach(reason -> texts.add(reason.path("text").asString()));
        assertThat(texts)
                .contains("Recommended: the referring agency reviews this assessment within three months, as the risk"
                        + " is Moderate")
                .noneMatch(text -> text.startsWith("Recommended: review the assessment"));
    }

    /** The serving ruleset downloaded, one file edited, a new version given: how a candidate is started. */
    private List<RulesetFile> fromWhatServes(String version, String fileName, UnaryOperator<String> edit) {
        List<RulesetFile> edited = new ArrayList<>();
        for (RulesetFile file : served(activeVersion())) {
            String content = file.name().equals(fileName) ? edit.apply(file.content()) : file.content();
            if (file.isProperties()) {
                content = content.replaceFirst("version=\\S+", "version=" + version);
            }
            edited.add(new RulesetFile(file.name(), content));
        }
        assertThat(edited).as("the edit changed something").isNotEqualTo(served(activeVersion()));
        return edited;
    }

    private List<RulesetFile> served(String version) {
        return RulesetFiles.fromZip(
                new ByteArrayInputStream(lead().getBytes("/api/v1/rulesets/" + version + "/files")));
    }

    private List<String> validatedAndActivated(String version, List<RulesetFile> files, String reason) {
        JsonNode validation = lead().postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(files))
                .json();
        assertThat(validation.path("usable").asBoolean())
                .as(validation.toString())
                .isTrue();
        assertThat(validation.path("warnings")).as("started from what serves").isEmpty();
        List<String> broken = CandidateActivation.brokenScenarios(validation);
        HttpJson.Answer proposed = CandidateActivation.propose(lead(), version, reason, broken);
        assertThat(proposed.status()).as(proposed.response().body()).isEqualTo(201);
        // Found by a policy lead: an approval with no note was refused for having no Content-Type.
        HttpJson.Answer approved = CandidateActivation.approveWithoutNote(
                as(DemoClients.SECOND_POLICY_LEAD),
                proposed.json().path("proposalId").asString());
        assertThat(approved.status()).as(approved.response().body()).isEqualTo(200);
        assertThat(activeVersion()).isEqualTo(version);
        return broken;
    }

    private String activeVersion() {
        return lead().get("/api/v1/rulesets")
                .json()
                .path("active")
                .path("version")
                .asString();
    }

    private static Set<String> outcomesChanged(List<RulesetFile> before, List<RulesetFile> after) {
        TriageEngine was = CandidateRulesets.engine(before);
        TriageEngine now = CandidateRulesets.engine(after);
        Set<String> changed = new TreeSet<>();
        for (Scenario scenario : ScenarioLibrary.packaged()) {
            ReplayedReferral input = ReplayedReferral.of(scenario);
            ImpactTally.difference(
                            input,
                            was.assess(scenario.referral(), scenario.intelligence()),
                            now.assess(scenario.referral(), scenario.intelligence()))
                    .ifPresent(change -> changed.add(RulesetValidator.SCENARIO_FOLDER + scenario.file()));
        }
        return changed;
    }

    private static String kindOf(String file) {
        return ScenarioKinds.kindOf(file.substring(RulesetValidator.SCENARIO_FOLDER.length()))
                .orElseThrow();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }
}
