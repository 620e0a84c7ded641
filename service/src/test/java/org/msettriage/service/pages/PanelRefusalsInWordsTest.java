package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        // Said at the child's form: a summary headed "Nothing was recorded", its one line linking nowhere, as
        // no field of the form is at fault.
        assertThat(refused)
                .isEqualTo("Nothing was recorded An outcome was recorded for this child at this meeting since the"
                        + " agenda was read; it is shown here, and can be corrected.")
                .doesNotContain(recorded, "correction naming it");
    }

    @Test
    void eachProblemLinksToItsFieldOnTheChildsFormWhichIsMarkedAndSaysItAgain() {
        PageClient coordinator = signedIn();
        UUID decision = panelEligibleDecision("NEWCASTLE");
        String agenda = meeting(coordinator, "NEWCASTLE", TODAY);
        // The plan's first action without a lead agency and due before the meeting, the form's second row left
        // empty, its third due on a day that cannot be read; and a reason not heard, for a plan agreed.
        List<Map.Entry<String, String>> form = List.of(
                Map.entry("_csrf", coordinator.get(agenda).formToken()),
                Map.entry("decisionId", decision.toString()),
                Map.entry("outcome", "PLAN_AGREED"),
                Map.entry("planCode", ""),
                Map.entry("planText", "Visit the school"),
                Map.entry("planLead", ""),
                Map.entry("planDue", TODAY.minusDays(1).toString()),
                Map.entry("planCode", ""),
                Map.entry("planText", ""),
                Map.entry("planLead", ""),
                Map.entry("planDue", ""),
                Map.entry("planCode", ""),
                Map.entry("planText", "Call the police"),
                Map.entry("planLead", "POLICE"),
                Map.entry("planDue", "next Friday"),
                Map.entry("reason", "Out of time"));

        PageClient.Page sent = coordinator.post(agenda + "/outcomes", form);
        String page = coordinator.get(agenda).body();
        String again = coordinator.get(agenda).body();

        // Back at the child's form, to the summary there, headed and announced.
        String place = "decision-" + decision;
        assertThat(sent.header("Location")).endsWith(agenda + "#refused-" + place);
        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<title>Error: Agenda: Newcastle, ")
                .containsPattern("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"\\s+id=\"refused-" + place
                        + "\" aria-labelledby=\"refused-" + place + "-title\">\\s*<h4[^>]*>Nothing was recorded</h4>");
        // The only child on the agenda: its fields are numbered 1, its plan rows as on the form.
        Map<String, String> linked = new LinkedHashMap<>();
        Matcher link =
                Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]+)</a></li>").matcher(page);
        while (link.find()) {
            linked.put(link.group(1), link.group(2));
        }
        assertThat(linked.keySet()).containsExactly("plan-lead-1-1", "plan-due-1-1", "plan-due-1-3", "reason-1");
        assertThat(linked.get("plan-lead-1-1")).startsWith("Plan action 1, its lead agency, ");
        assertThat(linked.get("plan-due-1-1")).startsWith("Plan action 1, its due date, is before the meeting");
        assertThat(linked.get("plan-due-1-3"))
                .startsWith("Plan action 3, its due date, could not be read as a date: write it as day/month/year");
        assertThat(linked.get("reason-1"))
                .isEqualTo("The reason the child was not heard is given only when the panel did not hear the child.");
        for (Map.Entry<String, String> field : linked.entrySet()) {
            String id = field.getKey();
            assertThat(page)
                    .as(id + ": one field of that id, marked, described by its own message, which says it again")
                    .containsOnlyOnce("id=\"" + id + "\"")
                    .containsPattern(
                            "id=\"" + id + "\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"" + id + "-error\"")
                    .containsPattern("<p class=\"error-message\" id=\"" + id
                            + "-error\"><span\\s+class=\"visually-hidden\">Error:</span>\\s*"
                            + Pattern.quote(field.getValue()) + "</p>");
        }
        assertThat(page)
                .as("no other field marked: the radio buttons, the words and the exit reason were not at fault")
                .containsPattern("id=\"plan-text-1-1\"(?![^>]*aria-invalid)[^>]*>")
                .containsPattern("id=\"exit-reason-1\"(?![^>]*aria-invalid)[^>]*>")
                .containsPattern("id=\"outcome-1-plan\"(?![^>]*aria-invalid)[^>]*>");
        assertThat(page.split("aria-invalid=\"true\"", -1)).hasSize(linked.size() + 1);
        assertThat(page).as("as typed").contains("value=\"next Friday\"").contains(">Out of time</textarea>");
        // Shown once: read again, the agenda is as it was, nothing marked.
        assertThat(again)
                .contains("<title>Agenda: Newcastle, ")
                .doesNotContain("aria-invalid", "error-summary", "error-message");
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

    /**
     * Sends the agenda's outcome form for this decision, and the first message the agenda then shows, in its
     * words only: a summary at the child's form, or a notice at the top.
     */
    private static String refusal(PageClient coordinator, String agenda, Map<String, String> given, String decision) {
        Map<String, String> form = new LinkedHashMap<>(given);
        form.put("_csrf", coordinator.get(agenda).formToken());
        form.put("decisionId", decision);
        coordinator.post(agenda + "/outcomes", form);
        String page = coordinator.get(agenda).body();
        int alert = page.indexOf("role=\"alert\"");
        assertThat(alert).as("a refusal on the agenda").isPositive();
        return page.substring(page.indexOf('>', alert) + 1, page.indexOf("</div>", alert))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
