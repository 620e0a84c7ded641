package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An auditor's whole round in a real headless Chromium: search (by filters, then by child reference),
 * open the decision, read its report, follow the ruleset link, check verification and the access log,
 * and print a subject access report, each page free of the WCAG A and AA failures axe-core finds. The
 * decision page's screenshot is the one in the README.
 */
class AuditorReadsADecisionInBrowserTest extends ServiceTest {

    private static final String CHILD = "child-browser-round";
    private static final String NOTE = "seen getting into a silver car after school";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAuditorFindsReadsAndChecksADecision() throws Exception {
        UUID id = triage();
        assertThat(http().post(
                                "/api/v1/decisions/" + id + "/feedback",
                                "{\"outcome\": \"OVERRIDDEN\", \"reasonCode\": \"ALREADY_IN_A_PLAN\","
                                        + " \"comment\": \"Already on a child protection plan\"}")
                        .status())
                .isEqualTo(201);
        JsonDecision decision = JsonDecision.of(as(DemoClients.AUDITOR).get("/api/v1/decisions/" + id));
        ChromeDriver driver = signedIn();

        // Search by filters that travel in the address.
        driver.get(url("/audit/decisions"));
        new Select(driver.findElement(By.id("localAuthority"))).selectByValue("NORTHUMBERLAND");
        new Select(driver.findElement(By.id("riskLevel"))).selectByValue(decision.riskLevel());
        submit(driver, By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(driver.getCurrentUrl())
                .contains("localAuthority=NORTHUMBERLAND")
                .contains("riskLevel=");
        assertThat(links(driver)).contains(id.toString());

        // Search by child reference: posted, and the address then holds only its keyed hash.
        driver.findElement(By.id("childRef")).sendKeys(CHILD);
        driver.findElement(By.id("purpose")).sendKeys("Quarterly case audit");
        submit(driver, By.cssSelector("main form[method=post] button[type=submit]"));
        assertThat(driver.getCurrentUrl()).doesNotContain(CHILD).containsPattern("child=[0-9a-f]{64}");
        assertThat(links(driver)).containsExactly(id.toString());
        browser.assertAccessible();
        submit(driver, By.linkText(id.toString()));

        // The decision, as a report.
        assertThat(driver.getTitle()).isEqualTo("Decision " + id + " – MSET Triage audit");
        assertThat(driver.findElement(By.id("decision-id")).getText()).isEqualTo(id.toString());
        assertThat(driver.findElement(By.id("risk-level")).getText())
                .as("the level in words")
                .isEqualTo(decision.riskLevel().charAt(0)
                        + decision.riskLevel().substring(1).toLowerCase(java.util.Locale.UK));
        assertThat(driver.findElement(By.id("integrity-state")).getText()).isIn("Intact", "Awaiting its seal");
        assertThat(driver.findElement(By.id("explanation-summary")).getText()).isEqualTo(decision.summary());
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(CHILD, NOTE, "Zed", "Already on a child protection plan")
                .contains("Already supported under another plan")
                .contains("Quarterly case audit", "demo-auditor (API key)");
        for (String action : decision.actionTitles()) {
            assertThat(page).contains(action);
        }
        assertThat(driver.findElements(By.cssSelector("#viewers + table tbody tr")))
                .as("the API read before, the search listing it (with the reason), and this view")
                .extracting(row -> row.findElements(By.tagName("td")).get(2).getText())
                .containsExactlyInAnyOrder(
                        "Opened through the API",
                        "Listed in search results (its referral reference and summary's first sentence shown)",
                        "Opened on the auditors' decision page");
        Path screenshot = browser.screenshot("auditor-decision-page");
        assertThat(screenshot).isNotEmptyFile();
        assertThat(Files.size(screenshot)).isGreaterThan(20_000);
        browser.assertAccessible();

        // The ruleset it was made by.
        submit(driver, By.id("ruleset-link"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ruleset " + decision.rulesetVersion());
        assertThat(driver.findElement(By.id("ruleset-sha")).getText()).isEqualTo(decision.rulesetSha256());
        assertThat(driver.findElements(By.cssSelector("pre.source"))).isNotEmpty();
        browser.assertAccessible();

        // Verification and the access log.
        driver.get(url("/audit/verification"));
        assertThat(driver.findElement(By.id("verdict")).getText()).isIn("Intact");
        browser.assertAccessible();
        // A head kept from this check, given back, is found in its place; one given wrongly is named.
        String position = driver.findElement(By.id("head-position")).getText();
        String mac = driver.findElement(By.id("head-mac")).getText();
        driver.findElement(By.id("headPosition")).sendKeys(position);
        driver.findElement(By.id("headChainMac")).sendKeys(mac.toUpperCase(Locale.ROOT));
        submit(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.id("kept-head")).getText())
                .isEqualTo("Position " + position
                        + ": still the link you kept, so the chain was not cut short of it (any other problem is"
                        + " listed below)");
        browser.assertAccessible();
        driver.findElement(By.id("headPosition")).clear();
        driver.findElement(By.id("headPosition")).sendKeys("twelve");
        submit(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Verification");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Enter the position as a whole number, for example 1200");
        assertThat(driver.findElement(By.id("headPosition")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElements(By.id("kept-head"))).isEmpty();
        browser.screenshot("verification-head-refused");
        browser.assertAccessible();
        driver.get(url("/audit/access-log?decision=" + id));
        String log = driver.findElement(By.tagName("main")).getText();
        assertThat(log)
                .contains("Opened on the auditors' decision page", "Listed in search results")
                .contains("Quarterly case audit", "demo-auditor (API key)")
                .doesNotContain("API_KEY:");
        browser.assertAccessible();

        // Subject access, printable.
        driver.get(url("/audit/subject-access"));
        browser.assertAccessible();
        driver.findElement(By.id("childRef")).sendKeys(CHILD);
        driver.findElement(By.id("reason")).sendKeys("SAR 2026-118");
        submit(driver, By.cssSelector("main form button[type=submit]:not([formaction])"));
        assertThat(driver.findElement(By.id("child-ref")).getText()).isEqualTo(CHILD);
        assertThat(driver.findElement(By.id("decision-count")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(NOTE);
        browser.screenshot("auditor-subject-access");
        browser.assertAccessible();
    }

    @Test
    void aDecisionThatIsNotStoredIsNotFound() {
        ChromeDriver driver = signedIn();
        driver.get(url("/audit/decisions/" + UUID.randomUUID()));

        assertThat(driver.getTitle()).isEqualTo("Not found – MSET Triage audit");
        browser.assertAccessible();
        driver.get(url("/audit/decisions?from=yesterday"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("from must be a date");
        // Read first: focus moves to the summary of what was wrong (an accessibility trial found it at the top).
        browser.waitUp()
                .until(d -> "search-errors"
                        .equals(driver.executeScript("return document.activeElement.getAttribute('aria-labelledby')")));
        browser.assertAccessible();
    }

    private UUID triage() {
        String referral = Referrals.referral(
                        "browser-round", 13, "FEMALE", "NORTHUMBERLAND", "CSE03:CURRENT", "PUSH03:CURRENT")
                .replace("\"childRef\": \"child-browser-round\"", "\"childRef\": \"" + CHILD + "\"")
                .replace("\"recency\": \"CURRENT\"}", "\"recency\": \"CURRENT\", \"note\": \"" + NOTE + "\"}")
                .replace(
                        "\"indicators\":",
                        "\"perpetrators\": [{\"nickname\": \"Zed\", \"isAdult\": true}], \"indicators\":");
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private ChromeDriver signedIn() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/audit/sign-in"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.AUDITOR.key());
        submit(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit"));
        return driver;
    }

    private static void submit(ChromeDriver driver, By control) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(control).click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
        // The old page is gone once the new one starts; wait until it has been read whole.
        browser.waitUp().until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private static List<String> links(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("a.decision-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** What the test checks the page against, read from the API's answer for the same decision. */
    private record JsonDecision(
            String riskLevel, String summary, List<String> actionTitles, String rulesetVersion, String rulesetSha256) {

        static JsonDecision of(HttpJson.Answer answer) {
            var json = answer.json();
            List<String> actions = new java.util.ArrayList<>();
            json.get("actions")
                    .forEach(action -> actions.add(action.get("title").asString()));
            return new JsonDecision(
                    json.get("riskLevel").asString(),
                    json.at("/explanation/summary").asString(),
                    actions,
                    json.at("/ruleset/version").asString(),
                    json.at("/ruleset/sha256").asString());
        }
    }
}
