package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The decision report's profiles, distinct children, return home interviews, months and date basis, from
 * referrals whose answers are known: 7 of the worked example (a girl of 14 in Gateshead, assessed on 12
 * November 2026, three missing episodes) and one referral that says almost nothing. And its refusals of
 * parameters it does not know. A store of its own.
 */
@TestPropertySource(properties = "test.store=decision-report-profile")
class DecisionReportProfileTest extends ServiceTest {

    @Test
    void countsProfilesChildrenAndInterviewsByMonthOnEitherDate() {
        for (int i = 0; i < 7; i++) {
            triage(TriageRoundTripTestReferral.json());
        }
        triage(TestData.read("requests/minimal-without-assessed-at.json"));

        JsonNode report = report("");
        JsonNode profile = report.get("profile");
        assertThat(report.get("dateBasis").asString()).isEqualTo("decided");
        assertThat(report.get("decisions").asLong()).as("8 rounds to 10").isEqualTo(10);
        assertThat(report.get("children").isNull())
                .as("2 distinct children: withheld")
                .isTrue();
        assertThat(count(profile.get("ageBands"), "13_TO_15"))
                .as("all 8 are 14: 10")
                .isEqualTo("10");
        assertThat(count(profile.get("genders"), null)).as("one did not say").isEqualTo("withheld");
        assertThat(count(profile.get("genders"), "FEMALE"))
                .as("7 would show as 5, but then the one withheld would be the total less it")
                .isEqualTo("withheld");
        assertThat(count(profile.get("referringAgencies"), "CHILDRENS_SOCIAL_CARE"))
                .isEqualTo("withheld");
        assertThat(count(profile.get("genders"), "MALE")).isEqualTo("0");
        assertThat(profile.get("genders")).hasSize(5);
        assertThat(profile.get("ageBands")).hasSize(6);
        assertThat(profile.get("exploitationTypes"))
                .extracting(c -> c.get("value").asString())
                .contains("CSE", "CCE", "MISSING", "TRAFFICKING", "ONLINE", "NONE");
        // Each example: completed 33 hours after the return and one refused (in time), one not done 4 days on;
        // the same child's same three episodes every time, so 3 due and 2 in time, not 21 and 14.
        assertThat(profile.get("returnHomeInterviews").get("due").isNull())
                .as("3: withheld")
                .isTrue();
        assertThat(profile.get("returnHomeInterviews")
                        .get("offeredWithin72Hours")
                        .isNull())
                .as("2: withheld")
                .isTrue();
        assertThat(report.path("months").isArray())
                .as("only when grouped by month")
                .isFalse();

        String november = "?decidedFrom=2026-11-01&decidedBefore=2026-12-01&groupBy=month";
        JsonNode assessed = report(november + "&dateBasis=assessed");
        assertThat(assessed.get("months")).singleElement().satisfies(month -> {
            assertThat(month.get("month").asString()).isEqualTo("2026-11");
            assertThat(month.get("decisions").asLong())
                    .as("7 assessed in November")
                    .isEqualTo(5);
            assertThat(month.get("children").isNull()).as("one child").isTrue();
            assertThat(count(month.get("profile").get("genders"), "FEMALE")).isEqualTo("5");
        });
        assertThat(report(november).get("decisions").asLong())
                .as("none was decided in November")
                .isZero();
    }

    @Test
    void unknownParametersAreRefusedByName() {
        HttpJson.Answer answer =
                as(DemoClients.ANALYST).get("/api/v1/reports/decisions?decidedform=2026-01-01&sort=month");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors"))
                .extracting(e -> e.get("parameter").asString())
                .containsExactly("decidedform", "sort");
        assertThat(as(DemoClients.ANALYST)
                        .get("/api/v1/reports/panel?month=2026-01")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aDateBasisOrGroupingItDoesNotKnowIsABadRequestNamingIt() {
        HttpJson.Answer answer =
                as(DemoClients.ANALYST).get("/api/v1/reports/decisions?dateBasis=received&groupBy=week");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors"))
                .extracting(e -> e.get("parameter").asString())
                .containsExactly("dateBasis", "groupBy");
        assertThat(as(DemoClients.ANALYST)
                        .get("/api/v1/reports/decisions?decidedFrom=2020-01-01&decidedBefore=2026-01-01&groupBy=month")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("parameter")
                        .asString())
                .as("72 months is too many")
                .isEqualTo("groupBy");
    }

    private void triage(String referral) {
        HttpJson.Answer created = http().post("/api/v1/triage", referral);
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
    }

    private JsonNode report(String query) {
        HttpJson.Answer answer = as(DemoClients.ANALYST).get("/api/v1/reports/decisions" + query);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    /** A breakdown's count for a value (null: did not say), as a number or "withheld". */
    private static String count(JsonNode breakdown, String value) {
        for (JsonNode row : breakdown) {
            if (value == null
                    ? row.get("value").isNull()
                    : value.equals(row.get("value").asString())) {
                return row.get("decisions").isNull()
                        ? "withheld"
                        : String.valueOf(row.get("decisions").asLong());
            }
        }
        throw new AssertionError("No row for " + value);
    }
}
