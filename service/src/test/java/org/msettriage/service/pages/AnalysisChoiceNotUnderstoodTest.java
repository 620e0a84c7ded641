package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A dashboard choice the analyst's address gives but the dashboard does not know (an area "MARS", a date
 * basis "zzz") is refused as the API's reports refuse it: the page says in words what was not understood
 * and what is allowed, shows the form and no figures, with status 400; a table's CSV is refused too.
 */
@TestPropertySource(properties = "test.store=analysis-choice-not-understood")
class AnalysisChoiceNotUnderstoodTest extends ServiceTest {

    @Test
    void anUnknownAreaAndDateBasisAreNamedAndNoFiguresAreShown() {
        PageClient analyst = signedIn();

        PageClient.Page refused = analyst.get("/analysis?localAuthority=MARS&dateBasis=zzz");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("The local authority chosen is not one the dashboard knows: choose one of ")
                .contains("Sunderland", ", or all local authorities.")
                .contains(
                        "The month to count a referral in is not one the dashboard knows: choose the month it was assessed or the"
                                + " month the service decided it.")
                .contains("id=\"localAuthority\"", "id=\"dateBasis\"")
                // Each problem links to its field, marked invalid; the title says there is a problem.
                .contains("<a href=\"#localAuthority\">The local authority chosen", "<a href=\"#dateBasis\">The month")
                .containsPattern(
                        "id=\"localAuthority\" aria-invalid=\"true\" aria-describedby=\"localAuthority-error\"")
                .doesNotContainPattern("id=\"fromMonth\" aria-invalid")
                // And says why beside it, as the other forms do.
                .containsPattern("<p class=\"error-message\" id=\"dateBasis-error\"><span class=\"visually-hidden\">"
                        + "Error:</span>\\s*The month to count a referral in is not one")
                .doesNotContain("id=\"fromMonth-error\"")
                .contains("<title>Error: Dashboard")
                .doesNotContain("class=\"analysis-table\"", ".csv");
        PageClient.Page understood =
                analyst.get("/analysis?fromMonth=2026-11&toMonth=2026-12&localAuthority=SUNDERLAND&dateBasis=decided");
        assertThat(understood.status()).isEqualTo(200);
        assertThat(understood.body()).contains("class=\"analysis-table\"").doesNotContain("is not a");
        // This store holds no decision: said in words, not left to be read from the zeros (an analyst's trial).
        assertThat(understood.body()).contains("No referral naming Sunderland was made in these months: its counts");
        assertThat(refused.body()).doesNotContain("No referral was made");
        // A group's name is words, aligned as words, though it starts with a digit (a coordinator's trial saw
        // "10 to 12" aligned as a number under "Under 10"); its counts and shares are numbers.
        assertThat(understood.body())
                .contains("<td>10 to 12</td>", "<td>18 and over</td>")
                .doesNotContain("<td class=\"numeric\">10 to 12</td>")
                .contains("<td class=\"numeric\">0</td>");
        // Printed, every page says it in its top margin, from a stylesheet of the same choice.
        assertThat(understood.body())
                .contains(
                        "href=\"/analysis/print.css?fromMonth=2026-11&amp;toMonth=2026-12&amp;localAuthority=SUNDERLAND"
                                + "&amp;dateBasis=decided\"");
        PageClient.Page head = analyst.get(
                "/analysis/print.css?fromMonth=2026-11&toMonth=2026-12&localAuthority=SUNDERLAND&dateBasis=decided");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("text/css");
        assertThat(head.body())
                .contains("@top-left", "content: \"MSET dashboard: Sunderland, November 2026 to December 2026,");
        assertThat(analyst.get("/analysis/print.css?localAuthority=MARS").status())
                .isEqualTo(404);
        assertThat(refused.body()).doesNotContain("/analysis/print.css");
        // The form is not printed: the page says what its figures cover in words that are.
        assertThat(understood.body())
                .contains("Sunderland, November 2026 to December 2026, each referral counted in the month the service"
                        + " decided it.");
        assertThat(analyst.get("/analysis?fromMonth=2026-11&toMonth=2026-11").body())
                .contains("All local authorities, November 2026, each referral counted in the month it was assessed.");
    }

    @Test
    void monthsNotUnderstoodShowNoFiguresEither() {
        PageClient.Page refused = signedIn().get("/analysis?fromMonth=2026-13");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("The first month could not be read: give a month such as 2026-07.")
                .doesNotContain("class=\"analysis-table\"");
        // Both months are marked, as they are one choice; the last, with no message of its own, is described
        // by the first's (an accessibility trial found it marked and described by nothing).
        assertThat(refused.body())
                .containsPattern("id=\"toMonth\" aria-invalid=\"true\" aria-describedby=\"fromMonth-error\"")
                .containsPattern("id=\"fromMonth\" aria-invalid=\"true\" aria-describedby=\"fromMonth-error\"");
    }

    @Test
    void aNameTheDashboardDoesNotReadIsRefusedNotIgnored() {
        PageClient analyst = signedIn();

        // An analyst's trial: a misspelt name showed every local authority's figures as if Sunderland's.
        PageClient.Page misspelt = analyst.get("/analysis?localauthority=SUNDERLAND&fromMonth=2026-10");
        PageClient.Page csv = analyst.get("/analysis/tables/by-month.csv?localAuthority=SUNDERLAND&zzz=1");

        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.body())
                .contains("<span>The address names something the dashboard does not read: it reads only fromMonth,"
                        + " toMonth, localAuthority and dateBasis, written so (capitals as shown).</span>")
                .doesNotContain("localauthority", "class=\"analysis-table\"");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.body())
                .contains("The address names something the dashboard does not read")
                .doesNotContain("zzz");
        assertThat(analyst.get("/analysis/print.css?dateBasis=decided&x=1").status())
                .isEqualTo(404);
    }

    @Test
    void aTablesCsvForAChoiceNotUnderstoodIsRefusedInWords() {
        PageClient analyst = signedIn();

        PageClient.Page refused = analyst.get("/analysis/tables/by-month.csv?localAuthority=MARS&dateBasis=zzz");
        PageClient.Page understood = analyst.get("/analysis/tables/by-month.csv?localAuthority=SUNDERLAND");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("text/plain");
        assertThat(refused.body())
                .contains("The local authority chosen is not one the dashboard knows")
                .contains("The month to count a referral in is not one the dashboard knows")
                // What was given is never repeated: an address can carry any text.
                .doesNotContain("MARS", "zzz");
        assertThat(understood.status()).isEqualTo(200);
        assertThat(understood.header("Content-Type")).startsWith("text/csv");
        PageClient.Page noSuchTable = analyst.get("/analysis/tables/nope.csv");
        assertThat(noSuchTable.status()).isEqualTo(404);
        assertThat(noSuchTable.header("Content-Type")).startsWith("text/plain");
        assertThat(noSuchTable.body())
                .isEqualTo("The dashboard has no table of that name: download a table from the"
                        + " dashboard's own link.");
    }

    private PageClient signedIn() {
        PageClient analyst = new PageClient("http://localhost:" + port);
        analyst.signIn(DemoClients.ANALYST.key());
        return analyst;
    }
}
