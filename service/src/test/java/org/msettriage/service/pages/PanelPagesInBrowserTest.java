package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The MSET coordinator's pages in a real headless Chromium (policy v1.1, section 11): signed in at the
 * shared form, the coordinator lands on the meetings, sets one up and reads its agenda, children first and
 * the names linked across referrals last, in words; each page free of the failures axe-core finds. Its
 * own store, so the agenda holds only what this test decided.
 */
@TestPropertySource(properties = "test.store=panel-pages-browser")
class PanelPagesInBrowserTest extends ServiceTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void submit(WebElement button) {
        ChromeDriver driver = browser.driver();
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void theCoordinatorSetsUpAMeetingAndReadsItsAgendaInWords() {
        decide("child-panel-1", NOW.minusDays(6), "Big Zed", 15, "CSE02");
        decide("child-panel-2", NOW.minusDays(3), "big zed!", 14, "CSE02");
        ChromeDriver driver = browser.driver();
        driver.get(url("/panel"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/sign-in?next=%2Fpanel"));
        driver.findElement(By.id("credential")).sendKeys(DemoClients.PANEL_COORDINATOR.key());
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/panel"));
        browser.assertAccessible();
        new Select(driver.findElement(By.id("localAuthority"))).selectByVisibleText("Gateshead");
        submit(driver.findElement(By.xpath("//button[text()='Set up the meeting']")));

        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("MSET panel, Gateshead:");
        List<WebElement> children = driver.findElements(By.cssSelector("article.report-entry"));
        assertThat(children).hasSize(2);
        assertThat(children.get(0).findElement(By.tagName("h3")).getText())
                .isEqualTo("1. child-panel-1: Moderate risk");
        assertThat(children.get(0).getText())
                .contains("Route")
                .contains("MSET panel")
                .contains("Police")
                .doesNotContain("MSET_PANEL")
                .doesNotContain("CHILDRENS_SOCIAL_CARE")
                // Times as the room keeps them, the zone named (GMT, or BST in summer), never UTC.
                .containsPattern("Assessed\\s+\\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)")
                .doesNotContain("UTC");
        List<WebElement> named = driver.findElements(By.cssSelector("#named tbody tr"));
        assertThat(named)
                .singleElement()
                // In the words first given, so a later referral's spelling does not rename it.
                .satisfies(row -> assertThat(row.getText()).startsWith("Big Zed Person 2 2 1"));
        browser.assertAccessible();
        browser.screenshot("panel-agenda");
        // Printed (A4), each child runs on from the one before rather than starting a page of its own, and a
        // table may break between its rows: a coordinator's agenda of 7 children took 15 pages, most of them
        // half empty.
        assertThat(PrintedPdf.of(driver).width()).as("A4 width in points").isCloseTo(595.3, within(1.0));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.executeScript(
                        "return getComputedStyle(document.querySelectorAll('article.report-entry')[1]).breakBefore"))
                .isEqualTo("auto");
        assertThat(driver.executeScript(
                        "return getComputedStyle(document.querySelector('article.report-entry table')).breakInside"))
                .isEqualTo("auto");
        // A table's header row stays with its first row, rather than alone at a page's foot (found in a trial).
        assertThat(driver.executeScript(
                        "var t = document.querySelector('article.report-entry table'); var s = getComputedStyle;"
                                + " return [s(t.tHead).display, s(t.tHead).breakAfter, s(t.tBodies[0].rows[0]).breakBefore,"
                                + " s(t.tBodies[0].rows[0]).breakInside]"))
                .isEqualTo(List.of("table-header-group", "avoid", "avoid", "avoid"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        // Every printed page names the meeting in its top margin: pages 2 onwards used to say nothing of it.
        assertThat((String) driver.executeScript("return Array.from(document.styleSheets)"
                        + ".filter(s => s.href && s.href.endsWith('/print.css'))"
                        + ".map(s => Array.from(s.cssRules).map(r => r.cssText).join(' ')).join(' ')"))
                .contains("@top-left")
                .contains("Agenda of the MSET panel, Gateshead, "
                        + NOW.toLocalDate()
                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                        "EEEE d MMMM yyyy", java.util.Locale.UK)));

        String agenda = driver.getCurrentUrl();
        driver.get(url("/panel"));
        assertThat(driver.findElement(By.cssSelector("table.table tbody")).getText())
                .contains("Gateshead");
        browser.screenshot("panel-meetings");

        recordOutcomesFromTheAgenda(agenda);
        readTheListOfChildren();
    }

    /** The first child: a plan of a catalogue action; the second: not heard, then a bad correction. */
    private void recordOutcomesFromTheAgenda(String agenda) {
        ChromeDriver driver = browser.driver();
        driver.get(agenda);
        // At 320 pixels (400% zoom) nothing is cut off at the edge: a child's route and decision id were.
        browser.atNarrowWindow(() -> {
            assertThat(browser.fitsTheWindowsWidth())
                    .as("no sideways scrolling at 320 pixels")
                    .isTrue();
            // A table scrolling within itself takes focus, so the keyboard can scroll it (a trial: axe's
            // scrollable-region-focusable on the agenda's tables).
            browser.waitUp().until(d -> browser.accessibilityViolations().isEmpty());
        });
        WebElement first = child(1);
        first.findElement(By.id("outcome-1-plan")).click();
        first.findElement(By.id("plan-text-1-1")).sendKeys("Visit the park with the police");
        // Without script, a fifth action is asked of the service: the form comes back one row longer, as
        // filled in, nothing recorded.
        assertThat(first.findElements(By.cssSelector(".plan-row"))).hasSize(4);
        submit(first.findElement(By.xpath(".//button[text()='Add another action']")));
        first = child(1);
        assertThat(first.findElements(By.cssSelector(".plan-row"))).hasSize(5);
        // The page comes back at the row added, in view: at the child's heading it was far below.
        WebElement added = first.findElements(By.cssSelector(".plan-row")).get(4);
        assertThat(driver.getCurrentUrl()).endsWith("#" + added.getDomAttribute("id"));
        assertThat(inView(added)).isTrue();
        assertThat(first.findElement(By.id("plan-text-1-1")).getDomProperty("value"))
                .isEqualTo("Visit the park with the police");
        assertThat(first.findElement(By.id("outcome-1-plan")).isSelected()).isTrue();
        assertThat(first.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Action 5 added. Nothing is recorded until you press Record the outcome.");
        assertThat(first.findElements(By.cssSelector("[role=alert]"))).isEmpty();
        assertThat(first.getText()).doesNotContain("Outcome at this meeting");
        browser.assertAccessible();
        // A plan refused (due before the meeting) comes back at the child, as typed, the problem beside it.
        driver.executeScript(
                "arguments[0].value = arguments[1]",
                first.findElement(By.id("plan-due-1-1")),
                NOW.toLocalDate().minusDays(3).toString());
        submit(first.findElement(By.xpath(".//button[text()='Record the outcome']")));
        first = child(1);
        // Back at the child's refusal, named by their decision's id (a number would name another child once
        // one moved), in view: below the child's summary and actions it had been out of sight.
        assertThat(first.getDomAttribute("id")).startsWith("decision-");
        WebElement refusal = first.findElement(By.cssSelector("[role=alert]"));
        assertThat(driver.getCurrentUrl()).endsWith("#refused-" + first.getDomAttribute("id"));
        assertThat(inView(refusal)).isTrue();
        assertThat(refusal.getText())
                .isEqualTo("Nothing was recorded\nPlan action 1, its lead agency, is required.\n"
                        + "Plan action 1, its due date, is before the meeting's day.");
        assertThat(driver.getTitle()).startsWith("Error: Agenda: Gateshead, ");
        // Each line leads to the field at fault, which is marked and says the problem again.
        refusal.findElements(By.tagName("a")).get(1).click();
        WebElement due = driver.switchTo().activeElement();
        assertThat(due.getDomAttribute("id")).isEqualTo("plan-due-1-1");
        assertThat(due.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id(due.getDomAttribute("aria-describedby")))
                        .getDomProperty("textContent"))
                .containsPattern("^Error:\\s+Plan action 1, its due date, is before the meeting's day.$");
        assertThat(first.findElement(By.id("plan-text-1-1")).getDomProperty("value"))
                .isEqualTo("Visit the park with the police");
        assertThat(first.findElement(By.id("outcome-1-plan")).isSelected()).isTrue();
        browser.assertAccessible();
        first.findElement(By.id("plan-text-1-1")).clear();
        new Select(first.findElement(By.id("plan-code-1-1")))
                .selectByVisibleText("Submit partnership intelligence on people/vehicles/places to the police");
        new Select(first.findElement(By.id("plan-lead-1-1"))).selectByVisibleText("Police");
        driver.executeScript(
                "arguments[0].value = arguments[1]",
                first.findElement(By.id("plan-due-1-1")),
                NOW.toLocalDate().plusDays(14).toString());
        // Enter in a field records, as the button at the end would: it never adds a row in its place.
        WebElement page = driver.findElement(By.tagName("html"));
        first.findElement(By.id("plan-text-1-2")).sendKeys(Keys.ENTER);
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));

        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Recorded: Plan agreed.");
        assertThat(driver.getCurrentUrl()).endsWith("#" + child(1).getDomAttribute("id"));
        assertThat(child(1).getText())
                .contains("Outcome at this meeting: Plan agreed")
                .contains("Submit partnership intelligence on people/vehicles/places to the police")
                .doesNotContain("PLAN_AGREED");

