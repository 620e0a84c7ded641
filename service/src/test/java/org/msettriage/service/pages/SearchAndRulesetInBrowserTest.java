package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.CandidateActivation;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.Referrals;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 18, items 3 and 4, in a real headless Chromium: the search by referral reference and by a ruleset
 * version from the list, rows in words, a page past the last, problems in the form's words, a deep link kept
 * through sign-in, the reason asked before a decision is opened (and then in the access log), and a ruleset
 * beside the version before it. Each page free of the WCAG A and AA failures axe-core finds. Its own
 * context: the last test switches what serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=search-and-ruleset-browser-test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchAndRulesetInBrowserTest extends ServiceTest {

    private static final String REFERRAL = "SC-2026-SEARCH-0042";

    @RegisterExtension
    static final Browser browser = new Browser();

    private static UUID found;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void submit(By button) {
        ChromeDriver driver = browser.driver();
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        browser.waitUp().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    }

    private void signIn(DemoClients.Key who) {
        browser.driver().findElement(By.id("credential")).sendKeys(who.key());
        submit(By.cssSelector("main form button[type=submit]"));
    }

    private UUID triage(String referralId, String authority, String... indicators) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(referralId, 14, "FEMALE", authority, indicators));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private List<String> resultLinks() {
        return browser.driver().findElements(By.cssSelector("a.decision-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    @Order(1)
    void anAuditorFindsADecisionByReferralReferenceAndIsAskedWhyBeforeOpeningIt() {
        found = triage(REFERRAL, "SUNDERLAND", "CSE03:CURRENT", "PUSH03:CURRENT");
        triage("SC-2026-SEARCH-0043", "SUNDERLAND", "PUSH03:CURRENT");
        ChromeDriver driver = browser.driver();
        driver.get(url("/audit/sign-in"));
        signIn(DemoClients.AUDITOR);

        driver.get(url("/audit/decisions"));
        driver.findElement(By.id("referralRef")).sendKeys(REFERRAL);
        submit(By.cssSelector("main form[method=post] button[type=submit]"));

        assertThat(driver.getCurrentUrl()).doesNotContain(REFERRAL).containsPattern("referral=[0-9a-f]{64}");
        assertThat(resultLinks()).containsExactly(found.toString());
        WebElement row = driver.findElement(By.cssSelector("table.results tbody tr"));
        List<String> cells = row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
        // Until the auditor says why, the row shows nothing read from the decision (nothing to log).
        String results = driver.getCurrentUrl();
        assertThat(cells.get(2)).isEqualTo("Not shown yet");
        assertThat(cells.get(5)).isEqualTo("Not shown yet");
        assertThat(driver.findElement(By.id("reason-first")).getText()).contains("once you have said why");
        assertThat(cells.get(3))
                .as("the level in words")
                .isIn("Emerging", "Moderate", "Significant", "Immediate safeguarding");
        assertThat(cells.get(4)).as("the route in words").doesNotContain("_").isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("SIGNIFICANT", "PRE_MSET");
        // Ids do not wrap: the decision id is one line high.
        WebElement id = row.findElement(By.cssSelector("a.decision-link .id"));
        assertThat(id.getCssValue("white-space")).isEqualTo("nowrap");
        assertThat(id.getSize().getHeight()).isLessThan(30);
        // The link opens the row, in view without scrolling the table sideways (at its end it was not).
        assertThat(driver.executeScript(
                        "var box = arguments[0].closest('.results-scroll').getBoundingClientRect();"
                                + " return arguments[0].getBoundingClientRect().right <= box.right",
                        id))
                .isEqualTo(true);
        // Printed, the link to the decision is its whole id (paper has no hovering), never its address.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.executeScript(
                            "return getComputedStyle(arguments[0].closest('.results-scroll')).overflowX", id))
                    .as("the table printed whole, not cut at its scrolling box's edge")
                    .isEqualTo("visible");
            assertThat(driver.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth", id))
                    .as("the whole id printed")
                    .isEqualTo(true);
            assertThat(driver.executeScript(
                            "return getComputedStyle(arguments[0].closest('a'), '::after').content", id))
                    .isEqualTo("none");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        browser.screenshot("search-by-referral-reference");
        browser.assertAccessible();

        // No reason was given with the search: opening the decision asks for one first.
        submit(By.linkText(found.toString()));
        assertThat(driver.getCurrentUrl()).startsWith(url("/audit/purpose"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Why are you opening this decision?");
        browser.assertAccessible();
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Why are you opening this decision?");
        browser.screenshot("search-reason-asked");
        browser.assertAccessible();
        driver.findElement(By.id("purpose")).sendKeys("Complaint 2026-77 about this referral");
        submit(By.cssSelector("main form button[type=submit]"));

        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/decisions/" + found));
        // With the reason given, the results show the reference and the summary's first sentence, and
        // that read is in the access log with the reason, like opening the decision.
        driver.get(results);
        List<String> shown =
                driver.findElement(By.cssSelector("table.results tbody tr")).findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(shown.get(2)).isEqualTo(REFERRAL);
        assertThat(shown.get(5))
                .as("the summary's first sentence")
                .endsWith(".")
                .doesNotContain(". ");
        driver.get(url("/audit/access-log?decision=" + found));
        String log = driver.findElement(By.tagName("main")).getText();
        assertThat(log)
                .contains("Complaint 2026-77 about this referral")
                .contains("Opened on the auditors' decision page", "Listed in search results")
                .doesNotContain("Not given", "On an auditor's page");

        // Remembered for the session: the next decision opens without asking again.
        driver.get(url("/audit/decisions"));
        submit(By.linkText(found.toString()));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/decisions/" + found));
    }

    @Test
    @Order(2)
    void aRulesetVersionIsChosenFromTheListAndProblemsAreToldInTheFormsWords() {
        ChromeDriver driver = browser.driver();
        driver.get(url("/audit/decisions"));
        if (driver.getCurrentUrl().startsWith(url("/audit/sign-in"))) {
            signIn(DemoClients.AUDITOR);
        }
        Select versions = new Select(driver.findElement(By.id("rulesetVersion")));
        assertThat(versions.getOptions())
                .extracting(WebElement::getText)
                .containsExactly("Any", CandidateRulesets.PACKAGED_VERSION);
        versions.selectByVisibleText(CandidateRulesets.PACKAGED_VERSION);
        submit(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(driver.getCurrentUrl()).contains("rulesetVersion=" + CandidateRulesets.PACKAGED_VERSION);
        assertThat(driver.findElement(By.id("results-title")).getText()).isEqualTo("2 decisions found");

        // A page past the last says so, and leads to the last.
        driver.get(url("/audit/decisions?rulesetVersion=" + CandidateRulesets.PACKAGED_VERSION + "&page=99"));
        assertThat(driver.findElement(By.id("past-the-end")).getText())
                .startsWith("There is no page 99: the 2 decisions found fill 1 page.");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Page 99 of");
        browser.screenshot("search-past-the-last-page");
        browser.assertAccessible();
        submit(By.linkText("Go to page 1, the last"));
        assertThat(driver.getCurrentUrl()).contains("page=1");
        assertThat(resultLinks()).hasSize(2);

        // Problems name the form's fields, never the API's parameters.
        driver.get(url("/audit/decisions?rulesetVersion=2026.11&page=0&from=2026-12-01&to=yesterday"));
        String problems = driver.findElement(By.cssSelector("[role=alert]")).getText();
        assertThat(problems)
                .contains("Ruleset version has decided nothing stored here; choose a version from the list")
                .contains("Page must be a whole number, 1 or more")
                .contains("Decided to must be a date, such as 2026-11-21")
                .doesNotContain("rulesetVersion", "decidedBefore");
        // Each links to its field, which is marked invalid; a page number is in the address only.
        assertThat(driver.findElements(By.cssSelector("[role=alert] a")).stream()
                        .map(link -> link.getDomAttribute("href"))
                        .toList())
                .containsExactlyInAnyOrder("#rulesetVersion", "#to");
        assertThat(driver.findElement(By.id("to")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("from")).getDomAttribute("aria-invalid"))
                .isNull();
        // And says why beside it, where a reader who followed the link hears it (a reviewer's finding).
        assertThat(driver.findElement(By.id("to")).getDomAttribute("aria-describedby"))
                .isEqualTo("to-error");
        assertThat(driver.findElement(By.id("to-error")).getText())
                .contains("Decided to must be a date, such as 2026-11-21");
        assertThat(driver.findElement(By.id("rulesetVersion")).getDomAttribute("aria-describedby"))
                .as("its hint still read, then why")
                .isEqualTo("rulesetVersion-hint rulesetVersion-error");
        assertThat(driver.findElement(By.id("from")).getDomAttribute("aria-describedby"))
                .isNull();
        driver.get(url("/audit/decisions?from=2026-12-02&to=2026-12-01"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Decided to must be the same day as Decided from or later");
        browser.screenshot("search-problems");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void aDeepLinkIsKeptThroughSignIn() {
        ChromeDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/audit/decisions/" + found));

        assertThat(driver.getCurrentUrl()).startsWith(url("/audit/sign-in?next="));
        assertThat(driver.findElement(By.id("next-page")).getText()).contains("go on to the page you asked for");
        browser.assertAccessible();
        signIn(DemoClients.AUDITOR);

        // A new session: the reason is asked for, then the decision asked for opens.
        assertThat(driver.getCurrentUrl()).startsWith(url("/audit/purpose"));
        driver.findElement(By.id("purpose")).sendKeys("Quarterly case audit");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/decisions/" + found));
    }

    @Test
    @Order(4)
    void aRulesetShowsWhatChangedFromTheVersionBeforeItAndWhenItServed() {
        CandidateActivation.activateRaisedWeight(
                as(DemoClients.POLICY_LEAD), as(DemoClients.SECOND_POLICY_LEAD), "search-2");
        ChromeDriver driver = browser.driver();
        driver.get(url("/audit/rulesets/search-2"));
        if (driver.getCurrentUrl().startsWith(url("/audit/sign-in"))) {
            signIn(DemoClients.AUDITOR);
        }

        assertThat(driver.findElement(By.id("compared-with")).getText())
                .isEqualTo("Compared with ruleset " + CandidateRulesets.PACKAGED_VERSION
                        + ", which served until this one was switched to.");
        assertThat(driver.findElement(By.id("served")).getText())
                .startsWith("From ")
                .endsWith("until now: it serves today");
        // Who proposed the switch, why, and what the approver noted, on the switch's own line: a policy
        // lead's trial found the approver's note nowhere and the proposer only further down.
        assertThat(driver.findElements(By.cssSelector("li.activation")))
                .extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line)
                        .matches(".*: .* by .*, approving what .* proposed"
                                + " \\(Raise the weight of current vulnerabilities\\)\\. The approver noted: Checked"));
        WebElement points = driver.findElement(By.cssSelector("[aria-label='Changes to points.csv, row by row']"));
        assertThat(points.getText()).contains("V", "Changed", "CURRENT:", "1", "became", "2");
        assertThat(driver.findElement(By.id("table-changes-title")).getText()).isEqualTo("Its tables");
        List<WebElement> accepted = driver.findElements(By.cssSelector("#accepted > li"));
        assertThat(accepted).isNotEmpty();
        assertThat(accepted.get(0).getText()).contains("accepted when", "was", "and is now");
        // The outcomes in words (a scenario's own name is its author's, and may quote codes).
        assertThat(driver.findElements(By.cssSelector("#accepted .change-added, #accepted .change-removed")))
                .isNotEmpty()
                .allSatisfy(value -> assertThat(value.getText()).doesNotContain("_", "SIGNIFICANT", "MODERATE"));
        // Every scroll box takes keyboard focus and has a name.
        List<WebElement> boxes = driver.findElements(By.cssSelector(".diff-scroll, pre.source"));
        assertThat(boxes).isNotEmpty().allSatisfy(box -> {
            assertThat(box.getDomAttribute("tabindex")).isEqualTo("0");
            assertThat(box.getDomAttribute("aria-label") != null || box.getDomAttribute("aria-labelledby") != null)
                    .isTrue();
        });
        driver.executeScript("arguments[0].focus()", points);
        assertThat(driver.switchTo().activeElement()).isEqualTo(points);
        browser.screenshot("ruleset-changes");
        browser.assertAccessible();

        // The first version kept has none before it; its stretch of service ended when search-2 began.
        driver.get(url("/audit/rulesets/" + CandidateRulesets.PACKAGED_VERSION));
        assertThat(driver.findElement(By.id("changes")).getText()).contains("there is no version before it");
        assertThat(driver.findElement(By.id("served")).getText())
                .startsWith("From ")
                .doesNotContain("until now");
        browser.assertAccessible();

        // The policy lead's page of the same ruleset, reached by a deep link through sign-in.
        driver.manage().deleteAllCookies();
        driver.get(url("/rules/rulesets/search-2"));
        assertThat(driver.getCurrentUrl()).startsWith(url("/audit/sign-in?next="));
        signIn(DemoClients.POLICY_LEAD);
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/rules/rulesets/search-2"));
        assertThat(driver.findElement(By.id("compared-with")).getText()).startsWith("Compared with ruleset ");
        browser.screenshot("rules-ruleset-changes");
        browser.assertAccessible();
    }
}
