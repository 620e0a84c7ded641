package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.DecisionSealer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subject access report of six decisions about one child, printed as a child's representative reads it
 * (found in a trial for a Caldicott guardian: 39 A4 pages for 6 decisions, mostly rule ids in a column of
 * their own, with who was signed in and the links' addresses printed). In a real headless Chromium: the
 * reasons read as sentences with the rule's id only as a small reference, nothing of the screen is printed,
 * and the report keeps to a few pages a decision. The PDF is kept as target/screenshots/subject-access-six-decisions.pdf.
 */
class SubjectAccessPrintInBrowserTest extends ServiceTest {

    private static final String CHILD = "child-six-decisions";
    private static final int DECISIONS = 6;

    /**
     * At most this many A4 pages a decision, the report's head and the panel's outcomes included. With a
     * column of rule ids the trial's store printed 6.5 pages a decision and this one 9 (55 pages); as
     * sentences, under 4 (23 pages, 2026-12-06). A bound, not the figure, so a font's metrics cannot fail
     * it; a return to the old layout does.
     */
    private static final int PAGES_A_DECISION = 5;

    /** A rule id as the engine writes it: INDICATOR_POINTS, MIS01-CURRENT. */
    private static final String RULE_ID = "\\b[A-Z][A-Z0-9]+(?:[_-][A-Z0-9]+)+\\b";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    DecisionSealer sealer;

    @Test
    void sixDecisionsPrintAsSentencesOnAFewPagesWithNothingOfTheScreen() throws IOException {
        for (int n = 1; n <= DECISIONS; n++) {
            triage(n);
        }
        sealer.sealPending();
        ChromeDriver driver = subjectAccessReport();
        assertThat(driver.findElement(By.id("decision-count")).getText()).isEqualTo(String.valueOf(DECISIONS));
        assertThat(driver.findElements(By.cssSelector("td.rule-id")))
                .as("no column of rule ids")
                .isEmpty();
        browser.assertAccessible();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector("header .signed-in")).isDisplayed())
                    .isFalse();
            assertThat(driver.findElement(By.cssSelector("nav.site-nav")).isDisplayed())
                    .isFalse();
            String printed = driver.findElement(By.tagName("body")).getText();
            assertThat(printed).doesNotContain("Signed in as", "/audit/");
            assertThat((List<?>) driver.executeScript("""
                            return [...document.querySelectorAll('a[href]')]
                              .map(a => getComputedStyle(a, '::after').content)
                              .filter(content => content !== 'none' && content !== 'normal');"""))
                    .as("links printing what follows them")
                    .isEmpty();
            // Every reason is printed, as a sentence: a rule's id only in the small reference after it.
            assertThat((List<?>) driver.executeScript("""
                            return [...document.querySelectorAll('.reasons-list li')]
                              .map(li => li.getBoundingClientRect().height);"""))
                    .as("heights of the reasons, folded on screen")
                    .hasSizeGreaterThan(DECISIONS * 10)
                    .allSatisfy(height ->
                            assertThat(((Number) height).doubleValue()).isPositive());
            assertThat((List<?>) driver.executeScript("""
                            return [...document.querySelectorAll('.reasons-list li')]
                              .map(li => [...li.childNodes].filter(n => !(n.classList && n.classList.contains('rule-ref')))
                                  .map(n => n.textContent).join('').trim())
                              .filter(words => new RegExp(arguments[0]).test(words));""", RULE_ID))
                    .as("reasons whose words name a rule by its id")
                    .isEmpty();
            assertThat(driver.findElements(By.cssSelector(".reasons-list .rule-ref")))
                    .allSatisfy(reference -> {
                        assertThat(reference.getDomProperty("textContent"))
                                .matches("rule [A-Z][A-Z0-9_-]*(, [-+]?\\d+ points?)?");
                        assertThat(Double.parseDouble(
                                        reference.getCssValue("font-size").replace("px", "")))
                                .as("a rule's reference is small beside its reason")
                                .isLessThan(10);
                    });
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        PrintedPdf pdf = PrintedPdf.of(driver);
        Path kept = Path.of(
                System.getProperty("basedir", "."), "target", "screenshots", "subject-access-six-decisions.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf.bytes());
        assertThat(pdf.pages())
                .as("A4 pages for %d decisions", DECISIONS)
                .isBetween(DECISIONS, DECISIONS * PAGES_A_DECISION);
    }

    private void triage(int n) {
        String referral = payload()
                .replace("REF-REPORT-2026-0117", "REF-SIX-2026-000" + n)
                .replace("child-decision-report", CHILD)
                .replace("2026-11-12T10:00:00Z", "2026-11-1" + (n + 1) + "T10:00:00Z");
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
    }

    private ChromeDriver subjectAccessReport() {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.get(url("/audit/sign-in"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.AUDITOR.key());
        submit(driver, By.cssSelector("main form button[type=submit]"));
        driver.get(url("/audit/subject-access"));
        driver.findElement(By.id("childRef")).sendKeys(CHILD);
        driver.findElement(By.id("reason")).sendKeys("SAR 2026-200");
        submit(driver, By.cssSelector("main form button[type=submit]:not([formaction])"));
        return driver;
    }

    private static String payload() {
        try (InputStream in =
                SubjectAccessPrintInBrowserTest.class.getResourceAsStream("/pages/decision-report-referral.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void submit(ChromeDriver driver, By control) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(control).click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
        browser.waitUp().until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