        WebElement second = child(2);
        second.findElement(By.id("outcome-2-not-heard")).click();
        second.findElement(By.id("reason-2")).sendKeys("The school could not attend");
        submit(second.findElement(By.xpath(".//button[text()='Record the outcome']")));
        assertThat(child(2).getText())
                .contains("Outcome at this meeting: Not heard")
                .contains("Not heard because: The school could not attend");

        // A correction to an exit without its reason is refused in words, and nothing changes.
        WebElement again = child(2);
        again.findElement(By.tagName("summary")).click();
        // The correction starts from what was recorded; an exit takes no reason for not being heard.
        assertThat(again.findElement(By.id("outcome-2-not-heard")).isSelected()).isTrue();
        assertThat(again.findElement(By.id("reason-2")).getDomProperty("value"))
                .isEqualTo("The school could not attend");
        again.findElement(By.id("reason-2")).clear();
        again.findElement(By.id("outcome-2-exited")).click();
        submit(again.findElement(By.xpath(".//button[text()='Record the correction']")));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Nothing was recorded\nThe exit reason is required when the child exits.");
        assertThat(driver.findElement(By.cssSelector("[role=alert] a")).getDomAttribute("href"))
                .isEqualTo("#exit-reason-2");
        assertThat(driver.findElement(By.id("exit-reason-2")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(child(2).getText()).contains("Outcome at this meeting: Not heard");
        browser.assertAccessible();
        browser.screenshot("panel-agenda-with-outcomes");
    }

    /** The agenda's nth child, by their place on the page (their ids are their decisions'). */
    private WebElement child(int n) {
        return browser.driver()
                .findElements(By.cssSelector("article.report-entry"))
                .get(n - 1);
    }

    private void readTheListOfChildren() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/panel/children?localAuthority=GATESHEAD"));
        List<WebElement> listed = driver.findElements(By.cssSelector("article.report-entry"));
        assertThat(listed)
                .extracting(child -> child.findElement(By.tagName("h3")).getText())
                .containsExactly("1. child-panel-1", "2. child-panel-2");
        assertThat(listed.get(0).getText()).contains("Last outcome: Plan agreed");
        assertThat(listed.get(1).getText()).contains("Last outcome: Not heard");
        browser.assertAccessible();
        browser.screenshot("panel-children");
        // Printed, the children run on as the agenda's do, and every page names the list (a coordinator's
        // trial printed two short entries on two pages, the second saying only "2. child").
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.executeScript(
                        "return getComputedStyle(document.querySelectorAll('article.report-entry')[1]).breakBefore"))
                .isEqualTo("auto");
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.outcome > p')).breakAfter"))
                .as("an outcome's line kept with its plan")
                .isEqualTo("avoid");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(driver.findElements(
                        By.cssSelector("link[href^='/panel/children/print.css?localAuthority=GATESHEAD']")))
                .hasSize(1);
        driver.get(url("/panel/children/print.css?localAuthority=GATESHEAD"));
        assertThat(driver.getPageSource()).contains("Children on the MSET panel's list, Gateshead, as at ");
    }

    private void decide(String childRef, OffsetDateTime assessedAt, String nickname, int age, String indicator) {
        String body = """
                {"referralId": "REF-%s", "childRef": "%s", "localAuthority": "GATESHEAD", "referringAgency": "EDUCATION",
                 "assessedAt": "%s", "child": {"ageYears": %d, "gender": "FEMALE", "careStatus": "CHILD_IN_NEED"},
                 "indicators": [{"code": "%s", "recency": "CURRENT"}],
                 "perpetrators": [{"nickname": %s, "isAdult": true}]}
                """.formatted(
                        childRef, childRef, assessedAt, age, indicator, HttpJson.JSON.writeValueAsString(nickname));
        HttpJson.Answer answer = http().post("/api/v1/triage", body);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
    }

    /** Whether the element's top is within the window as the page is scrolled now. */
    private boolean inView(WebElement element) {
        return (Boolean) browser.driver()
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect(); return r.top > -1 && r.top < window.innerHeight;",
                        element);
    }
}
