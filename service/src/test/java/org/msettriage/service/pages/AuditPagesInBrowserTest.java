package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The auditor pages in a real headless Chromium: signing in, the home page, signing out, a refusal; each
 * free of the WCAG A and AA failures axe-core finds.
 */
class AuditPagesInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private ChromeDriver open(String path) {
        ChromeDriver driver = browser.driver();
        driver.get(url(path));
        return driver;
    }

    private void signIn(String credential) {
        ChromeDriver driver = browser.driver();
        WebElement form = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("credential")).sendKeys(credential);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // ChromeDriver may answer "node does not belong to the document" while the old page goes: ask again.
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(form));
    }

    @Test
    void anAuditorWhoIsNotSignedInIsSentToTheSignInForm() {
        ChromeDriver driver = open("/audit");

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/sign-in?next=%2Faudit"));
        assertThat(driver.getTitle()).isEqualTo("Sign in – MSET Triage audit");
        WebElement field = driver.findElement(By.id("credential"));
        assertThat(driver.findElement(By.cssSelector("label[for=credential]")).getText())
                .isEqualTo("API key");
        assertThat(field.getDomAttribute("type")).isEqualTo("password");
        assertThat(driver.findElements(By.tagName("nav")))
                .as("no navigation before sign-in")
                .isEmpty();
        browser.assertAccessible();
    }

    @Test
    void anAuditorSignsInSeesTheHomePageAndSignsOut() {
        ChromeDriver driver = open("/audit/sign-in");

        signIn(DemoClients.AUDITOR.key());

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit"));
        assertThat(driver.getTitle()).isEqualTo("Home – MSET Triage audit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit");
        assertThat(driver.findElement(By.cssSelector("main .lead")).getText()).isEqualTo("Signed in as demo-auditor.");
        assertThat(driver.findElement(By.cssSelector("header .signed-in__who")).getText())
                .isEqualTo("Signed in as demo-auditor");
        WebElement nav = driver.findElement(By.cssSelector("nav[aria-label='Audit pages']"));
        assertThat(nav.findElements(By.tagName("a")).stream()
                        .map(link -> link.getText() + " " + link.getDomAttribute("href"))
                        .toList())
                .containsExactly(
                        "Search decisions /audit/decisions",
                        "Verification /audit/verification",
                        "Access log /audit/access-log",
                        "Subject access /audit/subject-access");
        assertThat(driver.findElements(By.cssSelector("main h2")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Search decisions", "Verification", "Access log", "Subject access");
        // The stylesheet loaded (the header is dark), so the page was allowed it by its own policy.
        assertThat(driver.findElement(By.cssSelector("header.site-header")).getCssValue("background-color"))
                .isEqualTo("rgba(11, 12, 12, 1)");
        Path screenshot = browser.screenshot("audit-home");
        assertThat(screenshot).isNotEmptyFile();
        browser.assertAccessible();
        // Printed, the page keeps its content and loses the controls and who is signed in (the paper is not
        // signed in); a link prints as its words, never as an address of these pages (useless on paper).
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(nav.isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("header form")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector("header .signed-in__who")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Signed in as");
        assertThat(driver.executeScript(
                        "return getComputedStyle(document.querySelector('main h2 a'), '::after').content"))
                .isEqualTo("none");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("/audit/");
        browser.screenshot("audit-home-print");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.findElement(By.cssSelector("header form button")).click();
        browser.waitUp().until(ExpectedConditions.urlToBe(url("/audit/sign-in?signedOut=true")));
        assertThat(driver.findElement(By.id("signed-out")).getText())
                .isEqualTo("You are signed out. Sign in again to go on.");
        driver.get(url("/audit"));

        assertThat(driver.getCurrentUrl())
                .as("signed out, the pages are closed again")
                .isEqualTo(url("/audit/sign-in?next=%2Faudit"));
    }

    @Test
    void aCaseSystemKeyIsRefusedWithTheGenericMessage() {
        ChromeDriver driver = open("/audit/sign-in");

        signIn(DemoClients.CASE_SYSTEM.key());

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/sign-in"));
        assertThat(driver.getTitle()).isEqualTo("Error: Sign in – MSET Triage");
        assertThat(driver.switchTo().activeElement().getDomAttribute("aria-labelledby"))
                .as("focus on the summary of what was wrong, read first")
                .isEqualTo("error-summary-title");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("You could not be signed in\nThat key or token cannot be used to sign in here. Check that"
                        + " you pasted the whole of your own credential (an auditor's, a policy lead's, the MSET"
                        + " coordinator's or an analyst's), and try again.");
        assertThat(driver.findElement(By.cssSelector("[role=alert] a")).getDomAttribute("href"))
                .as("leads to the field")
                .isEqualTo("#credential");
        assertThat(driver.findElement(By.id("credential")).getDomProperty("value"))
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(DemoClients.CASE_SYSTEM.client());
        browser.screenshot("audit-sign-in-refused");
        browser.assertAccessible();
        driver.get(url("/audit"));
        assertThat(driver.getCurrentUrl()).as("still not signed in").isEqualTo(url("/audit/sign-in?next=%2Faudit"));
    }

    @Test
    void theAccessibilityCheckFindsWhatIsWrong() {
        // A check that cannot fail proves nothing: a field with no label and an image with no text must fail.
        ChromeDriver driver = browser.driver();
        driver.get("data:text/html;charset=utf-8,<!doctype html><html lang=en><title>t</title>"
                + "<main><input type=text><img src=x.png></main></html>");

        assertThat(browser.accessibilityViolations())
                .anySatisfy(violation -> assertThat(violation).startsWith("label ("))
                .anySatisfy(violation -> assertThat(violation).startsWith("image-alt ("));
    }
}
