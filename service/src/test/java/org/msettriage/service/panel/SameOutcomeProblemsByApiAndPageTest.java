package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msettriage.service.panel.PanelReferrals.significant;
import static org.msettriage.service.panel.PanelReferrals.token;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        String page = pageRefusal(kim, agenda, codes, texts, leads, dues);

        assertThat(api.status()).as(api.response().body()).isEqualTo(400);
        PlanRows rows = PlanRows.of(codes, texts, leads, dues);
        String apiInPageWords = "Nothing was recorded. "
                + api.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> new FieldProblem(
                                e.get("pointer").asString(), e.get("message").asString()))
                        .sorted(PanelHearings.IN_FORM_ORDER)
                        .map(p -> rows.field(p.pointer()) + " " + words.inWords(p.message()) + ".")
                        .collect(Collectors.joining(" "));
        assertThat(api.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("pointer").asString()))
                .containsExactly(
                        "/exitText", "/plan/0", "/plan/1/code", "/plan/1/dueBy", "/plan/2", "/plan/3/dueBy", "/reason");
        assertThat(page).isEqualTo(apiInPageWords);
    }

    /** The same outcome from the agenda's form, and the refusal the agenda then shows at the child. */
    private String pageRefusal(
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
        assertThat(pages.post(path + "/outcomes", form).status()).isIn(302, 303);
        String shown = pages.get(path).body();
        int alert = shown.indexOf("role=\"alert\"");
        assertThat(alert).as("a refusal on the agenda").isPositive();
        return HtmlUtils.htmlUnescape(shown.substring(shown.indexOf('>', alert) + 1, shown.indexOf("</div>", alert)));
    }
}
