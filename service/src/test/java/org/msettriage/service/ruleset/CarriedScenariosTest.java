package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.msettriage.service.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * What a candidate carries in its scenarios/ folder: a corrected upload of the same version replaces it,
 * and on approval it is laid over the serving set as it is then, with the accepted changes written in.
 * Its own context: it switches what serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=carried-scenarios-test")
class CarriedScenariosTest extends ServiceTest {

    private static final String FILE = "actions-cawn-consider-age-15-cse02.json";

    HttpJson lead() {
        return as(DemoClients.POLICY_LEAD);
    }

    @Test
    void whatACandidateCarriesIsReplacedByItsLatestUploadAndLaidOverTheServingSetOnApproval() throws IOException {
        String packaged = Files.readString(TestData.ROOT.resolve("scenarios/" + FILE));
        String first = packaged.replace("\"name\": \"", "\"name\": \"First: ");
        String corrected = packaged.replace("\"name\": \"", "\"name\": \"Corrected: ");
        JsonNode firstUpload = validate("carried-a", List.of(new RulesetFile("added-first.json", first)));
        JsonNode secondUpload = validate("carried-a", List.of(new RulesetFile("added-second.json", corrected)));
        assertThat(firstUpload.path("usable").asBoolean()).isTrue();

        Map<String, String> beforeApproval = unzipped(lead().getBytes("/api/v1/rulesets/carried-a/scenarios"));
        assertThat(beforeApproval).containsKey("added-second.json").doesNotContainKey("added-first.json");

        HttpJson.Answer approved = CandidateActivation.activate(
                lead(),
                as(DemoClients.SECOND_POLICY_LEAD),
                "carried-a",
                "Raise the weight, with a scenario of our own",
                CandidateActivation.brokenScenarios(secondUpload));
        assertThat(approved.status()).as(approved.response().body()).isEqualTo(200);

        Map<String, String> approvedSet = unzipped(lead().getBytes("/api/v1/rulesets/carried-a/scenarios"));
        Map<String, String> packagedSet =
                unzipped(lead().getBytes("/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/scenarios"));
        assertThat(approvedSet).hasSize(packagedSet.size() + 1).containsEntry("added-second.json", corrected);
        JsonNode copy = lead().postZip(
                        "/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("carried-b")))
                .json();
        assertThat(copy.path("brokenScenarios"))
                .as("the accepted changes travel with carried-a")
                .isEmpty();
        assertThat(copy.path("scenariosRun").asInt()).isEqualTo(packagedSet.size() + 1);
    }

    @Test
    void whileAProposalAwaitsReviewTheScenariosItWasProposedWithCannotBeSwapped() throws IOException {
        // A policy lead's trial replaced its own scenario under an open proposal; the approval took the new one.
        String packaged = Files.readString(TestData.ROOT.resolve("scenarios/" + FILE));
        List<RulesetFile> proposedWith =
                List.of(new RulesetFile("ours.json", packaged.replace("\"name\": \"", "\"name\": \"Ours: ")));
        JsonNode checked = validate("carried-pending", proposedWith);
        HttpJson.Answer proposed = CandidateActivation.propose(
                lead(), "carried-pending", "Raise the weight", CandidateActivation.brokenScenarios(checked));
        assertThat(proposed.status()).as(proposed.response().body()).isEqualTo(201);

        JsonNode swapped = validate(
                "carried-pending",
                List.of(new RulesetFile("ours.json", packaged.replace("\"name\": \"", "\"name\": \"Swapped: "))));

        assertThat(swapped.path("usable").asBoolean()).isFalse();
        assertThat(swapped.path("problems").get(0).path("message").asString())
                .contains("a proposal to activate carried-pending awaits review")
                .contains("withdraw that proposal (or have it rejected) before changing them");
        assertThat(unzipped(lead().getBytes("/api/v1/rulesets/carried-pending/scenarios")))
                .as("nothing was changed")
                .containsEntry("ours.json", proposedWith.get(0).content());
        assertThat(validate("carried-pending", proposedWith).path("usable").asBoolean())
                .as("the same scenarios again are still a usable check")
                .isTrue();
    }

    private JsonNode validate(String version, List<RulesetFile> scenarios) {
        return lead().postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.raisedWeight(version), scenarios))
                .json();
    }

    private static Map<String, String> unzipped(byte[] zip) {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(
                        entry.getName().substring(entry.getName().indexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
