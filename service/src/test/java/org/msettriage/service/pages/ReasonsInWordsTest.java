package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Why, step by step" on the decision report and the subject access report reads in words for the
 * README's referral and the policy's repeat-missing example: an indicator code shows only after its
 * title, and the stored answer keeps the ruleset's sentence as it was.
 */
class ReasonsInWordsTest extends ServiceTest {

    private static final String CSE03 = "Seen getting into or out of vehicles driven by unknown adults";
    private static final String MIS02 = "Missing 3 or more times in the last 90 days (derived from missing episodes)";
    private static final String MIS04 =
            "Found with an adult of concern or at an address of concern while missing (derived)";

    /** A code a reader meets bare: not just after "Title (" and not a tier letter. */
    private static final Pattern BARE = Pattern.compile("(?<!\\()\\b[A-Z]{2,5}\\d{2}\\b|\\btier [A-Z]{1,2}\\b");

    @Test
    void theReadmesReferralReadsInWordsOnTheDecisionReport() throws IOException {
        JsonNode stored = triaged(readmeReferral());
        String why = whyStepByStep(decisionPage(stored.get("decisionId").asString()));

        assertThat(stored.toString())
                .as("the answer keeps the ruleset's sentence")
                .contains("shown by CSE03");
        assertThat(why)
                .contains("Sexual exploitation: shown by " + CSE03 + " (CSE03)")
                .contains(CSE03 + " (CSE03, significant tier, current): +5");
        assertNoBareCodes(why);
    }

    @Test
    void theRepeatMissingExampleReadsInWordsOnTheSubjectAccessReport() {
        JsonNode scenario = JsonMapper.shared()
                .readTree(TestData.read("scenarios/examples-repeat-missing-found-with-adult-in-car.json"));
        JsonNode stored = triaged(scenario.get("request").toString());
        PageClient auditor = signedIn();
        PageClient.Page report = auditor.post(
                "/audit/subject-access",
                Map.of(
                        "_csrf", auditor.get("/audit/subject-access").formToken(),
                        "childRef", stored.get("childRef").asString(),
                        "reason", "Subject access request 41"));
        assertThat(report.status()).isEqualTo(200);
        String why = whyStepByStep(report.body());

        assertThat(stored.toString()).contains("Missing: shown by MIS02, MIS04");
        assertThat(why)
                .contains("Missing: shown by " + MIS02 + " (MIS02), " + MIS04 + " (MIS04)")
                .contains(MIS04 + " (MIS04, critical tier, current, from the missing episodes): +5");
        assertNoBareCodes(why);
    }

    private JsonNode triaged(String referral) {
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.json();
    }

    private String decisionPage(String id) {
        PageClient auditor = signedIn();
        String path = "/audit/decisions/" + id;
        String purpose = "/audit/purpose?next=" + path;
        auditor.post(purpose, Map.of("_csrf", auditor.get(purpose).formToken(), "purpose", "Quarterly audit"));
        PageClient.Page page = auditor.get(path);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private PageClient signedIn() {
        PageClient auditor = new PageClient("http://localhost:" + port);
        auditor.signIn(DemoClients.AUDITOR.key());
        return auditor;
    }

    /** The section's text, tags dropped, from its heading to the next heading of its level. */
    private static String whyStepByStep(String html) {
        Matcher section = Pattern.compile("Why, step by step</h[23]>(.*?)<h[23]", Pattern.DOTALL)
                .matcher(html);
        assertThat(section.find()).as("a Why, step by step section").isTrue();
        return section.group(1)
                // A rule's id, kept as the small reference an auditor matches to the fired rules, is not wording.
                .replaceAll("(?s)<td class=\"quiet rule-id\".*?</td>", "")
                .replaceAll("(?s)<span class=\"rule-ref\"[^>]*>.*?</span>", "")
                .replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }

    private static void assertNoBareCodes(String text) {
        assertThat(BARE.matcher(text).results().map(found -> found.group()).toList())
                .as("codes shown bare in: " + text)
                .isEmpty();
    }

    private static String readmeReferral() throws IOException {
        String readme = Files.readString(TestData.ROOT.resolveSibling("README.md"));
        Matcher body = Pattern.compile("api/v1/triage .*?-d '\\n(\\{.*?\\n})\\s*'", Pattern.DOTALL)
                .matcher(readme);
        assertThat(body.find()).as("the README's triage call").isTrue();
        return body.group(1);
    }
}
