package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinator's agenda says why an outcome was refused in the page's words: no outcome code in
 * brackets, no outcome id, and a meeting's day as the page writes it ("10 December 2026"), never as
 * 2026-12-10.
 */
@TestPropertySource(properties = "test.store=panel-refusals-in-words")
class PanelRefusalsInWordsTest extends ServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aMeetingNotYetHeldIsRefusedWithItsDayInTheAgendasWords() {
        PageClient coordinator = signedIn();
        LocalDate day = TODAY.plusDays(10);
        String agenda = meeting(coordinator, "GATESHEAD", day);

        String refused = refusal(coordinator, agenda, Map.of("outcome", "NOT_HEARD", "reason", "Out of time"));

        String inWords = day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(refused)
                .contains("Nothing was recorded. The meeting of " + inWords + " has not been held yet")
                .doesNotContain(day.toString());
    }

    @Test
    void anOutcomesProblemsNameNoCodes() {
        PageClient coordinator = signedIn();
        String agenda = meeting(coordinator, "SUNDERLAND", TODAY);

        String notHeardButPlanned = refusal(
                coordinator,
                agenda,
                Map.of(
                        "outcome",
                        "PLAN_AGREED",
                        "reason",
                        "Out of time",
                        "exitReason",
                        "SUFFICIENTLY_SAFE",
                        "exitText",
                        "Moved"));
        String heardButPlanned = refusal(coordinator, agenda, Map.of("outcome", "NOT_HEARD", "planText", "Visit"));

        assertThat(notHeardButPlanned)
                .contains("The reason the child was not heard is given only when the panel did not hear the child.")
                .contains("The exit reason is given only when the child left MSET.")
                .contains("The exit reason in words is only for an exit whose reason is Another reason.");
        assertThat(heardButPlanned).contains("The plan, in action 1 of the form, is only for an agreed plan.");
        assertThat(notHeardButPlanned + heardButPlanned)
                .doesNotContain("NOT_HEARD", "EXITED", "OTHER", "PLAN_AGREED", "(");
    }

    @Test
    void aChoiceTheFormDoesNotOfferIsSaidInWordsWithoutTheCodesOrTheValueSent() {
        PageClient coordinator = signedIn();
        String agenda = meeting(coordinator, "SOUTH_TYNESIDE", TODAY);

        // Hand-made forms: values none of the page's radio buttons or lists send.
        String outcome = refusal(coordinator, agenda, Map.of("outcome", "HEARD_TWICE"));
        String exit = refusal(coordinator, agenda, Map.of("outcome", "EXITED", "exitReason", "RAN_OFF"));
        String lead = refusal(
                coordinator,
                agenda,
                Map.of(
                        "outcome",
                        "PLAN_AGREED",
                        "planText",
                        "Visit",
                        "planLead",
                        "MARS_CONTROL",
                        "planDue",
                        "1/1/2099"));

        assertThat(outcome)
                .contains("The outcome is not one of the choices the page offers: choose \u201cPlan agreed\u201d,"
                        + " \u201cNot heard\u201d or \u201cExited MSET\u201d.");
        assertThat(exit)
                .contains("The exit reason is not one of the choices the page offers: choose \u201cSufficiently"
                        + " safe\u201d")
                .contains("\u201cTurned 18, moved to adult services\u201d");
        assertThat(lead)
                .contains("Plan action 1, its lead agency, is not one of the choices the page offers: choose"
                        + " \u201cChildren&#39;s social care\u201d");
        assertThat(outcome + exit + lead)
                .doesNotContain("must be one of", "[", "HEARD_TWICE", "RAN_OFF", "MARS_CONTROL")
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]");
    }

    @Test
    void noRefusalTheAgendaShowsNamesACode() {
        PageClient coordinator = signedIn();
        String agenda = meeting(coordinator, "NORTHUMBERLAND", TODAY);
        java.util.List<Map<String, String>> forms = java.util.List.of(
                Map.of("outcome", "NOT_HEARD", "exitReason", "OTHER", "exitText", "x", "planText", "Visit"),
                Map.of("outcome", "EXITED", "exitReason", "OTHER", "reason", "r", "planCode", "POLICE_MARKER"),
                Map.of("outcome", "EXITED", "exitReason", "SUFFICIENTLY_SAFE", "exitText", "x"),
                Map.of("outcome", "PLAN_AGREED"),
                Map.of("outcome", "PLAN_AGREED", "planCode", "NO_SUCH_ACTION", "planText", "Visit", "planDue", "x"),
                Map.of("outcome", "PLAN_AGREED", "planCode", "POLICE_MARKER", "planLead", "", "planDue", "1/1/2000"),
                Map.of("outcome", ""),
                Map.of("outcome", "SOMETHING", "exitReason", "ELSE", "planLead", "OTHER_BODY", "planText", "x"));

        for (Map<String, String> form : forms) {
            assertThat(refusal(coordinator, agenda, form))
                    .as(form.toString())
                    .startsWith("Nothing was recorded. ")
                    .doesNotContainPattern("\\b(?!MSET\\b)[A-Z]{2,}\\b|\\[")
                    .doesNotContain("must be one of");
        }
    }

    @Test
    void anOutcomeRecordedMeanwhileIsToldWithoutItsId() {
        PageClient coordinator = signedIn();
        UUID decision = panelEligibleDecision("NORTH_TYNESIDE");
        String agenda = meeting(coordinator, "NORTH_TYNESIDE", TODAY);
        String recorded = as(DemoClients.PANEL_COORDINATOR)
                .post(
                        "/api/v1" + agenda + "/outcomes",
                        "{\"decisionId\": \"" + decision
                                + "\", \"outcome\": \"NOT_HEARD\", \"reason\": \"Out of time\"}")
                .json()
                .get("outcomeId")
                .asString();

        // The form as the agenda showed it before that outcome: a first outcome, not a correction.
        String refused =
                refusal(coordinator, agenda, Map.of("outcome", "NOT_HEARD", "reason", "Late"), decision.toString());

        assertThat(refused)
                .contains("Nothing was recorded. An outcome was recorded for this child at this meeting since the"
                        + " agenda was read; it is shown here, and can be corrected.")
                .doesNotContain(recorded, "correction naming it");
    }

    @Test
    void theSameOutcomeSentTwiceIsSaidToBeRecordedOnce() {
        // Found in a trial: a double click was told "Nothing was recorded. An outcome was recorded ... since
        // the agenda was read", as if someone else had recorded another.
        PageClient coordinator = signedIn();
        UUID decision = panelEligibleDecision("OTHER");
        String agenda = meeting(coordinator, "OTHER", TODAY);
        Map<String, String> form = new LinkedHashMap<>(Map.of("outcome", "NOT_HEARD", "reason", "Out of time"));
        form.put("decisionId", decision.toString());
        form.put("_csrf", coordinator.get(agenda).formToken());

        coordinator.post(agenda + "/outcomes", form);
        assertThat(coordinator.get(agenda).body()).contains("Recorded: Not heard.");
        coordinator.post(agenda + "/outcomes", form);
        String page = coordinator.get(agenda).body();
        var again = as(DemoClients.PANEL_COORDINATOR)
                .post(
                        "/api/v1" + agenda + "/outcomes",
                        "{\"decisionId\": \"" + decision
                                + "\", \"outcome\": \"NOT_HEARD\", \"reason\": \"Out of time\"}");

        assertThat(page)
                .contains("Already recorded: Not heard. It was sent twice; nothing was recorded twice.")
                .doesNotContain("Nothing was recorded.")
                .doesNotContain("since the agenda was read");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString())
                .startsWith("This same outcome is already recorded for this child at this meeting");
        assertThat(as(DemoClients.PANEL_COORDINATOR)
                        .get("/api/v1" + agenda + "/outcomes")
                        .json()
                        .get("outcomes"))
                .hasSize(1);
    }

    @Test
    void anUnknownLocalAuthorityOnTheListIsRefusedInWordsWithTheFormToChooseAgain() {
        // Found in a trial: /panel/children?localAuthority=MARS answered 200, an empty form and no message.
        PageClient coordinator = signedIn();

        PageClient.Page mars = coordinator.get("/panel/children?localAuthority=MARS");
        PageClient.Page chosen = coordinator.get("/panel/children?localAuthority=GATESHEAD");

        assertThat(mars.status()).isEqualTo(400);
        assertThat(mars.body())
                .contains("The local authority chosen is not one the panel knows: choose one of Gateshead, Newcastle,")
                .contains("name=\"localAuthority\"")
                .doesNotContain("MARS");
        assertThat(as(DemoClients.PANEL_COORDINATOR)
                        .get("/api/v1/panel/children?localAuthority=MARS")
                        .status())
                .isEqualTo(400);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body()).doesNotContain("not one the panel knows");
    }

    /** A significant, panel eligible decision in this local authority, assessed yesterday. */
    private UUID panelEligibleDecision(String localAuthority) {
        String referral = """
                {"referralId": "REF-%s", "childRef": "meanwhile-%s", "localAuthority": "%s",
                 "referringAgency": "EDUCATION", "assessedAt": "%s",
                 "child": {"ageYears": 14, "gender": "MALE", "careStatus": "CHILD_IN_NEED"},
                 "indicators": [{"code": "CSE01", "recency": "CURRENT"}, {"code": "CSE02", "recency": "CURRENT"},
                                {"code": "CSE03", "recency": "CURRENT"}, {"code": "CSE05", "recency": "CURRENT"}]}
                """.formatted(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        localAuthority,
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.SECONDS));
        return UUID.fromString(
                http().post("/api/v1/triage", referral).json().get("decisionId").asString());
    }

    private PageClient signedIn() {
        PageClient coordinator = new PageClient("http://localhost:" + port);
        coordinator.signIn(DemoClients.PANEL_COORDINATOR.key());
        return coordinator;
    }

    /** Sets up a meeting through the coordinator's form; its agenda's address. */
    private static String meeting(PageClient coordinator, String localAuthority, LocalDate day) {
        PageClient.Page created = coordinator.post(
                "/panel/meetings",
                Map.of(
                        "_csrf",
                        coordinator.get("/panel").formToken(),
                        "localAuthority",
                        localAuthority,
                        "heldOn",
                        day.toString()));
        assertThat(created.header("Location")).as(created.body()).contains("/panel/meetings/");
        return created.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** Sends the agenda's outcome form for a child not on it, and the message the agenda then shows. */
    private static String refusal(PageClient coordinator, String agenda, Map<String, String> given) {
        return refusal(coordinator, agenda, given, UUID.randomUUID().toString());
    }

    /** Sends the agenda's outcome form for this decision, and the first message the agenda then shows. */
    private static String refusal(PageClient coordinator, String agenda, Map<String, String> given, String decision) {
        Map<String, String> form = new LinkedHashMap<>(given);
        form.put("_csrf", coordinator.get(agenda).formToken());
        form.put("decisionId", decision);
        coordinator.post(agenda + "/outcomes", form);
        String page = coordinator.get(agenda).body();
        int alert = page.indexOf("role=\"alert\"");
        assertThat(alert).as("a refusal on the agenda").isPositive();
        return page.substring(page.indexOf('>', alert) + 1, page.indexOf("</div>", alert));
    }
}
