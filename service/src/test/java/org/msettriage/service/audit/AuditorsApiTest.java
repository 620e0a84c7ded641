package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The auditors' API over a store of its own: search by every filter, in order and by page, with the child
 * and referral references in headers; the whole record of a decision with its feedback and readers; the access log;
 * and subject access.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=auditors-api")
class AuditorsApiTest extends ServiceTest {

    private static final String NOTE = "seen with a man called Dex outside the takeaway";

    @Test
    void searchFiltersSortsAndPages() {
        // Only this test's decisions: the other tests of this class share its store.
        String since = "decidedFrom=" + Instant.now().minusMillis(1) + "&";
        UUID gatesheadHigh = triage("search-1", "GATESHEAD", "CSE03:CURRENT", "PULL01:CURRENT", "PUSH03:CURRENT");
        UUID sunderlandLow = triage("search-2", "SUNDERLAND", "PUSH03:HISTORIC");
        UUID gatesheadLow = triage("search-3", "GATESHEAD", "PUSH03:HISTORIC");
        HttpJson auditor = as(DemoClients.AUDITOR);

        assertThat(ids(auditor.get("/api/v1/decisions?" + since + "localAuthority=GATESHEAD&sort=decidedAt,asc")))
                .containsExactly(gatesheadHigh, gatesheadLow);
        String highLevel = level(gatesheadHigh);
        assertThat(ids(auditor.get("/api/v1/decisions?" + since + "riskLevel=" + highLevel)))
                .contains(gatesheadHigh)
                .doesNotContain(sunderlandLow);
        assertThat(ids(auditor.get("/api/v1/decisions?" + since + "sort=riskLevel,desc"))
                        .get(0))
                .isEqualTo(gatesheadHigh);
        assertThat(ids(auditor.send("GET", "/api/v1/decisions?" + since, Map.of("Mset-Child-Ref", "child-search-2"))))
                .containsExactly(sunderlandLow);
        JsonNode firstPage = auditor.get("/api/v1/decisions?" + since + "size=2&sort=decidedAt,asc")
                .json();
        assertThat(firstPage.get("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(auditor.get("/api/v1/decisions?" + since + "size=2&page=1&sort=decidedAt,asc")))
                .containsExactly(gatesheadLow);
        JsonNode summary = firstPage.get("items").get(0);
        assertThat(summary.at("/ruleset/version").asString()).isNotBlank();
        assertThat(summary.get("requestedBy").asString()).isEqualTo("API_KEY:demo-case-system");
        assertThat(summary.has("childRef")).isFalse();
        String version = summary.at("/ruleset/version").asString();
        assertThat(ids(auditor.get("/api/v1/decisions?" + since + "rulesetVersion=" + version)))
                .hasSize(3);
        assertThat(ids(auditor.get("/api/v1/decisions?" + since + "rulesetVersion=1999.1.0")))
                .isEmpty();
        assertThat(ids(auditor.get(
                        "/api/v1/decisions?decidedFrom=2000-01-01T00:00:00Z&decidedBefore=2001-01-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void aReferralReferenceInItsHeaderFindsTheDecisionOnThatReferralAndIsNotRecorded() {
        String since = "decidedFrom=" + Instant.now().minusMillis(1);
        UUID first = triage("referral-search-1", "GATESHEAD", "PUSH03:CURRENT");
        UUID second = triage("referral-search-2", "GATESHEAD", "PUSH03:CURRENT");
        HttpJson auditor = as(DemoClients.AUDITOR);

        assertThat(ids(auditor.send(
                        "GET", "/api/v1/decisions?" + since, Map.of("Mset-Referral-Ref", "referral-search-2"))))
                .containsExactly(second);
        assertThat(ids(auditor.send(
                        "GET",
                        "/api/v1/decisions?" + since,
                        Map.of("Mset-Referral-Ref", "referral-search-1", "Mset-Child-Ref", "child-referral-search-1"))))
                .containsExactly(first);
        assertThat(ids(auditor.send(
                        "GET",
                        "/api/v1/decisions?" + since,
                        Map.of("Mset-Referral-Ref", "referral-search-1", "Mset-Child-Ref", "child-referral-search-2"))))
                .isEmpty();
        assertThat(ids(auditor.send(
                        "GET", "/api/v1/decisions?" + since, Map.of("Mset-Referral-Ref", "referral-search-3"))))
                .isEmpty();
        // Summaries only, as any search answers: no one is recorded as having read either decision.
        for (UUID found : List.of(first, second)) {
            assertThat(auditor.get("/api/v1/audit/access-log?decisionId=" + found)
                            .json()
                            .get("totalItems")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void aReferralReferenceInTheAddressIsRefusedWithoutRepeatingIt() {
        HttpJson.Answer refused = as(DemoClients.AUDITOR).get("/api/v1/decisions?referralRef=SC-2026-0042");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/parameter").asString()).isEqualTo("referralRef");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("never sent in the address");
        assertThat(refused.response().body()).doesNotContain("SC-2026-0042");
    }

    @Test
    void everyWrongSearchParameterIsNamed() {
        HttpJson.Answer answer = as(DemoClients.AUDITOR)
                .get(
                        "/api/v1/decisions?riskLevel=HIGH&pathway=NOWHERE&localAuthority=LEEDS&sort=score,up&size=0&page=-1");

        assertThat(answer.status()).isEqualTo(400);
        List<String> named = new ArrayList<>();
        answer.json()
                .get("errors")
                .forEach(error -> named.add(error.get("parameter").asString()));
        assertThat(named).containsExactlyInAnyOrder("riskLevel", "pathway", "localAuthority", "sort", "size", "page");
        // A search stores nothing whatever its parameters: the problem says what it did not do.
        assertThat(answer.json().get("detail").asString()).isEqualTo("6 problems were found; nothing was looked up.");
    }

    @Test
    void aParameterTheOperationDoesNotTakeIsRefusedNotIgnored() {
        // Ignored, ?childRef= would answer every decision, unfiltered, with the reference in the address.
        HttpJson.Answer byChild = as(DemoClients.AUDITOR).get("/api/v1/decisions?childRef=child-7f3a&riskLevel=NONE");

        assertThat(byChild.status()).isEqualTo(400);
        JsonNode error = byChild.json().get("errors").get(0);
        assertThat(error.get("parameter").asString()).isEqualTo("childRef");
        assertThat(error.get("message").asString())
                .contains("is never sent in the address")
                .doesNotContain("child-7f3a");
        assertThat(byChild.json().get("errors")).hasSize(1);

        HttpJson.Answer misspelt = as(DemoClients.AUDITOR).get("/api/v1/decisions?riskLevl=NONE");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("errors").get(0).get("message").asString())
                .startsWith("is not a parameter of this operation, which takes ")
                .contains("riskLevel");
        // Every operation, not only the search.
        assertThat(as(DemoClients.AUDITOR).get("/api/v1/audit/verify?full=true").status())
                .isEqualTo(400);
        // Without a credential the caller learns nothing of the operation: 401 first.
        assertThat(anonymous().get("/api/v1/decisions?childRef=x").status()).isEqualTo(401);
    }

    @Test
    void aParameterGivenWithoutAValueIsRefusedNotReadAsNoFilter() {
        // An integrator's trial: ?riskLevel= (an address built from an empty variable) answered every decision.
        for (String query :
                new String[] {"riskLevel=", "riskLevel", "size=", "sort=&riskLevel=NONE", "riskLevel=%20"}) {
            HttpJson.Answer empty = as(DemoClients.AUDITOR).get("/api/v1/decisions?" + query);

            assertThat(empty.status()).as(query).isEqualTo(400);
            JsonNode error = empty.json().get("errors").get(0);
            assertThat(error.get("parameter").asString())
                    .isEqualTo(query.substring(0, query.indexOf('=') < 0 ? query.length() : query.indexOf('=')));
            assertThat(error.get("message").asString()).startsWith("is given without a value");
        }
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions?riskLevel=NONE")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theRecordCarriesTheReferralFeedbackAndEveryReader() {
        UUID id = triageWithNote("record-1");
        HttpJson caseSystem = http();
        HttpJson.Answer accepted = caseSystem.post(
                "/api/v1/decisions/" + id + "/feedback",
                "{\"outcome\": \"OVERRIDDEN\", \"reasonCode\": \"NEW_INFORMATION\", \"comment\": \"police intelligence since\"}");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().has("comment")
                        && !accepted.json().get("comment").isNull())
                .as("a case system never gets a comment back")
                .isFalse();
        caseSystem.send("GET", "/api/v1/decisions/" + id, Map.of("Mset-Access-Reason", "practitioner follow-up"));

        JsonNode record = as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/decisions/" + id + "/record", Map.of("Mset-Access-Reason", "quarterly audit"))
                .json();

        assertThat(record.at("/summary/decisionId").asString()).isEqualTo(id.toString());
        assertThat(record.at("/summary/latestFeedback").asString()).isEqualTo("OVERRIDDEN");
        assertThat(record.at("/decision/childRef").asString()).isEqualTo("child-record-1");
        assertThat(record.at("/referral/indicators/0/note").asString()).isEqualTo(NOTE);
        assertThat(record.at("/feedback/0/reasonCode").asString()).isEqualTo("NEW_INFORMATION");
        assertThat(record.at("/feedback/0/comment").asString()).isEqualTo("police intelligence since");
        assertThat(record.at("/feedback/0/recordedBy").asString()).isEqualTo("API_KEY:demo-case-system");
        assertThat(record.get("views")).hasSize(2);
        assertThat(record.at("/views/0/accessedBy").asString()).isEqualTo("API_KEY:demo-auditor");
        assertThat(record.at("/views/0/reason").asString()).isEqualTo("quarterly audit");
        assertThat(record.at("/views/1/accessedBy").asString()).isEqualTo("API_KEY:demo-case-system");
        assertThat(record.at("/views/1/channel").asString()).isEqualTo("API");
        assertThat(record.at("/views/1/reason").asString()).isEqualTo("practitioner follow-up");
        assertThat(record.at("/integrity/state").asString()).isIn("INTACT", "AWAITING_SEAL");

        JsonNode log = as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?decisionId=" + id)
                .json();
        assertThat(log.get("totalItems").asLong()).isEqualTo(2);
        assertThat(log.at("/items/0/reason").asString()).isEqualTo("quarterly audit");
    }

    @Test
    void feedbackIsRefusedWithEveryProblemNamedAndOnlyOnTheCallersOwnDecisions() {
        UUID id = triage("feedback-1", "NEWCASTLE", "PUSH03:CURRENT");

        HttpJson.Answer incomplete =
                http().post("/api/v1/decisions/" + id + "/feedback", "{\"outcome\": \"OVERRIDDEN\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        incomplete
                .json()
                .get("errors")
                .forEach(error -> pointers.add(error.get("pointer").asString()));
        assertThat(pointers).containsExactlyInAnyOrder("/reasonCode", "/comment");
        HttpJson.Answer acceptedWithCode = http().post(
                        "/api/v1/decisions/" + id + "/feedback",
                        "{\"outcome\": \"ACCEPTED\", \"reasonCode\": \"OTHER\"}");
        assertThat(acceptedWithCode.status()).isEqualTo(400);
        HttpJson.Answer unknown =
                http().post("/api/v1/decisions/" + UUID.randomUUID() + "/feedback", "{\"outcome\": \"ACCEPTED\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions/" + id + "/record")
                        .json()
                        .get("feedback"))
                .as("nothing refused was kept")
                .isEmpty();
        assertThat(http().post("/api/v1/decisions/" + id + "/feedback", "{\"outcome\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void subjectAccessExportsEveryDecisionAboutTheChildAndLogsEachRead() {
        UUID first = triageWithNote("subject-a");
        UUID second = triageWithNote("subject-a");
        triageWithNote("subject-b");

        HttpJson.Answer export = as(DemoClients.AUDITOR)
                .post(
                        "/api/v1/audit/subject-access",
                        "{\"childRef\": \"child-subject-a\", \"reason\": \"SAR 2026-77\"}");

        assertThat(export.status()).isEqualTo(200);
        JsonNode body = export.json();
        assertThat(body.get("childRef").asString()).isEqualTo("child-subject-a");
        assertThat(body.get("generatedBy").asString()).isEqualTo("API_KEY:demo-auditor");
        List<String> exported = new ArrayList<>();
        body.get("decisions")
                .forEach(record -> exported.add(record.at("/summary/decisionId").asString()));
        assertThat(exported).containsExactly(first.toString(), second.toString());
        assertThat(body.at("/decisions/0/referral/indicators/0/note").asString())
                .isEqualTo(NOTE);
        JsonNode log = as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?decisionId=" + first)
                .json();
        assertThat(log.at("/items/0/channel").asString()).isEqualTo("SUBJECT_ACCESS");
        assertThat(log.at("/items/0/reason").asString()).isEqualTo("SAR 2026-77");
    }

    private UUID triage(String id, String localAuthority, String... indicators) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(id, 14, "FEMALE", localAuthority, indicators));
        assertThat(answer.status()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    /** A referral with free text in a note; the child reference is "child-" and the suffix. */
    private UUID triageWithNote(String childSuffix) {
        String referral = Referrals.referral(childSuffix, 15, "MALE", "SUNDERLAND", "CSE03:CURRENT")
                .replace("\"recency\": \"CURRENT\"}", "\"recency\": \"CURRENT\", \"note\": \"" + NOTE + "\"}");
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private String level(UUID id) {
        return as(DemoClients.AUDITOR)
                .get("/api/v1/decisions/" + id)
                .json()
                .get("riskLevel")
                .asString();
    }

    private static List<UUID> ids(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        answer.json()
                .get("items")
                .forEach(item -> ids.add(UUID.fromString(item.get("decisionId").asString())));
        return ids;
    }

    // The access log narrowed to one reader (the pages' filter), found by name or by "method:name" in any
    // case, through the index on the name in lower case that the database keeps itself (migration 40).

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderIsFoundByNameOrMethodAndNameInAnyCase() {
        UUID decision = UUID.randomUUID();
        accessLog.record(decision, caller(Caller.Method.API_KEY, "Reader-Filter-Auditor"), AccessLog.Channel.API, null);
        accessLog.record(decision, caller(Caller.Method.JWT, "reader-filter-auditor"), AccessLog.Channel.API, null);
        accessLog.record(decision, caller(Caller.Method.JWT, "idp:reader-filter"), AccessLog.Channel.API, null);

        assertThat(readers("reader-filter-auditor"))
                .containsExactlyInAnyOrder("API_KEY:Reader-Filter-Auditor", "JWT:reader-filter-auditor");
        assertThat(readers(" API_KEY:READER-FILTER-AUDITOR ")).containsExactly("API_KEY:Reader-Filter-Auditor");
        assertThat(readers("jwt:Reader-Filter-Auditor")).containsExactly("JWT:reader-filter-auditor");
        // A token's subject may hold a colon of its own: found whole, and after its method.
        assertThat(readers("IDP:reader-filter")).containsExactly("JWT:idp:reader-filter");
        assertThat(readers("jwt:idp:reader-filter")).containsExactly("JWT:idp:reader-filter");
        assertThat(readers("reader-filter")).isEmpty();
        assertThat(readers("api_key:idp:reader-filter")).isEmpty();
    }

    @Test
    void theLowerCaseNameFollowsTheSealedOneWhateverWritesIt() {
        UUID read = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision_access (access_id, decision_id, accessed_at, caller_method, caller_name, channel)
                VALUES (:id, :decision, CURRENT_TIMESTAMP, 'API_KEY', 'Written-Elsewhere', 'API')
                """).param("id", read).param("decision", UUID.randomUUID()).update();

        assertThat(lowerName(read)).isEqualTo("written-elsewhere");
        jdbc.sql("UPDATE decision_access SET caller_name = 'Changed-Later' WHERE access_id = :id")
                .param("id", read)
                .update();
        assertThat(lowerName(read)).isEqualTo("changed-later");
        jdbc.sql("DELETE FROM decision_access WHERE access_id = :id")
                .param("id", read)
                .update();
    }

    @Test
    void theNamesSearchedForAreTheWholeAndWhatFollowsTheFirstColon() {
        assertThat(AccessLog.namesOf(null)).isNull();
        assertThat(AccessLog.namesOf("demo-auditor")).containsExactly("demo-auditor");
        assertThat(AccessLog.namesOf("jwt:idp:x")).containsExactly("jwt:idp:x", "idp:x");
    }

    private List<String> readers(String reader) {
        return accessLog.page(new AccessLog.Filter(null, null, reader, null, null), 0, 50).items().stream()
                .map(AccessLog.Entry::accessedBy)
                .toList();
    }

    private String lowerName(UUID read) {
        return jdbc.sql("SELECT caller_name_lower FROM decision_access WHERE access_id = :id")
                .param("id", read)
                .query(String.class)
                .single();
    }

    private static Caller caller(Caller.Method method, String name) {
        return new Caller(method, name, Set.of(Role.AUDITOR));
    }
}
