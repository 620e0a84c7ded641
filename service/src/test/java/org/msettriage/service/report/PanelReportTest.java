package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/reports/panel through the running service: the default period, a row for every month and
 * local authority, and bad parameters refused as problems naming them. Who may call it is the access
 * matrix's to check; what each figure counts is {@link PanelFiguresTest}'s and {@link PanelReportMapperTest}'s.
 */
class PanelReportTest extends ServiceTest {

    @Test
    void withoutParametersTheAnalystGetsTheTwelveMonthsEndingWithTheCurrentOne() {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));

        HttpJson.Answer answer = as(DemoClients.ANALYST).get("/api/v1/reports/panel");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("fromMonth").asString())
                .isEqualTo(now.minusMonths(11).toString());
        assertThat(report.get("toMonth").asString()).isEqualTo(now.toString());
        assertThat(report.get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(report.get("withheldBelow").asInt()).isEqualTo(5);
        assertThat(report.get("roundedTo").asInt()).isEqualTo(5);
        assertThat(report.get("months")).hasSize(12 * 7);
        JsonNode first = report.get("months").get(0);
        assertThat(first.get("month").asString()).isEqualTo(now.minusMonths(11).toString());
        assertThat(first.get("localAuthority").asString()).isEqualTo("GATESHEAD");
        assertThat(first.get("conversion").isNull()).as("nothing screened").isTrue();
        assertThat(first.get("exits")).hasSize(6);
    }

    @Test
    void aGivenPeriodIsAnsweredMonthByMonth() {
        JsonNode report = as(DemoClients.ANALYST)
                .get("/api/v1/reports/panel?fromMonth=2025-11&toMonth=2026-02")
                .json();

        assertThat(report.get("months")).hasSize(4 * 7);
        assertThat(report.get("months").get(7).get("month").asString()).isEqualTo("2025-12");
        assertThat(report.get("months").get(27).get("month").asString()).isEqualTo("2026-02");
        assertThat(report.get("months").get(27).get("localAuthority").asString())
                .isEqualTo("OTHER");
    }

    @Test
    void badMonthsAreRefusedAsAProblemNamingTheParameters() {
        HttpJson analyst = as(DemoClients.ANALYST);

        HttpJson.Answer backwards = analyst.get("/api/v1/reports/panel?fromMonth=2026-05&toMonth=2026-04");
        HttpJson.Answer malformed = analyst.get("/api/v1/reports/panel?fromMonth=2026-5&toMonth=2026-13");
        HttpJson.Answer tooLong = analyst.get("/api/v1/reports/panel?fromMonth=2020-01&toMonth=2026-01");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.response().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(backwards.json().get("errors"))
                .extracting(e -> e.get("parameter").asString())
                .containsExactly("toMonth");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors"))
                .extracting(e -> e.get("parameter").asString())
                .containsExactlyInAnyOrder("fromMonth", "toMonth");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors"))
                .extracting(e -> e.get("parameter").asString())
                .containsExactly("toMonth");
    }

    @Test
    void onlyTheAnalystMayReadIt() {
        assertThat(as(DemoClients.PANEL_COORDINATOR)
                        .get("/api/v1/reports/panel")
                        .status())
                .isEqualTo(403);
        assertThat(as(DemoClients.AUDITOR).get("/api/v1/reports/panel").status())
                .isEqualTo(403);
        assertThat(anonymous().get("/api/v1/reports/panel").status()).isEqualTo(401);
    }
}
