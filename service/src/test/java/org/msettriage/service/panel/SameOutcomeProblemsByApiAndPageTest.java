package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.panel.PanelReferrals.Decided;
import org.msettriage.service.problem.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * One outcome, sent by API and from the agenda's form, is refused for the same problems in the same words:
 * the page's refusal is the API's problems, each field named as the form names it, in the form's order. A
 * check made on one path only would tell them apart.
 */
@TestPropertySource(properties = "test.store=panel-forms")
class SameOutcomeProblemsByApiAndPageTest extends ServiceTest {

    private static final LocalDate TODAY = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate();

    @Autowired
    PanelWords words;

    @Test
    void theApiAndTheAgendaRefuseAnOutcomeForTheSameProblemsInTheSameWords() {
        Decided kim = PanelReferrals.decide(
                http(),
                "NORTH_TYNESIDE",
                "kim-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                significant());
        String agenda = PanelReferrals.created(as(DemoClients.PANEL_COORDINATOR), "NORTH_TYNESIDE", TODAY)
                .header("Location");
        List<String> codes = List.of("POLICE_MARKER", "NO_SUCH_ACTION", "", "");
        List<String> texts = List.of("and words", "", "", "Visit");
        List<String> leads = List.of("POLICE", "POLICE", "POLICE", "EDUCATION");
        List<String> dues = List.of(
                TODAY.toString(),
                TODAY.minusDays(1).toString(),
                TODAY.toString(),
                TODAY.plusYears(6).toString());

        HttpJson.Answer api = as(DemoClients.PANEL_COORDINATOR)
                .post(agenda.replace("/agenda", "/outcomes"), """
                {"decisionId": "%s", "outcome": "PLAN_AGREED", "reason": "why not", "exitText": "x", "plan": [
                  {"code": "%s", "text": "%s", "leadAgency": "%s", "dueBy": "%s"},
                  {"code": "%s", "leadAgency": "%s", "dueBy": "%s"},
                  {"leadAgency": "%s", "dueBy": "%s"},
                  {"text": "%s", "leadAgency": "%s", "dueBy": "%s"}]}
                """.formatted(
                                kim.id(),
                                codes.get(0),
                                texts.get(0),
                                leads.get(0),
                                dues.get(0),
                                codes.get(1),
                                leads.get(1),
                                dues.get(1),
                                leads.get(2),
                                dues.get(2),
                                texts.get(3),
                                leads.get(3),
                                dues.get(3)));
        List<String> page = pageRefusal(kim, agenda, codes, texts, leads, dues);

        assertThat(api.status()).as(api.response().body()).isEqualTo(400);
        PlanRows rows = PlanRows.of(codes, texts, leads, dues);
        List<String> apiInPageWords = api.json()
                .get("errors")
                .valueStream()
                .map(e -> new FieldProblem(
                        e.get("pointer").asString(), e.get("message").asString()))
                .sorted(PanelHearings.IN_FORM_ORDER)
                .map(p -> rows.field(p.pointer()) + " " + words.inWords(p.message()) + ".")
                .toList();
        assertThat(api.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("pointer").asString()))
                .containsExactly(
                        "/exitText", "/plan/0", "/plan/1/code", "/plan/1/dueBy", "/plan/2", "/plan/3/dueBy", "/reason");
        assertThat(page).containsExactlyElementsOf(apiInPageWords);
    }

