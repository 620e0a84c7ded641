package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * "Opened ...").
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

    private UUID triage(String id) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(id, 14, "FEMALE", "GATESHEAD", "PUSH03:CURRENT"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    /** The channels of the decision's entries as the API's access log gives them, newest first. */
    private List<String> apiChannels(UUID decision) {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).get("/api/v1/audit/access-log?decisionId=" + decision);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        List<String> channels = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            channels.add(item.get("channel").asString());
        }
        return channels;
    }

    private PageClient pages() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());
        return pages;
    }
}
