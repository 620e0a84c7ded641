package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.ApiDocument.Operation;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every operation of the API document, called with no credential, a refused one, and each role's key:
 * only the roles the document names for it ({@code x-mset-roles}) get through, the rest get 403, and
 * callers without an accepted credential 401, all as problems. An operation the document adds without
 * roles, or without a way to call it here, fails this test; so does one the service does not enforce.
 */
class AccessMatrixTest extends SecurityTest {

    /** How to call each operation successfully: the method and path come from the document. */
    private record Call(String path, String body) {}

    @TestFactory
    List<DynamicTest> everyOperationAnswersOnlyTheRolesTheDocumentNames() {
        String decisionLocation = storedDecision();
        // The policy lead's operations change what serves, so they run in the document's order from a
        // kept candidate and end where they started: the packaged ruleset active, no shadow.
        String candidate = keptCandidate();
        String toApprove = proposedBySecondLead(candidate);
        String toReject = proposedBySecondLead(keptCandidate("matrix-2"));
        String job = as(DemoClients.POLICY_LEAD)
                .post("/api/v1/rulesets/impact", "{\"candidate\": \"" + candidate + "\", \"includeScenarios\": false}")
                .header("Location");
        String agenda = as(DemoClients.PANEL_COORDINATOR)
                .post("/api/v1/panel/meetings", "{\"localAuthority\": \"OTHER\", \"heldOn\": \"2026-01-01\"}")
                .header("Location");
        // An outcome is recorded against a child on a meeting's agenda: a decision in that local
        // authority since its previous meeting (those above), at a meeting of its own.
        String onAgenda = as(DemoClients.CASE_SYSTEM)
                .post("/api/v1/triage", TriageRoundTripTestReferral.json().replace("\"GATESHEAD\"", "\"OTHER\""))
                .json()
                .get("decisionId")
                .asString();
        String hearing = as(DemoClients.PANEL_COORDINATOR)
                // Today's: a meeting takes outcomes once its day has come.
                .post(
                        "/api/v1/panel/meetings",
                        "{\"localAuthority\": \"OTHER\", \"heldOn\": \""
                                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}")
                .header("Location")
                .replace("/agenda", "/outcomes");
        Map<String, Call> calls = Map.ofEntries(
                Map.entry("triage", new Call("/api/v1/triage", TriageRoundTripTestReferral.json())),
                Map.entry(
                        "triageBatch",
                        new Call(
                                "/api/v1/triage/batch",
                                "{\"referrals\": [" + TriageRoundTripTestReferral.json() + "]}")),
                Map.entry("getDecision", new Call(decisionLocation, null)),
                Map.entry("getApiDocumentYaml", new Call("/api/v1/openapi.yaml", null)),
                Map.entry("getApiDocumentJson", new Call("/api/v1/openapi.json", null)),
                Map.entry("listIndicators", new Call("/api/v1/indicators", null)),
                Map.entry("listActions", new Call("/api/v1/actions", null)),
                Map.entry("listRules", new Call("/api/v1/rules", null)),
                Map.entry("decisionReport", new Call("/api/v1/reports/decisions", null)),
                Map.entry("panelReport", new Call("/api/v1/reports/panel", null)),
                Map.entry("listRulesets", new Call("/api/v1/rulesets", null)),
                Map.entry("getRuleset", new Call("/api/v1/rulesets/" + candidate, null)),
                Map.entry("downloadRulesetFiles", new Call("/api/v1/rulesets/" + candidate + "/files", null)),
                Map.entry("downloadRulesetScenarios", new Call("/api/v1/rulesets/" + candidate + "/scenarios", null)),
                Map.entry("validateRuleset", new Call("/api/v1/rulesets/validate?path=matrix", "")),
                Map.entry(
                        "startImpact",
                        new Call(
                                "/api/v1/rulesets/impact",
                                "{\"candidate\": \"" + candidate + "\", \"includeScenarios\": false}")),
                Map.entry("getImpactJob", new Call(job, null)),
                // The demo policy lead proposes the candidate validated by path, and approves (and rejects)
                // proposals the second policy lead made: nobody may approve their own.
                Map.entry(
                        "proposeActivation",
                        new Call(
                                "/api/v1/rulesets/proposals",
                                "{\"version\": \"matrix-path-1\", \"reason\": \"matrix\", \"acceptScenarioChanges\": "
                                        + brokenScenarios + "}")),
                Map.entry("listProposals", new Call("/api/v1/rulesets/proposals", null)),
                Map.entry("getProposal", new Call("/api/v1/rulesets/proposals/" + toApprove, null)),
                Map.entry(
                        "approveProposal",
                        new Call("/api/v1/rulesets/proposals/" + toApprove + "/approve", "{\"note\": \"matrix\"}")),
                Map.entry(
                        "rejectProposal",
                        new Call("/api/v1/rulesets/proposals/" + toReject + "/reject", "{\"reason\": \"matrix\"}")),
                Map.entry(
                        "rollBackRuleset",
                        new Call(
                                "/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/activate",
                                "{\"reason\": \"matrix\"}")),
                Map.entry("startShadow", new Call("/api/v1/rulesets/shadow", "{\"version\": \"" + candidate + "\"}")),
                Map.entry("stopShadow", new Call("/api/v1/rulesets/shadow", null)),
                Map.entry("listShadowDifferences", new Call("/api/v1/rulesets/shadow/differences", null)),
                Map.entry("giveFeedback", new Call(decisionLocation + "/feedback", "{\"outcome\": \"ACCEPTED\"}")),
                Map.entry("listDecisions", new Call("/api/v1/decisions", null)),
                Map.entry("getDecisionRecord", new Call(decisionLocation + "/record", null)),
                Map.entry("listDecisionAccess", new Call("/api/v1/audit/access-log", null)),
                Map.entry(
                        "createPanelMeeting",
                        new Call(
                                "/api/v1/panel/meetings",
                                "{\"localAuthority\": \"OTHER\", \"heldOn\": \"2026-01-15\"}")),
                Map.entry("listPanelMeetings", new Call("/api/v1/panel/meetings", null)),
                Map.entry("getPanelAgenda", new Call(agenda, null)),
                Map.entry(
                        "recordPanelOutcome",
                        new Call(
                                hearing,
                                "{\"decisionId\": \"" + onAgenda + "\", \"outcome\": \"NOT_HEARD\","
                                        + " \"reason\": \"matrix\"}")),
                Map.entry("listPanelOutcomes", new Call(agenda.replace("/agenda", "/outcomes"), null)),
                Map.entry("listPanelChildren", new Call("/api/v1/panel/children?localAuthority=OTHER", null)),
                Map.entry("verifyAudit", new Call("/api/v1/audit/verify", null)),
                Map.entry("takeBackup", new Call("/api/v1/operations/backups", "")),
                Map.entry(
                        "subjectAccessExport",
                        new Call(
                                "/api/v1/audit/subject-access",
                                "{\"childRef\": \"matrix\", \"reason\": \"Access matrix check\"}")));

        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : ApiDocument.operations()) {
            assertThat(operation.roles())
                    .as("x-mset-roles of %s", operation.id())
                    .isNotEmpty();
            Call call = calls.get(operation.id());
            assertThat(call).as("a way to call %s in this test", operation.id()).isNotNull();
            tests.add(dynamicTest(operation.id() + " without a credential: 401", () -> {
                assertUnauthenticated(send(anonymous(), operation, call));
            }));
            tests.add(dynamicTest(operation.id() + " with an unknown key: 401", () -> {
                assertUnauthenticated(send(anonymous().as("not-a-key-of-this-service"), operation, call));
            }));
            for (Role role : Role.values()) {
                boolean owner = operation.roles().contains(role.name());
                tests.add(dynamicTest(operation.id() + " as " + role + (owner ? ": allowed" : ": 403"), () -> {
                    HttpJson.Answer answer = send(as(DemoClients.of(role)), operation, call);
                    if (owner) {
                        assertThat(answer.status()).as(answer.response().body()).isBetween(200, 299);
                    } else {
                        assertForbidden(answer);
                    }
                }));
            }
        }
        return tests;
    }

    /**
     * The owners as the issue that introduced roles states them, written out here so that the document
     * and the service cannot drift together: a change to who may do what must change this table too.
     */
    private static final Map<String, Set<String>> AS_AGREED = Map.ofEntries(
            Map.entry("triage", Set.of("CASE_SYSTEM")),
            Map.entry("triageBatch", Set.of("CASE_SYSTEM")),
            Map.entry("getDecision", Set.of("CASE_SYSTEM", "AUDITOR")),
            // Every caller, the operator included (issue 15: "to any authenticated caller").
            Map.entry(
                    "getApiDocumentYaml",
                    Set.of("CASE_SYSTEM", "POLICY_LEAD", "AUDITOR", "ANALYST", "PANEL_COORDINATOR", "OPERATOR")),
            Map.entry(
                    "getApiDocumentJson",
                    Set.of("CASE_SYSTEM", "POLICY_LEAD", "AUDITOR", "ANALYST", "PANEL_COORDINATOR", "OPERATOR")),
            Map.entry(
                    "listIndicators", Set.of("CASE_SYSTEM", "POLICY_LEAD", "AUDITOR", "ANALYST", "PANEL_COORDINATOR")),
            Map.entry("listActions", Set.of("CASE_SYSTEM", "POLICY_LEAD", "AUDITOR", "ANALYST", "PANEL_COORDINATOR")),
            Map.entry("listRules", Set.of("POLICY_LEAD")),
            Map.entry("decisionReport", Set.of("ANALYST")),
            Map.entry("panelReport", Set.of("ANALYST")),
            Map.entry("listRulesets", Set.of("POLICY_LEAD")),
            Map.entry("getRuleset", Set.of("POLICY_LEAD")),
            Map.entry("downloadRulesetFiles", Set.of("POLICY_LEAD")),
            Map.entry("downloadRulesetScenarios", Set.of("POLICY_LEAD")),
            Map.entry("validateRuleset", Set.of("POLICY_LEAD")),
            Map.entry("startImpact", Set.of("POLICY_LEAD")),
            Map.entry("getImpactJob", Set.of("POLICY_LEAD")),
            Map.entry("proposeActivation", Set.of("POLICY_LEAD")),
            Map.entry("listProposals", Set.of("POLICY_LEAD")),
            Map.entry("getProposal", Set.of("POLICY_LEAD")),
            Map.entry("approveProposal", Set.of("POLICY_LEAD")),
            Map.entry("rejectProposal", Set.of("POLICY_LEAD")),
            Map.entry("rollBackRuleset", Set.of("POLICY_LEAD")),
            Map.entry("startShadow", Set.of("POLICY_LEAD")),
            Map.entry("stopShadow", Set.of("POLICY_LEAD")),
            Map.entry("listShadowDifferences", Set.of("POLICY_LEAD")),
            Map.entry("giveFeedback", Set.of("CASE_SYSTEM")),
            Map.entry("listDecisions", Set.of("AUDITOR")),
            Map.entry("getDecisionRecord", Set.of("AUDITOR")),
            Map.entry("listDecisionAccess", Set.of("AUDITOR")),
            Map.entry("verifyAudit", Set.of("AUDITOR")),
            Map.entry("subjectAccessExport", Set.of("AUDITOR")),
            // Policy v1.1, section 11: the partnership's MSET coordinator runs the panel.
            Map.entry("createPanelMeeting", Set.of("PANEL_COORDINATOR")),
            Map.entry("listPanelMeetings", Set.of("PANEL_COORDINATOR")),
            Map.entry("getPanelAgenda", Set.of("PANEL_COORDINATOR")),
            Map.entry("recordPanelOutcome", Set.of("PANEL_COORDINATOR")),
            Map.entry("listPanelOutcomes", Set.of("PANEL_COORDINATOR")),
            Map.entry("listPanelChildren", Set.of("PANEL_COORDINATOR")),
            // Operators keep the service running: a backup of the embedded database, no child's data.
            Map.entry("takeBackup", Set.of("OPERATOR")));

    @Test
    void theDocumentNamesTheOwnersAsAgreed() {
        Map<String, Set<String>> documented =
                ApiDocument.operations().stream().collect(Collectors.toMap(Operation::id, o -> Set.copyOf(o.roles())));

        assertThat(documented).isEqualTo(AS_AGREED);
    }

    @Test
    void theServiceEnforcesExactlyTheOperationsAndRolesTheDocumentNames() {
        Set<String> documented = ApiDocument.operations().stream()
                .map(o -> o.id() + " " + o.method() + " " + o.path() + " " + new TreeSet<>(o.roles()))
                .collect(Collectors.toSet());
        Set<String> enforced = AccessRules.OPERATIONS.stream()
                .map(r -> r.operationId() + " " + r.method().name() + " " + r.path() + " "
                        + r.roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());

        assertThat(enforced).isEqualTo(documented);
    }

    @Test
    void refusalsReadTheSameWhetherOrNotTheDecisionExists() {
        String stored = java.net.URI.create(storedDecision()).getPath();
        String missing = "/api/v1/decisions/" + UUID.randomUUID();
        for (HttpJson caller : List.of(anonymous(), as(DemoClients.POLICY_LEAD), as(DemoClients.ANALYST))) {
            HttpJson.Answer forStored = caller.get(stored);
            HttpJson.Answer forMissing = caller.get(missing);

            assertThat(forStored.status()).isIn(401, 403).isEqualTo(forMissing.status());
            // Each names the operation asked for (its instance), not the id sent: the two read the same.
            assertThat(forStored.json().path("instance").asString()).isEqualTo("/api/v1/decisions/%7BdecisionId%7D");
            assertThat(forStored.response().body())
                    .isEqualTo(forMissing.response().body());
        }
    }

    /** Refused to every role, as what they are: nothing served there (404), or not that method (405). */
    @Test
    void pathsAndMethodsNoOperationNamesAreRefusedToEveryRole() {
        for (Role role : Role.values()) {
            assertThat(as(DemoClients.of(role)).get("/api/v1/no-such-operation").status())
                    .as(role.name())
                    .isEqualTo(404);
            HttpJson.Answer delete = as(DemoClients.of(role)).send("DELETE", "/api/v1/indicators", Map.of());
            assertThat(delete.status()).as(role.name()).isEqualTo(405);
            assertThat(delete.header("Allow")).isEqualTo("GET, HEAD");
        }
        assertUnauthenticated(anonymous().get("/api/v1/no-such-operation"));
    }

    @Test
    void actuatorHealthIsOpenAndInfoIsForOperatorsAndAuditorsOnly() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertUnauthenticated(anonymous().get("/actuator/info"));
        for (Role role : Role.values()) {
            HttpJson.Answer info = as(DemoClients.of(role)).get("/actuator/info");
            if (role == Role.OPERATOR || role == Role.AUDITOR) {
                assertThat(info.status()).as(role.name()).isEqualTo(200);
                assertThat(info.json().path("retention").path("inWords").asString())
                        .as(role.name())
                        .isNotEmpty();
            } else {
                assertThat(info.status()).as(role.name()).isEqualTo(403);
                assertThat(info.header("Content-Type")).as(role.name()).startsWith("application/problem+json");
                assertThat(info.response().body()).as(role.name()).doesNotContain("retention", "ruleset");
            }
        }
    }

    @Value("${mset.rules.candidates}")
    String candidatesFolder;

    private String brokenScenarios = "[]";

    /** A candidate kept by validation, and one in the candidates folder for validation by path. */
    private String keptCandidate() {
        CandidateRulesets.write(Path.of(candidatesFolder, "matrix"), CandidateRulesets.raisedWeight("matrix-path-1"));
        return keptCandidate("matrix-1");
    }

    private String keptCandidate(String version) {
        tools.jackson.databind.JsonNode validation = as(DemoClients.POLICY_LEAD)
                .postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight(version)))
                .json();
        assertThat(validation.path("usable").asBoolean())
                .as(validation.toString())
                .isTrue();
        brokenScenarios = validation.path("brokenScenarios").toString();
        return version;
    }

    private String proposedBySecondLead(String version) {
        HttpJson.Answer proposed = as(DemoClients.SECOND_POLICY_LEAD)
                .post(
                        "/api/v1/rulesets/proposals",
                        "{\"version\": \"" + version + "\", \"reason\": \"matrix\", \"acceptScenarioChanges\": "
                                + brokenScenarios + "}");
        assertThat(proposed.status()).as(proposed.response().body()).isEqualTo(201);
        return proposed.json().path("proposalId").asString();
    }

    private String storedDecision() {
        HttpJson.Answer created =
                as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", TriageRoundTripTestReferral.json());
        assertThat(created.status()).isEqualTo(201);
        return created.header("Location");
    }

    private static HttpJson.Answer send(HttpJson http, Operation operation, Call call) {
        return switch (operation.method()) {
            case "GET" -> http.get(call.path());
            case "POST" -> http.post(call.path(), call.body());
            case "PUT" -> http.put(call.path(), call.body());
            case "DELETE" -> http.send("DELETE", call.path(), Map.of());
            default -> throw new AssertionError("No way to send " + operation.method() + " yet");
        };
    }

    static void assertUnauthenticated(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(answer, "https://mset-triage.example/problems/unauthenticated");
    }

    static void assertForbidden(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(403);
        assertProblem(answer, "https://mset-triage.example/problems/forbidden");
    }

    private static void assertProblem(HttpJson.Answer answer, String type) {
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo(type);
        assertThat(answer.json().get("status").asInt()).isEqualTo(answer.status());
    }
}