    @Test
    void aPlanCorrectedToNotHeardIsRefusedByBothUntilItsRowsAreClearedNamingThemOnThePage() {
        Decided lee = PanelReferrals.decide(
                http(),
                "SOUTH_TYNESIDE",
                "lee-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                significant());
        String agenda = PanelReferrals.created(as(DemoClients.PANEL_COORDINATOR), "SOUTH_TYNESIDE", TODAY)
                .header("Location");
        String outcomes = agenda.replace("/agenda", "/outcomes");
        String plan = """
                [{"text": "Visit", "leadAgency": "EDUCATION", "dueBy": "%s"},
                 {"text": "Call", "leadAgency": "POLICE", "dueBy": "%s"}]""".formatted(TODAY, TODAY);
        HttpJson.Answer agreed = as(DemoClients.PANEL_COORDINATOR).post(outcomes, """
                {"decisionId": "%s", "outcome": "PLAN_AGREED", "plan": %s}""".formatted(lee.id(), plan));
        assertThat(agreed.status()).as(agreed.response().body()).isEqualTo(201);
        String corrects = agreed.json().get("outcomeId").asString();

        HttpJson.Answer api = as(DemoClients.PANEL_COORDINATOR).post(outcomes, """
                {"decisionId": "%s", "outcome": "NOT_HEARD", "reason": "Out of time", "corrects": "%s", "plan": %s}
                """.formatted(lee.id(), corrects, plan));
        assertThat(api.status()).as(api.response().body()).isEqualTo(400);
        assertThat(api.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/plan");

        // From the correction form as shown: its two actions filled in, then four blank rows.
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        String path =
                URI.create(agenda).getPath().replace("/api/v1/panel", "/panel").replace("/agenda", "");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("_csrf", pages.get(path).formToken()),
                Map.entry("decisionId", lee.id().toString()),
                Map.entry("corrects", corrects),
                Map.entry("outcome", "NOT_HEARD"),
                Map.entry("reason", "Out of time")));
        List<String> texts = List.of("Visit", "Call", "", "", "", "");
        for (String text : texts) {
            form.add(Map.entry("planCode", ""));
            form.add(Map.entry("planText", text));
            form.add(Map.entry("planLead", "POLICE"));
            form.add(Map.entry("planDue", text.isEmpty() ? "" : TODAY.toString()));
        }
        assertThat(pages.post(path + "/outcomes", form).status()).isIn(302, 303);
        String refused = pages.get(path).body();
        List<String> none = List.of("", "", "", "", "", "");
        PlanRows rows =
                PlanRows.of(none, texts, List.of("POLICE", "POLICE", "POLICE", "POLICE", "POLICE", "POLICE"), none);
        String apiInPageWords = rows.field("/plan") + " "
                + words.inWords(api.json().get("errors").get(0).get("message").asString()) + ".";
        assertThat(apiInPageWords).isEqualTo("The plan, in actions 1 and 2 of the form, is only for an agreed plan.");
        // Linked to the first of those rows, where clearing them starts.
        assertThat(HtmlUtils.htmlUnescape(refused))
                .contains("Nothing was recorded</h4>")
                .containsPattern("<a href=\"#plan-code-\\d+-1\">" + Pattern.quote(apiInPageWords) + "</a>");

        // "Clear the actions", then the correction as the form then is: recorded.
        List<Map.Entry<String, String>> cleared = new ArrayList<>(form);
        cleared.set(0, Map.entry("_csrf", pages.get(path).formToken()));
        cleared.add(Map.entry("then", PanelPages.CLEAR_ACTIONS));
        assertThat(pages.post(path + "/outcomes", cleared).status()).isIn(302, 303);
        String shown = pages.get(path).body();
        assertThat(shown).contains("The plan&#39;s actions were cleared.").doesNotContain("value=\"Visit\"");
        assertThat(as(DemoClients.PANEL_COORDINATOR).get(outcomes).json().get("outcomes"))
                .hasSize(1);
        List<Map.Entry<String, String>> again = new ArrayList<>(form.subList(0, 5));
        again.set(0, Map.entry("_csrf", pages.get(path).formToken()));
        assertThat(pages.post(path + "/outcomes", again).status()).isIn(302, 303);
        assertThat(pages.get(path).body()).contains("Corrected: Not heard.");
    }

    @Test
    void aFormWithMoreActionsThanAPlanMayHaveIsRefusedInWordsOfActions() {
        // The API refuses it by the contract's maxItems before PanelHearings is reached, in the schema's
        // words ("items"); only a form made by hand can send so many rows, and the page speaks of actions.
        Decided max = PanelReferrals.decide(
                http(),
                "NEWCASTLE",
                "max-" + token(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                significant());
        String agenda = PanelReferrals.created(as(DemoClients.PANEL_COORDINATOR), "NEWCASTLE", TODAY)
                .header("Location");
        int sent = PanelHearings.MOST_ACTIONS + 1;
        List<String> texts =
                IntStream.rangeClosed(1, sent).mapToObj(row -> "Visit " + row).toList();

        List<String> refusal = pageRefusal(
                max,
                agenda,
                Collections.nCopies(sent, ""),
                texts,
                Collections.nCopies(sent, "POLICE"),
                Collections.nCopies(sent, TODAY.toString()));

        assertThat(refusal).anySatisfy(line -> assertThat(line).contains("must have at most 40 actions"));
    }

    /**
     * The same outcome from the agenda's form, and the refusal the agenda then shows at the child: a summary
     * headed "Nothing was recorded", each problem a line of it, as here.
     */
    private List<String> pageRefusal(
            Decided child,
            String agenda,
            List<String> codes,
            List<String> texts,
            List<String> leads,
            List<String> dues) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());
        String path =
                URI.create(agenda).getPath().replace("/api/v1/panel", "/panel").replace("/agenda", "");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("_csrf", pages.get(path).formToken()),
                Map.entry("decisionId", child.id().toString()),
                Map.entry("outcome", "PLAN_AGREED"),
                Map.entry("reason", "why not"),
                Map.entry("exitText", "x")));
        for (int row = 0; row < codes.size(); row++) {
            form.add(Map.entry("planCode", codes.get(row)));
            form.add(Map.entry("planText", texts.get(row)));
            form.add(Map.entry("planLead", leads.get(row)));
            form.add(Map.entry("planDue", dues.get(row)));
        }
        PageClient.Page refused = pages.post(path + "/outcomes", form);
        assertThat(refused.status()).isIn(302, 303);
        // Back to the refusal itself, which is below the child's heading and summary.
        String landing = "refused-" + PanelPages.anchor(child.id());
        assertThat(refused.header("Location")).endsWith(path + "#" + landing);
        String shown = pages.get(path).body();
        assertThat(shown).contains("id=\"" + landing + "\"");
        int alert = shown.indexOf("role=\"alert\"");
        assertThat(alert).as("a refusal on the agenda").isPositive();
        String summary = shown.substring(shown.indexOf('>', alert) + 1, shown.indexOf("</div>", alert));
        assertThat(summary).containsPattern("^\\s*<h4[^>]*>Nothing was recorded</h4>");
        return Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL)
                .matcher(summary)
                .results()
                .map(line -> HtmlUtils.htmlUnescape(line.group(1).replaceAll("<[^>]+>", "")))
                .toList();
    }
}
