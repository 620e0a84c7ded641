package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rules workbench in a real headless Chromium: a policy lead signs in at the shared form and lands
 * on the workbench, uploads a candidate through the file input, reads what the check found and proposes
 * it, and reads a ruleset; each page free of the WCAG A and AA failures axe-core finds. Its own context:
 * the impact replay takes every stored decision, and its figures are pinned here; it also switches what
 * serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=rules-workbench-browser-test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesWorkbenchInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path folder;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Submits the form a button is in and waits for the next page. */
    private void submit(WebElement button) {
        ChromeDriver driver = browser.driver();
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    }

    /** How each part the selector finds, and each of its headings, breaks across printed pages. */
    private static java.util.List<String> printedWhole(ChromeDriver driver, String parts) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            java.util.List<WebElement> found = driver.findElements(By.cssSelector(parts + ", " + parts + " h3"));
            return found.stream().map(part -> part.getCssValue("break-inside")).toList();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    /** Opens the workbench, which sends a browser not signed in to the form, and signs in there. */
    private ChromeDriver signedIn() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/rules"));
        if (driver.getCurrentUrl().equals(url("/audit/sign-in?next=%2Frules"))) {
            driver.findElement(By.id("credential")).sendKeys(DemoClients.POLICY_LEAD.key());
            submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
        }
        return driver;
    }

    @Test
    @Order(1)
    void aCandidatesImpactReadsAsAPageFreeOfAccessibilityFailures() throws InterruptedException {
        ChromeDriver driver = signedIn();
        driver.findElement(By.id("candidate"))
                .sendKeys(candidateZip("browser-impact-1").toString());
        submit(driver.findElement(By.xpath("//button[text()='Check it']")));
        submit(driver.findElement(By.xpath("//button[text()='Replay past decisions through it']")));

        for (int i = 0; i < 300 && !driver.findElement(By.id("state")).getText().equals("Done"); i++) {
            Thread.sleep(100);
            driver.navigate().refresh();
        }

        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Done");
        assertThat(driver.getTitle()).isEqualTo("Impact of browser-impact-1 – MSET Triage rules");
        assertThat(driver.findElement(By.id("scenarios-changed")).getText()).isEqualTo("14");
        java.util.List<WebElement> tables = driver.findElements(By.cssSelector("table[data-chart]"));
        java.util.List<WebElement> charts = driver.findElements(By.cssSelector(".chart canvas[role=img]"));
        assertThat(tables).as("a table per breakdown").hasSizeGreaterThanOrEqualTo(4);
        assertThat(charts).as("a chart drawn above each breakdown's table").hasSameSizeAs(tables);
        assertThat(charts.get(0).getAttribute("aria-label")).endsWith(": the same figures as the table below");
        assertThat(charts.get(0).getSize().getHeight()).isPositive();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .as("an action added by its title in the catalogue, not its code spelt out")
                .contains("Review the risk assessment within three months: added for 14")
                .doesNotContain("Review assessment");
        browser.assertAccessible();
        browser.screenshot("rules-impact");
    }

    /** Runs after the impact test, whose figures are against the packaged ruleset: it switches what serves. */
    @Test
    @Order(2)
    void aPolicyLeadChecksACandidateProposesItAndASecondApprovesIt() {
        ChromeDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/rules"));
        assertThat(driver.getCurrentUrl()).as("not signed in").isEqualTo(url("/audit/sign-in?next=%2Frules"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.POLICY_LEAD.key());
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/rules"));
        assertThat(driver.getTitle()).isEqualTo("Rulesets and proposals – MSET Triage rules");
        assertThat(driver.findElement(By.id("serving")).getText()).isEqualTo(CandidateRulesets.PACKAGED_VERSION);
        browser.assertAccessible();
        browser.screenshot("rules-home");

        driver.findElement(By.id("candidate"))
                .sendKeys(candidateZip("browser-1").toString());
        submit(driver.findElement(By.xpath("//button[text()='Check it']")));

        assertThat(driver.getTitle()).isEqualTo("Candidate checked – MSET Triage rules");
        assertThat(driver.findElement(By.id("verdict")).getText())
                .startsWith("Usable, and kept: it changes the expected outcome of");
        browser.assertAccessible();
        browser.screenshot("rules-candidate-checked");
        assertThat(driver.getCurrentUrl())
                .as("at an address of its own, so Back from proposing shows it again")
                .isEqualTo(url("/rules/candidates/browser-1"));
        // At 320 pixels a heading of a rule's long name ran past the window's edge (an accessibility trial).
        browser.atNarrowWindow(() -> assertThat(browser.fitsTheWindowsWidth())
                .as("no sideways scrolling at 320 pixels")
                .isTrue());
        assertThat(printedWhole(driver, "section[aria-labelledby='changes-title'] section"))
                .as("each scenario's changes, printed with its heading on one page where they fit")
                .isNotEmpty()
                .containsOnly("avoid");

        driver.findElement(By.id("reason")).sendKeys("Raise the weight of current vulnerabilities");
        // The tick is the service's to require, not only the browser's: sent without it, the form comes back.
        driver.executeScript("document.getElementById('accept-changes').removeAttribute('required')");
        submit(driver.findElement(By.xpath("//button[text()='Propose activating it']")));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .startsWith("Nothing was proposed\nTick “I intend every one of the");
        assertThat(driver.getTitle()).isEqualTo("Error: Candidate checked – MSET Triage rules");
        // The refusal's line leads to the tick, which is marked and says the problem again.
        driver.findElement(By.cssSelector("[role=alert] a")).click();
        WebElement tick = driver.switchTo().activeElement();
        assertThat(tick.getDomAttribute("id")).isEqualTo("accept-changes");
        assertThat(tick.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id(tick.getDomAttribute("aria-describedby")))
                        .getDomProperty("textContent"))
                .containsPattern("^Error:\\s+Tick “I intend every one of the");
        assertThat(driver.findElement(By.id("reason")).getDomProperty("value"))
                .isEqualTo("Raise the weight of current vulnerabilities");
        assertThat(driver.findElement(By.id("accept-changes")).isSelected()).isFalse();
        browser.assertAccessible();
        driver.findElement(By.id("accept-changes")).click();
        submit(driver.findElement(By.xpath("//button[text()='Propose activating it']")));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/rules"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo(
                        "Activation of browser-1 is proposed. Another policy lead must approve it before it serves.");
        assertThat(driver.findElement(By.cssSelector("article.report-entry h3")).getText())
                .isEqualTo("Activate ruleset browser-1");
        browser.assertAccessible();
        browser.screenshot("rules-proposed");

        driver.get(url("/rules/rulesets/" + CandidateRulesets.PACKAGED_VERSION));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Ruleset " + CandidateRulesets.PACKAGED_VERSION);
        // The rules table fits the page: its long rule ids made it scroll sideways and print cut off.
        assertThat(driver.executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling")
                .isEqualTo(true);
        browser.assertAccessible();
        browser.screenshot("rules-ruleset");
        // Printed, the actions' table (30 columns) was cut after its fifth (a policy lead's trial): it now
        // prints on landscape pages of its own, as wide as the page and no wider.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(
                        driver.executeScript(
                                "const section = document.getElementById('table-action-rules.csv').parentElement;"
                                        + " const table = section.querySelector('table');"
                                        + " return [getComputedStyle(section).page,"
                                        + " table.getBoundingClientRect().right <= section.getBoundingClientRect().right + 1];"))
                .isEqualTo(List.of("wide", true));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        submit(driver.findElement(By.xpath("//button[text()='Sign out']")));
        driver.get(url("/rules"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.SECOND_POLICY_LEAD.key());
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/rules"));
        driver.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Read the impact; agreed at the meeting");
        submit(driver.findElement(By.xpath("//button[text()='Approve and activate']")));

        assertThat(driver.findElement(By.id("serving")).getText()).isEqualTo("browser-1");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("browser-1");
        browser.assertAccessible();
        browser.screenshot("rules-approved");
    }

    @Test
    @Order(3)
    void aCandidateRunsInShadowFromThePage() {
        ChromeDriver driver = signedIn();
        driver.findElement(By.linkText("Shadow")).click();
        assertThat(driver.getTitle()).isEqualTo("Shadow – MSET Triage rules");
        assertThat(driver.findElement(By.id("running")).getText()).isEqualTo("No ruleset runs in shadow.");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("version")))
                .selectByVisibleText("browser-impact-1");
        submit(driver.findElement(By.xpath("//button[text()='Start the shadow']")));

        assertThat(driver.findElement(By.id("running")).getText())
                .startsWith("Ruleset browser-impact-1 runs in shadow");
        assertThat(driver.findElement(By.id("counts")).getText()).startsWith("Compared on ");
        browser.assertAccessible();
        browser.screenshot("rules-shadow");
        submit(driver.findElement(By.xpath("//button[text()='Stop the shadow of browser-impact-1']")));
        assertThat(driver.findElement(By.id("running")).getText()).isEqualTo("No ruleset runs in shadow.");
    }

    /**
     * The policy lead's first change of issue 16 through the pages: a new indicator added to the serving
     * ruleset's table, checked, proposed, approved by the second lead, and then deciding referrals with its
     * category's actions. Runs after browser-1 (the raised weight) was approved, and starts from it.
     */
    @Test
    @Order(4)
    void aNewIndicatorInATableIsCheckedProposedAndApprovedInThePages() {
        ChromeDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        signedIn();
        Path zip = folder.resolve("browser-2.zip");
        List<RulesetFile> files = CandidateRulesets.raisedWeight("browser-2").stream()
                .map(f -> f.name().equals("indicators.csv")
                        ? new RulesetFile(
                                f.name(), f.content() + "ONL06,ONL,S,RISK,Asked online to keep a new contact secret\n")
                        : f)
                .toList();
        try {
            Files.write(zip, CandidateRulesets.zip(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.findElement(By.id("candidate")).sendKeys(zip.toString());
        submit(driver.findElement(By.xpath("//button[text()='Check it']")));
        assertThat(driver.findElement(By.id("verdict")).getText())
                .as("checked against the scenarios browser-1 was approved with")
                .startsWith("Usable: nothing is wrong, and all 275 scenarios give their expected outcome.");
        driver.findElement(By.id("reason")).sendKeys("A new online indicator");
        submit(driver.findElement(By.xpath("//button[text()='Propose activating it']")));

        submit(driver.findElement(By.xpath("//button[text()='Sign out']")));
        driver.get(url("/rules"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.SECOND_POLICY_LEAD.key());
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
        submit(driver.findElement(By.xpath("//button[text()='Approve and activate']")));
        assertThat(driver.findElement(By.id("serving")).getText()).isEqualTo("browser-2");

        String decided = http().post(
                        "/api/v1/triage",
                        org.msettriage.service.ruleset.Referrals.referral(
                                "browser-2-referral", 14, "FEMALE", "GATESHEAD", "ONL06:CURRENT"))
                .response()
                .body();
        assertThat(decided)
                .contains("\"POLICE_MARKER\"")
                .contains("\"SPECIALIST_SUPPORT\"")
                .contains("ONL06");
    }

    private Path candidateZip(String version) {
        Path zip = folder.resolve(version + ".zip");
        try {
            Files.write(zip, CandidateRulesets.zip(CandidateRulesets.raisedWeight(version)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
