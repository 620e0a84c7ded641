package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The analysts' report counts the decisions of a period of whole days from what the triage calls
 * answered, lists every value of each breakdown, withholds counts from 1 to 4 and rounds the rest to
 * the nearest 5. Its own Spring context (the zone is named explicitly), so its store holds only the
 * decisions made here.
 */
@TestPropertySource(properties = "mset.reports.zone=Europe/London")
class DecisionReportTest extends ServiceTest {

    @Test
    void countsThePeriodsDecisionsWithholdingSmallCountsAndRoundingTheRest() {
        List<JsonNode> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(triage(TriageRoundTripTestReferral.json())); // GATESHEAD
        }
        answers.add(triage(TestData.read("requests/minimal-without-assessed-at.json"))); // no local authority
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        JsonNode report = report("?decidedFrom=" + today.minusDays(1) + "&decidedBefore=" + today.plusDays(2));

        assertThat(report.get("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(report.get("withheldBelow").asInt()).isEqualTo(5);
        assertThat(report.get("roundedTo").asInt()).isEqualTo(5);
        assertThat(report.get("decisions").asLong()).as("8 rounds to 10").isEqualTo(10);
        assertThat(shown(report.get("preMsetEligible")))
                .isEqualTo(
                        expected(answers, a -> a.get("preMset").get("eligible").asBoolean()));
        assertThat(shown(report.get("msetPanelEligible")))
                .isEqualTo(expected(
                        answers, a -> a.get("msetPanel").get("eligible").asBoolean()));
        assertThat(breakdown(report.get("riskLevels"))).isEqualTo(expectedBreakdown(answers, "riskLevel"));
        assertThat(breakdown(report.get("pathways"))).isEqualTo(expectedBreakdown(answers, "pathway"));
        assertThat(localAuthority(report, null).get("decisions").isNull())
                .as("one decision without a local authority is withheld")
                .isTrue();
        assertThat(localAuthority(report, "GATESHEAD").get("decisions").isNull())
                .as("7 would round to 5, but it is the only other count of the line: withheld too, so that the"
                        + " one withheld cannot be worked out as the total less the rest")
                .isTrue();
        assertThat(localAuthority(report, "SUNDERLAND").get("decisions").asLong())
                .isZero();
        assertThat(report.get("localAuthorities")).hasSize(8);
        assertThat(report("").get("decisions")).as("no bounds: every decision").isEqualTo(report.get("decisions"));
        assertThat(report("?decidedBefore=" + today.minusDays(1))
                        .get("decisions")
                        .asLong())
                .as("a period before them all")
                .isZero();
    }

    @Test
    void aDayOfOneReferralShowsNullForEveryCountOfItEvenWhyItDidNotReachThePanel() {
        // A review: beside "preMsetEligible": null, panelRefusals' 0s said the one child was not screened.
        triage("""
                {"referralId": "R-ONE-DAY", "childRef": "c-one-day", "assessedAt": "2003-05-06T10:00:00Z",
                 "localAuthority": "SUNDERLAND", "child": {"ageYears": 14}}""");

        JsonNode report = report("?decidedFrom=2003-05-06&decidedBefore=2003-05-07&dateBasis=assessed");

        assertThat(report.get("decisions").isNull()).isTrue();
        assertThat(report.get("panelRefusals").get("notReached").isNull()).isTrue();
        assertThat(report.get("panelRefusals").get("notRecorded").isNull()).isTrue();
        assertThat(report.get("panelRefusals").get("reasons"))
                .allSatisfy(
                        reason -> assertThat(reason.get("decisions").isNull()).isTrue());
        assertThat(report.get("localAuthorities"))
                .allSatisfy(authority ->
                        assertThat(authority.get("decisions").isNull()).isTrue());
    }

    @Test
    void aPeriodWithNothingInItCountsZeroEverywhere() {
        JsonNode report = report("?decidedFrom=2001-01-01&decidedBefore=2001-02-01");

        assertThat(report.get("decisions").asLong()).isZero();
        report.get("riskLevels")
                .forEach(level -> assertThat(level.get("decisions").asLong()).isZero());
        assertThat(report.get("riskLevels")).hasSize(4);
        assertThat(report.get("pathways")).hasSize(4);
    }

    @Test
    void aBackwardsOrMalformedPeriodIsABadRequestNamingTheParameter() {
        HttpJson analyst = as(DemoClients.ANALYST);

        HttpJson.Answer backwards =
                analyst.get("/api/v1/reports/decisions?decidedFrom=2026-02-01&decidedBefore=2026-02-01");
        HttpJson.Answer malformed = analyst.get("/api/v1/reports/decisions?decidedFrom=2026-11-21T10:00:00Z");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("parameter").asString())
                .isEqualTo("decidedBefore");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("parameter").asString())
                .isEqualTo("decidedFrom");
        HttpJson.Answer outOfRange =
                analyst.get("/api/v1/reports/decisions?decidedFrom=-999999999-01-01&decidedBefore=%2B999999999-12-31");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors"))
                .extracting(error -> error.get("parameter").asString() + " "
                        + error.get("message").asString())
                .containsExactly(
                        "decidedFrom must be a day from 1900-01-01 to 9999-12-31",
                        "decidedBefore must be a day from 1900-01-01 to 9999-12-31");
    }

    private JsonNode triage(String referral) {
        HttpJson.Answer created = http().post("/api/v1/triage", referral);
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    private JsonNode report(String query) {
        HttpJson.Answer answer = as(DemoClients.ANALYST).get("/api/v1/reports/decisions" + query);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    /** What the report must say for a count, withholding 1 to 4 as the report does. */
    private static String expected(List<JsonNode> answers, Predicate<JsonNode> which) {
        return withheld(answers.stream().filter(which).count());
    }

    /** Withheld from 1 to 4, otherwise rounded to the nearest 5: worked out here, not by the service's code. */
    private static String withheld(long count) {
        if (count > 0 && count < 5) {
            return "withheld";
        }
        long remainder = count % 5;
        return String.valueOf(remainder < 3 ? count - remainder : count - remainder + 5);
    }

    private static String shown(JsonNode count) {
        return count.isNull() ? "withheld" : String.valueOf(count.asLong());
    }

    /** Each value's count as shown; where exactly one is withheld, the smallest other is withheld too. */
    private static Map<String, String> expectedBreakdown(List<JsonNode> answers, String field) {
        Map<String, Long> counts = new HashMap<>();
        answers.forEach(a -> counts.merge(a.get(field).asString(), 1L, Long::sum));
        Map<String, String> rows = new HashMap<>();
        counts.forEach((value, count) -> rows.put(value, withheld(count)));
        if (rows.values().stream().filter("withheld"::equals).count() == 1) {
            counts.entrySet().stream()
                    .filter(e -> !"withheld".equals(rows.get(e.getKey())))
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> rows.put(e.getKey(), "withheld"));
        }
        return rows;
    }

    /** The non-zero rows of a breakdown, as value to count or "withheld". */
    private static Map<String, String> breakdown(JsonNode rows) {
        Map<String, String> nonZero = new HashMap<>();
        rows.forEach(row -> {
            if (!"0".equals(shown(row.get("decisions")))) {
                nonZero.put(row.get("value").asString(), shown(row.get("decisions")));
            }
        });
        return nonZero;
    }

    private static JsonNode localAuthority(JsonNode report, String name) {
        for (JsonNode row : report.get("localAuthorities")) {
            JsonNode authority = row.get("localAuthority");
            if (name == null ? authority.isNull() : name.equals(authority.asString())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + name);
    }
}
