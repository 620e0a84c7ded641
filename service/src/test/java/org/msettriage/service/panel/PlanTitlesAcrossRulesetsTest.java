package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.policy.PolicyFiles;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.panel.PanelReferrals.Decided;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A plan names catalogue actions by code, from the catalogue serving when it was recorded. After a later
 * ruleset drops or retitles an action, the coordinator's pages, the API and the subject access report
 * still give the title the action was chosen by; a code no kept catalogue has is said to be so. Its own
 * database, as it switches the rules.
 */
@TestPropertySource(properties = "test.store=panel-plan-titles")
class PlanTitlesAcrossRulesetsTest extends ServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String DROPPED = "POLICE_INTELLIGENCE_SUBMISSION";
    private static final String DROPPED_TITLE =
            "Submit partnership intelligence on people/vehicles/places to the police";
    private static final String RETITLED = "EDUCATION_ENGAGEMENT";
    /** As the pages write it: the apostrophe escaped. */
    private static final String RETITLED_TITLE_ON_PAGE =
            "Agree an education engagement plan with the school&#39;s safeguarding lead";

    @Autowired
    RulesetStore store;

    @Autowired
    ActiveRuleset active;

    @Autowired
    PanelMeetings meetings;

    @Autowired
    PanelOutcomes outcomes;

    @Test
    void aPlanKeepsTheTitlesItWasChosenByAfterARulesetDropsOrRetitlesTheActions() throws InterruptedException {
        String childRef = "amy-" + token();
        Decided amy = PanelReferrals.decide(
                http(),
                "GATESHEAD",
                childRef,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(2),
                significant());
        String agenda = meetingOn("GATESHEAD");
        HttpJson.Answer recorded = coordinator().post(agenda.replace("/agenda", "/outcomes"), """
                        {"decisionId": "%s", "outcome": "PLAN_AGREED", "plan": [
                          {"code": "%s", "leadAgency": "POLICE", "dueBy": "%s"},
                          {"code": "%s", "leadAgency": "EDUCATION", "dueBy": "%s"}]}
                        """.formatted(
                        amy.id(), DROPPED, TODAY.plusDays(7), RETITLED, TODAY.plusDays(7)));
        assertThat(recorded.status()).as(recorded.response().body()).isEqualTo(201);

        serve(
                CandidateRulesets.edited(
                                "2099.3.0-no-intelligence",
                                PolicyFiles.ACTIONS,
                                csv -> retitled(withoutRowsOf(csv, DROPPED)))
                        .stream()
                        .map(file -> file.name().equals(PolicyFiles.ACTION_RULES)
                                ? new RulesetFile(file.name(), withoutRowsOf(file.content(), DROPPED))
                                : file)
                        .toList());
        assertThat(active.engine().policy().action(DROPPED)).isNull();

        String page = planOnPage(pageOf(agenda));
        String list = planOnPage("/panel/children?localAuthority=GATESHEAD");
        String report = subjectAccessReport(childRef);
        assertThat(List.of(page, list, report))
                .allSatisfy(shown -> assertThat(shown)
                        .contains(DROPPED_TITLE, RETITLED_TITLE_ON_PAGE)
                        .doesNotContain(DROPPED, "Police intelligence submission", "Agree an education plan"));
        assertThat(titles(coordinator()
                        .get(agenda.replace("/agenda", "/outcomes"))
                        .json()
                        .get("outcomes")))
                .containsExactly(DROPPED_TITLE, RETITLED_TITLE_ON_PAGE.replace("&#39;", "'"));
        assertThat(titles(subjectAccess(childRef).get("panelOutcomes")))
                .containsExactly(DROPPED_TITLE, RETITLED_TITLE_ON_PAGE.replace("&#39;", "'"));
    }

    @Test
    void anActionOnlyAKeptCandidateCataloguesIsGivenItsTitleThere() {
        List<RulesetFile> files = CandidateRulesets.edited(
                "2099.3.1-outreach",
                PolicyFiles.ACTIONS,
                csv -> csv + "DETACHED_OUTREACH,VOLUNTARY_SECTOR,WITHIN_7_DAYS,Offer detached outreach work,\n");
        store.keep(
                RulesetIdentity.of(files),
                files,
                RulesetStore.Source.UPLOAD,
                "test",
                OffsetDateTime.now(ZoneOffset.UTC));
        String childRef = "ben-" + token();

        String agenda = planStoredAsIs(childRef, "NEWCASTLE", "DETACHED_OUTREACH");

        assertThat(planOnPage(pageOf(agenda)))
                .contains("Offer detached outreach work")
                .doesNotContain("DETACHED_OUTREACH");
        assertThat(titles(subjectAccess(childRef).get("panelOutcomes")))
                .containsExactly("Offer detached outreach work");
    }

    @Test
    void aCodeNoKeptCatalogueHasIsSaidToBeNoLongerCataloguedWithTheCodeAsAllThatNamesIt() {
        String childRef = "cat-" + token();
        String said = "An action no longer in any catalogue (recorded as FORMERLY_AGREED_ACTION)";

        String agenda = planStoredAsIs(childRef, "SUNDERLAND", "FORMERLY_AGREED_ACTION");

        assertThat(planOnPage(pageOf(agenda))).contains(said).doesNotContain("Formerly agreed action");
        assertThat(titles(subjectAccess(childRef).get("panelOutcomes"))).containsExactly(said);
        assertThat(subjectAccessReport(childRef)).contains(said);
    }

    @Test
    void aCorrectionLeavingAnUncataloguedActionAloneKeepsItByItsCode() {
        String code = "FORMERLY_AGREED_ACTION";
        String agenda = planStoredAsIs("dan-" + token(), "NORTHUMBERLAND", code);
        String outcomes = agenda.replace("/agenda", "/outcomes");
        JsonNode agreed = coordinator().get(outcomes).json().get("outcomes").get(0);
        PageClient pages = pages(DemoClients.PANEL_COORDINATOR);
        String shown = pages.get(pageOf(agenda)).body();
        assertThat(PlanCorrectionInThePagesTest.selected(shown, "plan-code-1-1"))
                .isEqualTo(code);
        assertThat(shown).contains("Kept as agreed: An action no longer in any catalogue (recorded as " + code + ")");
        assertThat(PlanCorrectionInThePagesTest.value(shown, "plan-text-1-1")).isEmpty();

        // Sent back as shown, the lead agency put right: the action stays the one agreed, by its code.
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(List.of(
                Map.entry("_csrf", pages.get(pageOf(agenda)).formToken()),
                Map.entry("decisionId", agreed.get("decisionId").asString()),
                Map.entry("corrects", agreed.get("outcomeId").asString()),
                Map.entry("outcome", "PLAN_AGREED")));
        for (int row = 1; row <= 5; row++) {
            form.add(Map.entry("planCode", PlanCorrectionInThePagesTest.selected(shown, "plan-code-1-" + row)));
            form.add(Map.entry("planText", PlanCorrectionInThePagesTest.value(shown, "plan-text-1-" + row)));
            form.add(Map.entry("planLead", row == 1 ? "HEALTH" : "POLICE"));
            form.add(Map.entry("planDue", PlanCorrectionInThePagesTest.value(shown, "plan-due-1-" + row)));
        }
        assertThat(pages.post(pageOf(agenda) + "/outcomes", form).status()).isIn(302, 303);

        assertThat(pages.get(pageOf(agenda)).body()).contains("Corrected: Plan agreed.");
        JsonNode corrected = coordinator().get(outcomes).json().get("outcomes").get(1);
        assertThat(corrected.get("plan")).hasSize(1);
        assertThat(corrected.get("plan").get(0).get("code").asString()).isEqualTo(code);
        assertThat(corrected.get("plan").get(0).get("leadAgency").asString()).isEqualTo("HEALTH");
        assertThat(corrected.get("plan").get(0).get("title").asString()).isEqualTo(PanelWords.uncatalogued(code));

        // Only a code of the plan corrected may stand outside the serving catalogue, by API as in the pages.
        HttpJson.Answer another = coordinator().post(outcomes, """
                {"decisionId": "%s", "outcome": "PLAN_AGREED", "corrects": "%s", "plan": [
                  {"code": "%s", "leadAgency": "POLICE", "dueBy": "%s"},
                  {"code": "NEVER_AGREED_ACTION", "leadAgency": "POLICE", "dueBy": "%s"}]}
                """.formatted(
                        agreed.get("decisionId").asString(),
                        corrected.get("outcomeId").asString(),
                        code,
                        TODAY.plusDays(7),
                        TODAY.plusDays(7)));
        assertThat(another.status()).as(another.response().body()).isEqualTo(400);
        assertThat(another.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("pointer").asString()))
                .containsExactly("/plan/1/code");
    }

    /**
     * A plan stored as the service stores one, naming a code the serving catalogue lacks (the API would
     * refuse it now): as one chosen from a catalogue that no longer serves.
     */
    private String planStoredAsIs(String childRef, String localAuthority, String code) {
        Decided child = PanelReferrals.decide(
                http(),
                localAuthority,
                childRef,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(2),
                significant());
        String agenda = meetingOn(localAuthority);
        PanelMeeting meeting = meetings.find(meetingId(agenda)).orElseThrow();
        outcomes.record(
                meeting,
                child.id(),
                PanelOutcome.Kind.PLAN_AGREED,
                null,
                new PanelOutcome.Details(
                        List.of(new PanelOutcome.PlanAction(code, null, "POLICE", TODAY.plusDays(7))), null, null),
                null,
                new Caller(Caller.Method.API_KEY, "demo-panel-coordinator", Set.of(Role.PANEL_COORDINATOR)));
        return agenda;
    }

    /** Keeps a ruleset and switches to it as another instance would, then waits until this one serves it. */
    private void serve(List<RulesetFile> files) throws InterruptedException {
        RulesetIdentity identity = RulesetIdentity.of(files);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.keep(identity, files, RulesetStore.Source.UPLOAD, "test", now);
        store.recordActivation(new RulesetStore.Activation(
                identity.version(), RulesetStore.Kind.ACTIVATE, now, "test", "Drop an action", List.of()));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!active.engine().identity().version().equals(identity.version())) {
            assertThat(System.nanoTime()).as("the switch is followed").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String withoutRowsOf(String csv, String code) {
        return Arrays.stream(csv.split("\n"))
                .filter(row -> !row.startsWith(code + ",") && !row.startsWith(code + "_LEVEL,"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String retitled(String csv) {
        return csv.replace(
                "Agree an education engagement plan with the school's safeguarding lead",
                "Agree an education plan with the school");
    }

    private String meetingOn(String localAuthority) {
        return PanelReferrals.created(coordinator(), localAuthority, TODAY).header("Location");
    }

    private static UUID meetingId(String agenda) {
        String path = java.net.URI.create(agenda).getPath();
        return UUID.fromString(path.substring(path.indexOf("/meetings/") + 10, path.indexOf("/agenda")));
    }

    private static String pageOf(String agenda) {
        return java.net
                .URI
                .create(agenda)
                .getPath()
                .replace("/api/v1/panel", "/panel")
                .replace("/agenda", "");
    }

    private static List<String> titles(JsonNode outcomes) {
        return outcomes.valueStream()
                .flatMap(o -> o.get("plan").valueStream())
                .map(a -> a.get("title").asString())
                .toList();
    }

    private JsonNode subjectAccess(String childRef) {
        HttpJson.Answer export = as(DemoClients.AUDITOR)
                .post(
                        "/api/v1/audit/subject-access",
                        "{\"childRef\": \"" + childRef + "\", \"reason\": \"Subject access request\"}");
        assertThat(export.status()).as(export.response().body()).isEqualTo(200);
        return export.json();
    }

    /**
     * The plan's table on a coordinator's page: the page also gives the decision's recommended actions
     * and the serving catalogue's choices, which must not stand in for it.
     */
    private String planOnPage(String path) {
        return part(pages(DemoClients.PANEL_COORDINATOR).get(path).body(), "The plan agreed for", "</table>");
    }

    private static String part(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as("the page holds " + from).isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    /** What the panel decided, in the printable report an auditor's page gives (not the decisions). */
    private String subjectAccessReport(String childRef) {
        PageClient auditor = pages(DemoClients.AUDITOR);
        PageClient.Page report = auditor.post(
                "/audit/subject-access",
                List.of(
                        Map.entry("_csrf", auditor.get("/audit/subject-access").formToken()),
                        Map.entry("childRef", childRef),
                        Map.entry("reason", "Subject access request")));
        assertThat(report.status()).isEqualTo(200);
        return part(report.body(), "id=\"outcomes-title\"", "</section>");
    }

    private PageClient pages(DemoClients.Key client) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(client.key());
        return pages;
    }

    private HttpJson coordinator() {
        return as(DemoClients.PANEL_COORDINATOR);
    }
}
