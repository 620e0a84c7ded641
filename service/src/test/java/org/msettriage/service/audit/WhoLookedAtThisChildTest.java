package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * "Who looked at this child?": the access log narrowed to one child (by the reference the search takes,
 * compared by its keyed hash) and to one reader, with the other filters, through the API and on the page.
 * Such a read shows who looked at the child and why, so it needs a reason and is itself recorded.
 */
class WhoLookedAtThisChildTest extends ServiceTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String WHY = "Complaint 2026-31 about who read this child's record";

    @Test
    void theApiNarrowsTheLogToOneChildAndOneReaderAndRecordsThatRead() {
        String child = "who-looked-" + UUID.randomUUID();
        UUID first = triage(child, "who-looked-a-" + UUID.randomUUID());
        UUID second = triage(child, "who-looked-b-" + UUID.randomUUID());
        UUID otherChild = triage("someone-else-" + UUID.randomUUID(), "who-looked-c-" + UUID.randomUUID());
        for (UUID decision : List.of(first, second, otherChild)) {
            assertThat(as(DemoClients.AUDITOR)
                            .get("/api/v1/decisions/" + decision + "/record")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(http().get("/api/v1/decisions/" + first).status()).isEqualTo(200);

        // Without a reason: refused, naming the header, and nothing read or logged.
        long before = entries(first).size();
        HttpJson.Answer refused = anonymous()
                .as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/audit/access-log", Map.of("Mset-Child-Ref", child));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("parameter").asString())
                .isEqualTo("Mset-Access-Reason");
        assertThat(refused.response().body()).doesNotContain(child);
        assertThat(entries(first)).hasSize((int) before);

        JsonNode byChild = childLog(child, "");
        assertThat(decisionIds(byChild)).containsOnly(first.toString(), second.toString());
        assertThat(byChild.get("totalItems").asLong()).isEqualTo(3);
        // That read is itself in the log: once per decision it listed, with the reason, as a listing.
        assertThat(entries(first)).anySatisfy(entry -> {
            assertThat(entry.get("channel").asString()).isEqualTo("ACCESS_LOG");
            assertThat(entry.get("reason").asString()).isEqualTo(WHY);
            assertThat(entry.get("accessedBy").asString()).isEqualTo("API_KEY:demo-auditor");
        });
        assertThat(entries(otherChild))
                .noneMatch(entry -> WHY.equals(entry.path("reason").asString()));

        // Combined with a reader (as recorded, or as the API names it) and a decision.
        JsonNode byCaseSystem = childLog(child, "?accessedBy=demo-case-system");
        assertThat(byCaseSystem.get("items")).hasSize(1);
        assertThat(byCaseSystem.get("items").get(0).get("decisionId").asString())
                .isEqualTo(first.toString());
        assertThat(childLog(child, "?accessedBy=API_KEY:DEMO-CASE-SYSTEM&decisionId=" + second)
                        .get("totalItems")
                        .asLong())
                .isZero();
        JsonNode readerOnly = as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?accessedBy=demo-case-system&decisionId=" + first)
                .json();
        assertThat(readerOnly.get("totalItems").asLong()).isEqualTo(1);

        HttpJson.Answer tooLong = as(DemoClients.AUDITOR).get("/api/v1/audit/access-log?accessedBy=" + "x".repeat(267));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("parameter").asString())
                .isEqualTo("accessedBy");
    }

    @Test
    void thePageNarrowsTheLogToOneChildOnlyOnceTheAuditorSaysWhy() {
        String child = "page-looked-" + UUID.randomUUID();
        UUID decision = triage(child, "page-looked-a-" + UUID.randomUUID());
        UUID otherChild = triage("page-someone-else-" + UUID.randomUUID(), "page-looked-b-" + UUID.randomUUID());
        for (UUID read : List.of(decision, otherChild)) {
            assertThat(as(DemoClients.AUDITOR)
                            .get("/api/v1/decisions/" + read + "/record")
                            .status())
                    .isEqualTo(200);
        }
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());

        PageClient.Page noReason = post(pages, child, "");
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(noReason.body()))
                .contains("Error: Access log", "Say why you are looking")
                .doesNotContain(decision.toString());

        PageClient.Page posted = post(pages, child, WHY);
        assertThat(posted.status()).isIn(302, 303);
        String location = posted.header("Location");
        assertThat(location).doesNotContain(child).containsPattern("child=[0-9a-f]{64}");
        String shown = HtmlUtils.htmlUnescape(
                pages.get(location.substring(location.indexOf("/audit/"))).body());
        assertThat(shown)
                .contains(decision.toString(), "Only the reads of the decisions about the child reference you entered.")
                .contains("Your reading of this list is recorded in the access log")
                .doesNotContain(otherChild.toString(), child);
        assertThat(entries(decision))
                .anySatisfy(entry -> assertThat(entry.get("reason").asString()).isEqualTo(WHY));

        String byReader = HtmlUtils.htmlUnescape(
                pages.get(location.substring(location.indexOf("/audit/")) + "&reader=nobody-at-all")
                        .body());
        assertThat(byReader).contains("0 reads", "by nobody-at-all");
        assertThat(refused(pages, "/audit/access-log?child=not-a-hash"))
                .contains("Child reference is not one this page made");
    }

    @Test
    void thePageNarrowsTheLogToTheDaysOfTheReads() {
        UUID decision = triage("days-" + UUID.randomUUID(), "days-a-" + UUID.randomUUID());
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions/" + decision + "/record")
                        .status())
                .isEqualTo(200);
        // Days as the reports' zone counts them (Europe/London unless configured).
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());
        String log = "/audit/access-log?decision=" + decision;

        assertThat(shown(pages, log + "&from=" + today + "&to=" + today))
                .contains(
                        "1 read",
                        "Only the reads of decision " + decision + ", from " + DAY.format(today) + " to "
                                + DAY.format(today) + " inclusive.",
                        // Printed in each page's margin with the list, the forms being left off the paper.
                        "Access log · printed by demo-auditor at ")
                .contains("Read from", "Read to (inclusive)");
        assertThat(shown(pages, log + "&to=" + today)).contains("1 read", "up to " + DAY.format(today) + " inclusive");
        assertThat(shown(pages, log + "&from=" + today.plusDays(1))).contains("0 reads");
        assertThat(shown(pages, log + "&to=" + today.minusDays(1))).contains("0 reads");
        assertThat(refused(pages, log + "&from=21-11-2026"))
                .contains("Error: Access log", "Read from must be a date, such as 2026-11-21.");
        assertThat(refused(pages, log + "&from=" + today + "&to=" + today.minusDays(1)))
                .contains("Read to must be the same day as Read from or later.");
    }

    @Test
    void aChildReferenceInThePagesAddressIsRefusedNotIgnored() {
        // Found in an auditor's trial: ignored, it listed every read and every decision as if of that child.
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());

        assertThat(refused(pages, "/audit/access-log?childRef=trial-child-ALPHA"))
                .contains("Child reference is never taken from the page's address")
                .doesNotContain("trial-child-ALPHA");
        assertThat(refused(pages, "/audit/decisions?childRef=trial-child-ALPHA"))
                .contains("Child reference is never taken from the page's address")
                .doesNotContain("trial-child-ALPHA");
    }

    @Test
    void aReferralReferenceOrAnyNameThePageDoesNotReadIsRefusedNotIgnored() {
        // Found in an auditor's trial: ?referralRef= listed 29 decisions of other children, each recorded as read.
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());

        for (String search : List.of("/audit/decisions", "/audit/access-log")) {
            assertThat(refused(pages, search + "?referralRef=REF-TRIAL-0412"))
                    .contains("Referral reference is never taken from the page's address")
                    .doesNotContain("REF-TRIAL-0412");
            assertThat(refused(pages, search + "?riskLevel2=HIGH&page=1"))
                    .contains("The page's address holds \u201criskLevel2\u201d, which this page does not read");
            assertThat(refused(pages, search + "?REF-TRIAL-0412"))
                    .contains("The page's address holds a name, which this page does not read")
                    .doesNotContain("REF-TRIAL-0412");
        }
        assertThat(refused(pages, "/audit/access-log?page=abc")).contains("Page must be a whole number, 1 or more.");
        assertThat(refused(pages, "/audit/access-log?page=-1")).contains("Page must be a whole number, 1 or more.");
    }

    /** A page that could not do what its address asked: said on the page, answered 400. */
    private static String refused(PageClient pages, String address) {
        PageClient.Page page = pages.get(address);
        assertThat(page.status()).isEqualTo(400);
        return HtmlUtils.htmlUnescape(page.body());
    }

    private static String shown(PageClient pages, String address) {
        PageClient.Page page = pages.get(address);
        assertThat(page.status()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(page.body());
    }

    private PageClient.Page post(PageClient pages, String childRef, String purpose) {
        String token = pages.get("/audit/access-log").formToken();
        return pages.post("/audit/access-log", Map.of("_csrf", token, "childRef", childRef, "purpose", purpose));
    }

    private JsonNode childLog(String child, String query) {
        HttpJson.Answer answer = anonymous()
                .as(DemoClients.AUDITOR)
                .send(
                        "GET",
                        "/api/v1/audit/access-log" + query,
                        Map.of("Mset-Child-Ref", child, "Mset-Access-Reason", WHY));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> decisionIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("decisionId").asString()));
        return ids;
    }

    private List<JsonNode> entries(UUID decision) {
        List<JsonNode> entries = new ArrayList<>();
        as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?decisionId=" + decision)
                .json()
                .get("items")
                .forEach(entries::add);
        return entries;
    }

    private UUID triage(String childRef, String referralId) {
        String referral = Referrals.referral(referralId, 14, "FEMALE", "GATESHEAD", "PUSH03:CURRENT")
                .replace("\"childRef\": \"child-" + referralId + "\"", "\"childRef\": \"" + childRef + "\"");
        assertThat(referral).contains(childRef);
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }
}
