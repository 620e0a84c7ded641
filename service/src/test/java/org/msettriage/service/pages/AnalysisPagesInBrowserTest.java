package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.StoredHashes;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The analysts' dashboard in a real headless Chromium, over a store seeded with known counts this month:
 * 12 referrals in Sunderland (9 girls, 3 boys, all screened) and 26 in Gateshead (20 girls, 6 non-binary
 * children, none screened). The gender table withholds the 3 boys and, as the line's smallest other count,
 * the 6 non-binary children; the risk levels' rounded parts (8, 8, 8 and 14 as 10, 10, 10 and 15) do not add
 * up to the rounded total (38 as 40), which a note says; each CSV holds its table's cells; charts are drawn
 * from the webjar's Chart.js; and axe-core finds nothing. Of the 12 screened, the 5 the panel refused were
 * refused by two rules each, which "Why screened referrals did not reach the panel" names in words; it
 * prints on A4 whole, without its download link.
 */
@TestPropertySource(properties = "test.store=analysis-pages-browser")
class AnalysisPagesInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theAnalystReadsTheMonthWithSmallCountsWithheldAndEachTableAsCsv() throws Exception {
        seed();
        ChromeDriver driver = browser.driver();
        driver.get(url("/analysis"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/sign-in?next=%2Fanalysis"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.ANALYST.key());
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/analysis"));
        // Zoomed in to 320 pixels after opening (an accessibility trial): the charts drawn for the wide window
        // kept the page scrolling sideways, and the tables' headers broke a letter a line.
        browser.atNarrowWindow(() -> {
            browser.waitUp().until(d -> browser.fitsTheWindowsWidth());
            assertThat(driver.executeScript("const th = [...document.querySelectorAll('#outcome-rates th')]"
                            + ".find(cell => cell.textContent.trim() === 'Characteristic');"
                            + " const words = document.createRange(); words.selectNodeContents(th);"
                            + " return words.getClientRects().length === 1;"))
                    .as("'Characteristic' on one line, its table scrolling sideways within itself")
                    .isEqualTo(true);
        });
        assertThat(row("profile-gender", "Female"))
                .as("9 screened and 7 panel eligible, each withheld as the smallest other beside the counts"
                        + " withheld with their groups (the boys' and the non-binary children's)")
                .containsExactly("30", "withheld", "withheld");
        assertThat(row("profile-gender", "Male"))
                .as("3 boys: none of their counts shown, their 0 panel eligible included")
                .containsExactly("withheld", "withheld", "withheld");
        assertThat(row("profile-gender", "Non-binary"))
                .as("6 would show as 5: withheld as the smallest other count beside the 3 boys, with its parts")
                .containsExactly("withheld", "withheld", "withheld");
        assertThat(row("profile-gender", "All referrals")).containsExactly("40", "10", "5");
        assertThat(driver.findElement(By.id("profile-gender")).getAttribute("textContent"))
                .contains("a gap in it is a withheld count, not 0");
        assertThat(row("by-authority", "Sunderland")).containsExactly("10", "10", "10", "5", "0", "0%");
        assertThat(driver.findElement(By.id("risk-levels")).getAttribute("textContent"))
                .contains("the rounded parts add up to 45, not the rounded total of 40");
        assertThat(row("outcome-rates", "Male")).contains("Not compared: too few to show");
        assertThat(row("panel-unmet", "The panel considers Moderate and Significant risk only"))
                .containsExactly("5");
        assertThat(row("panel-unmet", "The panel needs something it can add")).containsExactly("5");
        assertThat(row("panel-unmet", "Reason not recorded")).containsExactly("0");
        assertThat(row("panel-unmet", "Did not reach the panel")).containsExactly("5");
        assertThat(row("panel-unmet", "Screened (Pre-MSET eligible)")).containsExactly("10");
        assertThat(driver.findElement(By.id("main")).getAttribute("textContent"))
                .doesNotContain("NOT_LEVEL")
                .doesNotContain("NOT_ADDS_VALUE")
                .doesNotContain("SUNDERLAND")
                .doesNotContain("NON_BINARY")
                .doesNotContain("13_TO_15");
        browser.waitUp()
                .until(d -> !d.findElements(By.cssSelector("#profile-gender canvas"))
                        .isEmpty());
        browser.assertAccessible();
        browser.screenshot("analysis-dashboard");
        assertThat(PrintedPdf.of(driver).width()).as("A4 width in points").isCloseTo(595.3, within(1.0));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.executeScript("var s = getComputedStyle; return [s(document.querySelector("
                        + "'#panel-unmet .analysis-scroll')).overflowX, s(document.querySelector("
                        + "'#panel-unmet a[href*=\\'.csv\\']').parentElement).display]"))
                .as("the table printed whole, its download link left out")
                .isEqualTo(List.of("visible", "none"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        String cookie = "MSET_AUDIT_SESSION="
                + driver.manage().getCookieNamed("MSET_AUDIT_SESSION").getValue();
        for (String table : List.of("profile-gender", "risk-levels", "outcome-rates", "by-month", "panel-unmet")) {
            String href = driver.findElement(By.cssSelector("#" + table + " a[href*='.csv']"))
                    .getAttribute("href");
            HttpResponse<String> csv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(href))
                                    .header("Cookie", cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.body()).as(table).isEqualTo(tableAsCsv(table));
        }

        driver.get(url("/analysis/no-such-page"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(driver.findElement(By.linkText("Go to your analysis home page"))
                        .getAttribute("href"))
                .isEqualTo(url("/analysis"));
        browser.assertAccessible();
    }

    /** The cells after the first of the row of a table whose first cell is the label. */
    private List<String> row(String table, String label) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("#" + table + "-table tbody tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
            int at = table.equals("outcome-rates") ? 1 : 0;
            if (text(cells.get(at)).equals(label)) {
                return cells.stream()
                        .skip(at + 1)
                        .map(AnalysisPagesInBrowserTest::text)
                        .toList();
            }
        }
        throw new AssertionError("No row " + label + " in " + table);
    }

    private static String text(WebElement cell) {
        return cell.getAttribute("textContent").strip();
    }

    /** The table as the page shows it, written as CSV here (every cell of these tables is plain). */
    private String tableAsCsv(String table) {
        ChromeDriver driver = browser.driver();
        StringBuilder csv = new StringBuilder();
        for (WebElement row : driver.findElements(By.cssSelector("#" + table + "-table tr"))) {
            csv.append(row.findElements(By.cssSelector("th, td")).stream()
                            .map(cell -> cell.getAttribute("textContent").strip())
                            .map(text -> text.contains(",") || text.contains("\"")
                                    ? '"' + text.replace("\"", "\"\"") + '"'
                                    : text)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private void seed() {
        OffsetDateTime thisMonth = YearMonth.now(ZoneId.of("Europe/London"))
                .atDay(1)
                .atStartOfDay(ZoneId.of("Europe/London"))
                .toOffsetDateTime()
                .plusHours(1);
        String[] levels = {"NONE", "EMERGING", "MODERATE", "SIGNIFICANT"};
        int[] perLevel = {8, 8, 8, 14};
        int n = 0;
        for (int level = 0; level < levels.length; level++) {
            for (int i = 0; i < perLevel[level]; i++, n++) {
                boolean sunderland = n < 12;
                String gender = sunderland ? (n < 9 ? "FEMALE" : "MALE") : (n < 32 ? "FEMALE" : "NON_BINARY");
                decision(
                        thisMonth,
                        sunderland ? "SUNDERLAND" : "GATESHEAD",
                        levels[level],
                        gender,
                        sunderland,
                        sunderland && n < 7,
                        sunderland && n >= 7 ? "NOT_ADDS_VALUE,NOT_LEVEL" : null,
                        "child-" + n);
            }
        }
    }

    private void decision(
            OffsetDateTime assessedAt,
            String authority,
            String level,
            String gender,
            boolean screened,
            boolean panel,
            String unmet,
            String child) {
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                      risk_level, fired_rules_json, local_authority, pathway, pre_mset_eligible,
                                      mset_panel_eligible, child_ref_hash, caller_method, caller_name, gender,
                                      age_band, care_status, referring_agency, exploitation_types, rhi_due,
                                      rhi_offered, panel_unmet_rules)
                VALUES (:id, :at, :at, '2026.12.2', :sha, :level, '{}', :authority, 'PRE_MSET', :screened, :panel,
                        :child, 'API_KEY', 'test', :gender, '13_TO_15', 'CHILD_IN_NEED', 'POLICE', 'CSE', 1, 1, :unmet)
                """)
                .param("id", UUID.randomUUID())
                .param("at", assessedAt)
                .param("sha", HashBytes.of("0".repeat(64)))
                .param("level", level)
                .param("authority", authority)
                .param("screened", screened)
                .param("panel", panel)
                .param("child", StoredHashes.of(child))
                .param("gender", gender)
                .param("unmet", unmet)
                .update();
    }
}
