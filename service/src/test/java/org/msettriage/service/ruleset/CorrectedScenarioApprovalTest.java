package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * A candidate carrying its own corrected version of a serving scenario: that scenario is checked only in
 * the candidate's version, so it is neither a change to accept nor one the approval writes over, and the
 * approver's card and the approved ruleset's page name it as replacing the serving one. Its own context:
 * it switches what serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=corrected-scenario-approval-test")
class CorrectedScenarioApprovalTest extends ServiceTest {

    @Test
    void aCorrectedScenarioIsNotAnAcceptedChangeAndIsNamedAsReplacingTheServingOne() throws IOException {
        RulesetFile corrected =
                CandidateRulesets.correctedFirstChange(CandidateRulesets.raisedWeight("corrected-a"), "Corrected: ");
        String changed = "scenarios/" + corrected.name();
        String name = nameOf(corrected.content());
        List<String> uncorrected = CandidateActivation.brokenScenarios(validate("uncorrected-a", List.of()));
        assertThat(uncorrected).contains(changed);

        JsonNode checked = validate("corrected-a", List.of(corrected));

        List<String> broken = CandidateActivation.brokenScenarios(checked);
        assertThat(broken).doesNotContain(changed).hasSize(uncorrected.size() - 1);
        HttpJson.Answer proposed = CandidateActivation.propose(
                as(DemoClients.POLICY_LEAD), "corrected-a", "Raise the weight, with its scenario corrected", broken);
        assertThat(proposed.status()).as(proposed.response().body()).isEqualTo(201);
        String proposal = proposed.json().path("proposalId").asString();

        String card =
                card(pages(DemoClients.SECOND_POLICY_LEAD.key()).get("/rules").body(), proposal);
        assertThat(card)
                .contains("The scenario of its own it brings", name)
                .contains("Replaces the serving scenario of the same file name with a new expectation")
                .contains("but the candidate gives")
                .contains("The " + broken.size() + " scenarios whose outcome it changes");

        HttpJson.Answer approved = CandidateActivation.approve(as(DemoClients.SECOND_POLICY_LEAD), proposal);
        assertThat(approved.status()).as(approved.response().body()).isEqualTo(200);
        assertThat(unzipped(as(DemoClients.POLICY_LEAD).getBytes("/api/v1/rulesets/corrected-a/scenarios")))
                .as("kept as its proposer wrote it")
                .containsEntry(corrected.name(), corrected.content());
        String page = pages(DemoClients.POLICY_LEAD.key())
                .get("/rules/rulesets/corrected-a")
                .body();
        String brought = page.substring(page.indexOf("id=\"brought-title\""));
        assertThat(brought)
                .contains("Scenarios it brought of its own when it was approved", name)
                .contains("replaced the scenario of the same name.")
                .contains("and is now");
        String accepted = page.substring(page.indexOf("id=\"accepted-title\""), page.indexOf("id=\"brought-title\""));
        assertThat(accepted).doesNotContain(name);
        // Approving writes only what the check found different, so a score that alone moved is all it lists.
        assertThat(accepted).doesNotContain("the order of its");
        String scoreAlone = accepted.substring(accepted.indexOf("(bands-score-6-is-emerging.json)"));
        assertThat(scoreAlone.substring(0, scoreAlone.indexOf("</ul>")))
                .containsOnlyOnce("<li")
                .contains("Score was");
    }

    private JsonNode validate(String version, List<RulesetFile> scenarios) {
        return as(DemoClients.POLICY_LEAD)
                .postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.raisedWeight(version), scenarios))
                .json();
    }

    private PageClient pages(String key) {
        PageClient pages = new PageClient("http://localhost:" + port);
        assertThat(pages.signIn(key).status()).isEqualTo(303);
        return pages;
    }

    private static String card(String home, String proposal) {
        String from = home.substring(home.indexOf("id=\"proposal-" + proposal + "\""));
        return from.substring(0, from.indexOf("</article>"));
    }

    private static String nameOf(String json) {
        // As the page gives it: an apostrophe in a name is escaped.
        return HtmlUtils.htmlEscape(HttpJson.JSON.readTree(json).path("name").asString());
    }

    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(
                        entry.getName().substring(entry.getName().indexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
