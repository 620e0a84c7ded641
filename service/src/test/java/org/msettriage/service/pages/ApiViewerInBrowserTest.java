package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.ServiceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API viewer in a real headless Chromium, under its content security policy: Swagger UI's scripts
 * from the jar run, read the document the service serves, and list its operations.
 */
class ApiViewerInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theViewerListsTheContractsOperations() {
        ChromeDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/api/docs");

        // Swagger UI is a large script: give it longer than a page of our own.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        List<String> paths = driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();

        assertThat(driver.getTitle()).isEqualTo("API – MSET Triage");
        assertThat(paths).contains("/api/v1/triage", "/api/v1/triage/batch", "/api/v1/decisions/{decisionId}");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("MSET Triage API");
        browser.screenshot("api-viewer");
        // Swagger UI's own colours, sizes and markup failed WCAG checks (its method badges' contrast, a link
        // nested in the button that opens an operation, unnamed selects, small targets, code blocks out of
        // the keyboard's reach); viewer.css and viewer.js mend them, closed and opened alike.
        assertThat(browser.wcagViolations()).isEmpty();

        driver.findElement(By.cssSelector("#operations-Triage-triage .opblock-summary-control"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#operations-Triage-triage .opblock-body")));

        assertThat(driver.getCurrentUrl())
                .as("deep linking still names the opened operation")
                .endsWith("#/Triage/triage");
        assertThat(browser.wcagViolations()).isEmpty();
    }
}
