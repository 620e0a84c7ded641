package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * Before a signed-in page's session ends without use, the page warns and offers to keep it (WCAG 2.2.1):
 * an accessibility trial typed a plan on the agenda, was signed out without a word, and lost it. A session
 * of one minute, warned 57 seconds ahead, so the warning comes 3 seconds after a page opens.
 */
@TestPropertySource(
        properties = {"test.store=session-warning-browser", "mset.pages.idle-timeout=1m", "mset.pages.idle-warning=57s"
        })
class SessionWarningInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPageWarnsBeforeItsSessionEndsAndKeepsItWhenAsked() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/panel"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.PANEL_COORDINATOR.key());
        WebElement form = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(form));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/panel"));
        WebElement warning = driver.findElement(By.id("session-warning"));
        assertThat(warning.isDisplayed()).as("not before its time").isFalse();
        // The reader is at a field of the form when the warning comes.
        driver.executeScript("document.getElementById('localAuthority').focus()");

        browser.waitUp().until(ExpectedConditions.visibilityOf(warning));

        assertThat(warning.getText())
                .contains("your session ends in 57 seconds unless you stay signed in")
                .contains("Anything typed and not yet sent would then be lost.");
        assertThat(driver.findElement(By.cssSelector(".session-warning")).getDomAttribute("aria-live"))
                .as("read out when it appears, at once")
                .isEqualTo("assertive");
        browser.assertAccessible();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("the warning takes focus, so a keyboard reader deep in a page can answer it at once")
                .isEqualTo("session-keep");
        driver.findElement(By.id("session-keep")).sendKeys(Keys.ENTER);
        browser.waitUp().until(ExpectedConditions.invisibilityOf(warning));
        // Said, and the reader back where they were (a review: focus fell to the page's top).
        assertThat(driver.findElement(By.id("session-kept")).getAttribute("textContent"))
                .isEqualTo("You are still signed in.");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("localAuthority");

        // The session ended elsewhere (its cookie gone): asked again, the page says so and offers nothing.
        browser.waitUp().until(ExpectedConditions.visibilityOf(warning));
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.findElement(By.id("session-keep")).click();

        browser.waitUp()
                .until(ExpectedConditions.textToBePresentInElement(warning, "Your session has most likely ended"));
        assertThat(warning.getText()).contains("Copy anything you typed and have not sent, then sign in again.");
        assertThat(warning.getCssValue("position"))
                .as("in the page's flow, covering nothing it asks the reader to copy")
                .isEqualTo("static");
        assertThat(driver.findElement(By.id("session-keep")).isDisplayed())
                .as("still offered: another tab may have kept the session")
                .isTrue();
    }

    @Test
    void keepingASessionIsARequestOfTheReadersOwnAreaAndNoPageToGoOnTo() {
        PageClient coordinator = new PageClient("http://localhost:" + port);
        coordinator.signIn(DemoClients.PANEL_COORDINATOR.key());

        PageClient.Page kept = coordinator.get("/panel/session");
        assertThat(kept.status()).isEqualTo(204);
        assertThat(kept.header("Cache-Control")).contains("no-store");
        assertThat(coordinator.get("/audit/session").status())
                .as("another role's area")
                .isEqualTo(403);
        assertThat(coordinator.get("/panel").body()).contains("data-keep-at=\"/panel/session\"");

        PageClient.Page signedOut = new PageClient("http://localhost:" + port).get("/panel/session");
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).isEqualTo("/audit/sign-in");
    }
}
