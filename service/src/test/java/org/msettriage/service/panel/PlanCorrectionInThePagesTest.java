package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.panel.PanelReferrals.Decided;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * A plan of more actions than the agenda's form has blank rows is shown whole in its correction form, and
 * sent back as shown it is corrected with every action kept: before, the form offered four empty rows, so
 * a longer plan could only be corrected by losing actions.
 */
@TestPropertySource(properties = "test.store=panel-forms")
class PlanCorrectionInThePagesTest extends ServiceTest {

    private static final LocalDate TODAY = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Test
    void aPlanOfSixActionsIsShownWholeInItsCorrectionAndCorrectedWithoutLosingOne() {
        Decided ivy = PanelReferrals.decide(
                http(),
                "NORTHUMBERLAND",
                "ivy-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                significant());
        String agenda =
                PanelReferrals.created(coordinator(), "NORTHUMBERLAND", TODAY).header("Location");
        List<String> plan = new ArrayList<>(List.of("{\"code\": \"POLICE_INTELLIGENCE_SUBMISSION\","
                + " \"leadAgency\": \"POLICE\", \"dueBy\": \"" + TODAY.plusDays(1) + "\"}"));
        for (int i = 2; i <= 6; i++) {
            plan.add("{\"text\": \"Action " + i + "\", \"leadAgency\": \"EDUCATION\", \"dueBy\": \"" + TODAY.plusDays(i)
                    + "\"}");
        }
        HttpJson.Answer recorded = coordinator()
                .post(agenda.replace("/agenda", "/outcomes"), """
                {"decisionId": "%s", "outcome": "PLAN_AGREED", "plan": [%s]}
                """.formatted(ivy.id(), String.join(", ", plan)));
        assertThat(recorded.status()).as(recorded.response().body()).isEqualTo(201);

        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        String page =
                URI.create(agenda).getPath().replace("/api/v1/panel", "/panel").replace("/agenda", "");
        String shown = pages.get(page).body();

        assertThat(shown)
                .contains("Correct the outcome")
                .contains("id=\"plan-text-1-10\"")
                .doesNotContain("id=\"plan-text-1-11\"");
        assertThat(checked(shown, "outcome-1-plan")).isTrue();
        assertThat(selected(shown, "plan-code-1-1")).isEqualTo("POLICE_INTELLIGENCE_SUBMISSION");
        assertThat(value(shown, "plan-text-1-6")).isEqualTo("Action 6");
        assertThat(selected(shown, "plan-lead-1-6")).isEqualTo("EDUCATION");
        // A blank row names no lead agency: one left unchosen is refused, never counted as the first's.
        assertThat(selected(shown, "plan-lead-1-7")).isEmpty();
        assertThat(value(shown, "plan-due-1-6")).isEqualTo(TODAY.plusDays(6).format(TYPED));

        // Sent back as the browser would send it, with one due date put right.
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("_csrf", pages.get(page).formToken()),
                Map.entry("decisionId", ivy.id().toString()),
                Map.entry("corrects", recorded.json().get("outcomeId").asString()),
                Map.entry("outcome", "PLAN_AGREED")));
        for (int row = 1; row <= 10; row++) {
            form.add(Map.entry("planCode", selected(shown, "plan-code-1-" + row)));
            form.add(Map.entry("planText", value(shown, "plan-text-1-" + row)));
            form.add(Map.entry("planLead", selected(shown, "plan-lead-1-" + row)));
            form.add(Map.entry(
                    "planDue", row == 3 ? TODAY.plusDays(30).format(TYPED) : value(shown, "plan-due-1-" + row)));
        }
        assertThat(pages.post(page + "/outcomes", form).status()).isIn(302, 303);

        assertThat(pages.get(page).body()).contains("Corrected: Plan agreed.");
        JsonNode current = coordinator()
                .get(agenda.replace("/agenda", "/outcomes"))
                .json()
                .get("outcomes")
                .get(1);
        assertThat(current.get("revision").asInt()).isEqualTo(2);
        assertThat(current.get("plan")).hasSize(6);
        assertThat(current.get("plan").get(0).get("code").asString()).isEqualTo("POLICE_INTELLIGENCE_SUBMISSION");
        assertThat(current.get("plan").get(2).get("dueBy").asString())
                .isEqualTo(TODAY.plusDays(30).toString());
        assertThat(current.get("plan").get(5).get("title").asString()).isEqualTo("Action 6");
    }

    @Test
    void aChildNotHeardIsCorrectedFromTheReasonRecorded() {
        String shown = correctionFormAfter(
                "SUNDERLAND", "\"outcome\": \"NOT_HEARD\", \"reason\": \"The school could not attend\"");

        assertThat(checked(shown, "outcome-1-not-heard")).isTrue();
        assertThat(textarea(shown, "reason-1")).isEqualTo("The school could not attend");
        assertThat(selected(shown, "exit-reason-1")).isEmpty();
    }

    @Test
    void aChildWhoExitedIsCorrectedFromTheExitRecorded() {
        String shown = correctionFormAfter(
                "GATESHEAD",
                "\"outcome\": \"EXITED\", \"exitReason\": \"OTHER\", \"exitText\": \"Moved to live with an aunt\"");

        assertThat(checked(shown, "outcome-1-exited")).isTrue();
        assertThat(selected(shown, "exit-reason-1")).isEqualTo("OTHER");
        assertThat(textarea(shown, "exit-text-1")).isEqualTo("Moved to live with an aunt");
        assertThat(textarea(shown, "reason-1")).isEmpty();
    }

    /** The agenda page after one child of a meeting of its own was given this outcome through the API. */
    private String correctionFormAfter(String localAuthority, String outcome) {
        Decided child = PanelReferrals.decide(
                http(),
                localAuthority,
                "kit-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                significant());
        String agenda =
                PanelReferrals.created(coordinator(), localAuthority, TODAY).header("Location");
        HttpJson.Answer recorded = coordinator()
                .post(
                        agenda.replace("/agenda", "/outcomes"),
                        "{\"decisionId\": \"%s\", %s}".formatted(child.id(), outcome));
        assertThat(recorded.status()).as(recorded.response().body()).isEqualTo(201);
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        String shown = pages.get(URI.create(agenda)
                        .getPath()
                        .replace("/api/v1/panel", "/panel")
                        .replace("/agenda", ""))
                .body();
        assertThat(shown).contains("Correct the outcome");
        return shown;
    }

    private static String textarea(String page, String id) {
        Matcher area = Pattern.compile("<textarea[^>]*id=\"" + id + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(page);
        assertThat(area.find()).as(id).isTrue();
        return HtmlUtils.htmlUnescape(area.group(1));
    }

    private HttpJson coordinator() {
        return as(DemoClients.PANEL_COORDINATOR);
    }

    /** The value of the page's input of this id, as the browser would send it. */
    static String value(String page, String id) {
        Matcher input = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(input.find()).as(id).isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
    }

    /** The chosen option of the page's select of this id ("" when the first, empty, one is). */
    static String selected(String page, String id) {
        Matcher select = Pattern.compile("<select[^>]*id=\"" + id + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as(id).isTrue();
        Matcher chosen =
                Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(1));
        if (chosen.find()) {
            return chosen.group(1);
        }
        Matcher first = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select.group(1));
        return first.find() ? first.group(1) : "";
    }

    private static boolean checked(String page, String id) {
        Matcher input = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        return input.find() && input.group().contains("checked");
    }
}
