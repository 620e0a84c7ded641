package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.ruleset.Referrals;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.msettriage.service.words.CodeWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The access log says what happened: the database takes every channel the service records and no other,
 * and the API and the auditors' pages name each, the pages in words ("Listed in search results" against
 * "Opened ..."). A listing is recorded when it shows something read from the decision (the search page's
 * reference and first sentence, once the auditor has said why), on the page and through the API alike:
 * the API's search gives summaries only, and records nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=access-channels")
class AccessChannelsTest extends ServiceTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChannelIsKeptShownByTheApiAndToldInWordsOnThePages() {
        UUID decision = triage("channels-1");
        Caller auditor = new Caller(Caller.Method.API_KEY, "demo-auditor", Set.of(Role.AUDITOR));
        for (AccessLog.Channel channel : AccessLog.Channel.values()) {
            accessLog.record(decision, auditor, channel, "channel " + channel);
        }
        List<String> every =
                Arrays.stream(AccessLog.Channel.values()).map(Enum::name).toList();

        assertThat(accessLog.ofDecision(decision))
                .extracting(AccessLog.Entry::channel)
                .containsExactlyInAnyOrderElementsOf(every);
        // No other value: an entry naming a channel the service does not know would read as nothing.
        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO decision_access (access_id, decision_id, accessed_at, caller_method,
                                                             caller_name, channel)
                                VALUES (:id, :decision, CURRENT_TIMESTAMP, 'API_KEY', 'demo-auditor', 'OPENED')
                                """)
                        .param("id", UUID.randomUUID())
                        .param("decision", decision)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(apiChannels(decision)).containsExactlyInAnyOrderElementsOf(every);
        String log = pages().get("/audit/access-log?decision=" + decision).body();
        for (AccessLog.Channel channel : AccessLog.Channel.values()) {
            assertThat(HtmlUtils.htmlUnescape(log)).contains(CodeWords.channel(channel));
        }
        assertThat(CodeWords.channel(AccessLog.Channel.SEARCH_RESULTS)).startsWith("Listed in search results");
        assertThat(CodeWords.channel(AccessLog.Channel.DECISION_PAGE)).startsWith("Opened");
        assertThat(CodeWords.channel(AccessLog.Channel.API)).startsWith("Opened");
        assertThat(CodeWords.channel(AccessLog.Channel.PAGE))
                .as("an entry recorded before the two were told apart says it may be either")
                .contains("opened, or only listed in search results");
    }

    @Test
    void aDecisionListedInSearchResultsIsRecordedAsListedNotAsOpened() {
        UUID listed = triage("channels-listed");
        PageClient pages = pages();

        // Before the auditor says why, a row shows only the summary's columns: nothing read, nothing recorded.
        String unread = search(pages, "child-channels-listed", "").body();
        assertThat(unread).contains(listed.toString(), "Not shown yet");
        assertThat(apiLog(listed)).isEmpty();

        String shown =
                search(pages, "child-channels-listed", "Complaint 2026-81").body();
        assertThat(shown)
                .as("the row shows its referral reference, read from the decision")
                .contains(listed.toString(), "title=\"channels-listed\"")
                .contains("recorded in the access log as listed in search results");
        List<JsonNode> entries = apiLog(listed);
        assertThat(entries).extracting(entry -> entry.get("channel").asString()).containsExactly("SEARCH_RESULTS");
        assertThat(entries.get(0).get("reason").asString()).isEqualTo("Complaint 2026-81");
        assertThat(accessLog.ofDecision(listed))
                .extracting(AccessLog.Entry::channel)
                .containsExactly("SEARCH_RESULTS");
        String log = HtmlUtils.htmlUnescape(
                pages.get("/audit/access-log?decision=" + listed).body());
        assertThat(log)
                .contains("Listed in search results", "Complaint 2026-81")
                .doesNotContain("Opened on", "On an auditor's page");
    }

    @Test
    void openingADecisionIsRecordedAsOpenedApartFromItsListing() {
        UUID decision = triage("channels-opened");
        PageClient pages = pages();
        search(pages, "child-channels-opened", "Quarterly case audit");

        PageClient.Page opened = pages.get("/audit/decisions/" + decision);

        assertThat(opened.status()).isEqualTo(200);
        assertThat(apiChannels(decision)).containsExactlyInAnyOrder("DECISION_PAGE", "SEARCH_RESULTS");
        // Who has read it, on the decision page itself (this view included), and in the access log.
        assertThat(HtmlUtils.htmlUnescape(opened.body()))
                .contains("Opened on the auditors' decision page", "Listed in search results")
                .doesNotContain("On an auditor's page");
        assertThat(HtmlUtils.htmlUnescape(
                        pages.get("/audit/access-log?decision=" + decision).body()))
                .contains("Opened on the auditors' decision page", "Listed in search results");
        // And the whole record through the API: the pages' two entries, and this read, opened.
        JsonNode record = as(DemoClients.AUDITOR)
                .get("/api/v1/decisions/" + decision + "/record")
                .json();
        List<String> views = new ArrayList<>();
        record.get("views").forEach(view -> views.add(view.get("channel").asString()));
        assertThat(views).containsExactlyInAnyOrder("API", "DECISION_PAGE", "SEARCH_RESULTS");
    }

    @Test
    void anApiSearchRecordsNothingAsThePageRecordsNothingForARowShowingNoContent() {
        UUID decision = triage("channels-api-search");

        HttpJson.Answer found = as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/decisions", Map.of("Mset-Child-Ref", "child-channels-api-search"));

        assertThat(found.status()).as(found.response().body()).isEqualTo(200);
        JsonNode summary = found.json().get("items").get(0);
        assertThat(summary.get("decisionId").asString()).isEqualTo(decision.toString());
        // A summary is what the page shows of a row before the auditor says why: the outcome and who asked,
        // nothing read from the decision, so a listing of it is recorded on neither.
        assertThat(summary.has("referralId") || summary.has("summary") || summary.has("childRef"))
                .isFalse();
        assertThat(apiLog(decision)).isEmpty();
        assertThat(search(pages(), "child-channels-api-search", "").body()).contains(decision.toString());
        assertThat(apiLog(decision)).isEmpty();
    }

    /** The reference search form sent with a child reference and a reason, and the results it leads to. */
    private static PageClient.Page search(PageClient pages, String childRef, String purpose) {
        String token = pages.get("/audit/decisions").formToken();
        PageClient.Page posted =
                pages.post("/audit/decisions", Map.of("_csrf", token, "childRef", childRef, "purpose", purpose));
        assertThat(posted.status()).as(posted.body()).isIn(302, 303);
        String location = posted.header("Location");
        PageClient.Page results = pages.get(location.substring(location.indexOf("/audit/")));
        assertThat(results.status()).isEqualTo(200);
        return results;
    }

    private UUID triage(String id) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(id, 14, "FEMALE", "GATESHEAD", "PUSH03:CURRENT"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    /** The channels of the decision's entries as the API's access log gives them, newest first. */
    private List<String> apiChannels(UUID decision) {
        return apiLog(decision).stream()
                .map(entry -> entry.get("channel").asString())
                .toList();
    }

    /** The decision's entries as the API's access log gives them, newest first. */
    private List<JsonNode> apiLog(UUID decision) {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).get("/api/v1/audit/access-log?decisionId=" + decision);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        answer.json().get("items").forEach(entries::add);
        return entries;
    }

    private PageClient pages() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());
        return pages;
    }
}
