package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
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

/**
 * "Who looked at this child?" in a real headless Chromium: the access log narrowed to one child and one
 * reader, problems told in words, the read itself recorded, printed on A4; each page free of the WCAG A
 * and AA failures axe-core finds.
 */
class AccessLogInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAuditorSeesWhoLookedAtOneChildAndThatLookIsRecorded() {
        String child = "browser-who-looked-" + UUID.randomUUID();
        UUID decision = triage(child);
        UUID otherChild = triage("browser-someone-else-" + UUID.randomUUID());
        for (UUID read : new UUID[] {decision, otherChild}) {
            assertThat(as(DemoClients.AUDITOR)
                            .get("/api/v1/decisions/" + read + "/record")
                            .status())
                    .isEqualTo(200);
        }
        ChromeDriver driver = signedIn();
        driver.get(url("/audit/access-log"));
        browser.assertAccessible();

        // The reference without why: told in words, nothing shown.
        driver.findElement(By.id("childRef")).sendKeys(child);
        submit(driver, By.cssSelector("main form[method=post] button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Access log");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Say why you are looking: it is kept in the access log");
        assertThat(driver.findElements(By.cssSelector("main table"))).isEmpty();
        browser.assertAccessible();

        driver.findElement(By.id("childRef")).sendKeys(child);
        driver.findElement(By.id("purpose")).sendKeys("SAR 2026-204: who read this child's record");
        submit(driver, By.cssSelector("main form[method=post] button[type=submit]"));
        assertThat(driver.getCurrentUrl()).doesNotContain(child).containsPattern("child=[0-9a-f]{64}");
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("Only the reads of the decisions about the child reference you entered.")
                .contains(decision.toString(), "Opened through the API", "demo-auditor (API key)")
                .doesNotContain(otherChild.toString(), "API_KEY:", "SEARCH_RESULTS");
        browser.screenshot("access-log-one-child");
        browser.assertAccessible();

        // Narrowed to a reader as well, keeping the child; the read just shown is now in the log, in words.
        driver.findElement(By.id("reader")).sendKeys("demo-auditor");
        submit(driver, By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(driver.getCurrentUrl()).contains("reader=demo-auditor").containsPattern("child=[0-9a-f]{64}");
        assertThat(driver.findElement(By.id("log-filters")).getText())
                .isEqualTo("Only the reads of the decisions about the child reference you entered, by demo-auditor.");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("in the access log narrowed to its child", "SAR 2026-204: who read this child's record");
        browser.assertAccessible();

        // Printed on A4, without the forms.
        assertThat(PrintedPdf.of(driver).width()).as("A4 width in points").isCloseTo(595.3, within(1.0));
        assertThat(PrintedPdf.of(driver).height()).as("A4 height in points").isCloseTo(841.9, within(1.0));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("main form")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector("main table")).isDisplayed())
                .isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.get(url("/audit/access-log?child=not-one&decision=nope"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("A decision id looks like", "Child reference is not one this page made");
        // Each links to the field it names, which is marked invalid.
        assertThat(driver.findElements(By.cssSelector("[role=alert] a")).stream()
                        .map(link -> link.getDomAttribute("href"))
                        .toList())
                .containsExactly("#decision", "#childRef");
        assertThat(driver.findElement(By.id("decision")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("reader")).getDomAttribute("aria-invalid"))
                .isNull();
        // And says why beside it (a reviewer's finding: the field was marked, its reason only in the summary).
        assertThat(driver.findElement(By.id("decision")).getDomAttribute("aria-describedby"))
                .isEqualTo("decision-error");
        assertThat(driver.findElement(By.id("decision-error")).getText()).contains("A decision id looks like");
        assertThat(driver.findElements(By.id("reader-error"))).isEmpty();
        browser.assertAccessible();
    }

    private UUID triage(String childRef) {
        String id = "browser-log-" + UUID.randomUUID();
        String referral = Referrals.referral(id, 14, "FEMALE", "GATESHEAD", "PUSH03:CURRENT")
                .replace("\"childRef\": \"child-" + id + "\"", "\"childRef\": \"" + childRef + "\"");
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private ChromeDriver signedIn() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/audit/sign-in"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.AUDITOR.key());
        submit(driver, By.cssSelector("main form button[type=submit]"));
        return driver;
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
