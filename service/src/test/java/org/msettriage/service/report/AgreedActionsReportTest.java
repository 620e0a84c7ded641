package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the panel agreed, by lead agency, from outcomes recorded through the API at a meeting last month:
 * a plan as recorded, a plan corrected (only the correction counts) and a plan corrected to "not heard"
 * (none counts). Counts exact here; past due is judged on the last day of last month.
 */
@TestPropertySource(
        properties = {"test.store=agreed-actions", "mset.reports.withheld-below=1", "mset.reports.round-to=1"})
class AgreedActionsReportTest extends ServiceTest {

    private static final YearMonth LAST_MONTH =
            YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
    private static final LocalDate HELD_ON = LAST_MONTH.atDay(1);

    @Test
    void actionsAreCountedByLeadAgencyAsLastRecordedWithThoseDueBeforeTheMonthsEnd() {
        UUID amy = decide("amy");
        UUID ben = decide("ben");
        UUID cat = decide("cat");
        String meeting = meeting();
        record(meeting, plan(amy, null, action("POLICE", 3), action("POLICE", 40), action("EDUCATION", -1)));
        String benFirst = record(meeting, plan(ben, null, action("HEALTH", 2)));
        record(meeting, plan(ben, benFirst, action("EARLY_HELP", 2)));
        String catFirst = record(meeting, plan(cat, null, action("YOUTH_JUSTICE", 2)));
        record(meeting, """
                {"decisionId": "%s", "outcome": "NOT_HEARD", "reason": "Not heard after all", "corrects": "%s"}
                """.formatted(cat, catFirst));

        HttpJson.Answer answer =
                as(DemoClients.ANALYST).get("/api/v1/reports/panel?fromMonth=" + LAST_MONTH + "&toMonth=" + LAST_MONTH);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        JsonNode report = answer.json();

        assertThat(report.get("actionsJudgedOn").asString())
                .isEqualTo(LAST_MONTH.atEndOfMonth().toString());
        Map<String, String> gateshead = actions(report, "GATESHEAD");
        assertThat(gateshead).hasSize(12);
        assertThat(gateshead)
                .containsEntry("POLICE", "2 1")
                .as("due on the last day itself: not past due")
                .containsEntry("EDUCATION", "1 0")
                .as("the correction's plan, not the first one")
                .containsEntry("EARLY_HELP", "1 1")
                .containsEntry("HEALTH", "0 0")
                .as("corrected to not heard")
                .containsEntry("YOUTH_JUSTICE", "0 0");
        assertThat(actions(report, "SUNDERLAND").values()).containsOnly("0 0");

        PageClient analyst = new PageClient("http://localhost:" + port);
        analyst.signIn(DemoClients.ANALYST.key());
        PageClient.Page csv = analyst.get("/analysis/tables/agreed-actions.csv?fromMonth=" + LAST_MONTH + "&toMonth="
                + LAST_MONTH + "&localAuthority=GATESHEAD");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("Lead agency,Actions agreed,Past their due date\r\n")
                .contains("\r\nPolice,2,1\r\n", "\r\nEducation,1,0\r\n", "\r\nEarly help,1,1\r\n")
                .contains("\r\nHealth,0,0\r\n", "\r\nAll agencies,4,2\r\n")
                .doesNotContain("POLICE", "EARLY_HELP");
    }

    /** Each lead agency's "agreed pastDue" in the local authority's row. */
    private static Map<String, String> actions(JsonNode report, String localAuthority) {
        Map<String, String> counts = new HashMap<>();
        for (JsonNode row : report.get("months")) {
            if (row.get("localAuthority").asString().equals(localAuthority)) {
                row.get("actionsAgreed")
                        .forEach(a -> counts.put(
                                a.get("leadAgency").asString(),
                                a.get("agreed").asLong() + " "
                                        + a.get("pastDue").asLong()));
            }
        }
        return counts;
    }

    /** A referral at Significant risk (panel eligible), assessed ten days before the meeting. */
    private UUID decide(String child) {
        String body = """
                {"referralId": "REF-%s", "childRef": "%s-%s", "localAuthority": "GATESHEAD",
                 "referringAgency": "EDUCATION", "assessedAt": "%sT10:00:00Z",
                 "child": {"ageYears": 14, "gender": "MALE", "careStatus": "CHILD_IN_NEED"},
                 "indicators": [{"code": "CSE01", "recency": "CURRENT"}, {"code": "CSE02", "recency": "CURRENT"},
                                {"code": "CSE03", "recency": "CURRENT"}, {"code": "CSE05", "recency": "CURRENT"}]}
                """.formatted(UUID.randomUUID(), child, UUID.randomUUID(), HELD_ON.minusDays(10));
        HttpJson.Answer answer = http().post("/api/v1/triage", body);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    /** The meeting's outcomes address. */
    private String meeting() {
        HttpJson.Answer created = as(DemoClients.PANEL_COORDINATOR)
                .post("/api/v1/panel/meetings", "{\"localAuthority\": \"GATESHEAD\", \"heldOn\": \"" + HELD_ON + "\"}");
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.header("Location").replace("/agenda", "/outcomes");
    }

    /** The outcome's id. */
    private String record(String outcomes, String body) {
        HttpJson.Answer answer = as(DemoClients.PANEL_COORDINATOR).post(outcomes, body);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.json().get("outcomeId").asString();
    }

    private static String plan(UUID decision, String corrects, String... actions) {
        return "{\"decisionId\": \"" + decision + "\", \"outcome\": \"PLAN_AGREED\", \"plan\": ["
                + String.join(", ", actions) + "]" + (corrects == null ? "" : ", \"corrects\": \"" + corrects + "\"")
                + "}";
    }

    /** An action due days after the meeting; -1: on the last day of its month. */
    private static String action(String leadAgency, int days) {
        LocalDate due = days < 0 ? LAST_MONTH.atEndOfMonth() : HELD_ON.plusDays(days);
        return "{\"text\": \"Act\", \"leadAgency\": \"" + leadAgency + "\", \"dueBy\": \"" + due + "\"}";
    }
}
