package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import tools.jackson.databind.JsonNode;

/**
 * The decision report and the subject access report as a panel chair and an auditor read them, in a
 * real headless Chromium: the referral's facts in words (never a code), the reasons folded by policy
 * step, the level dark and bordered when printed, A4 pages; and the subject access report carrying all
 * the JSON export carries. Screenshots in target/screenshots.
 */
class DecisionReportInBrowserTest extends ServiceTest {

    private static final String CHILD = "child-decision-report";
    private static final String REFERRAL = "REF-REPORT-2026-0117";
    private static final String CSE03 = "Seen getting into or out of vehicles driven by unknown adults";
    /** Codes of the contract that a reader must never meet on the page. */
    @Autowired
    DecisionSealer sealer;

    private static final Pattern RAW_CODE = Pattern.compile("\\b(CHILDRENS_SOCIAL_CARE|IMMEDIATE_SAFEGUARDING"
            + "|WITHIN_24_HOURS|WITHIN_72_HOURS|WITHIN_7_DAYS|BEFORE_NEXT_PANEL|SIGNIFICANT|MODERATE|CHILD_IN_NEED"
            + "|FEMALE|CURRENT|RECENT|HOTEL|MEDIUM|HIGH|RAISE|OVERRIDDEN|ALREADY_IN_A_PLAN|SUNDERLAND|API_KEY"
            + "|PAGE|DECISION_PAGE|SEARCH_RESULTS|MSET_PANEL|PRE_MSET|CSE03|CSE02|VUL01|MIS0\\d|CSE|MIS|VUL)\\b");

    /** What the page puts in words in a sentence of the rules: a bracketed list of codes, a code, a tier. */
    private static final Pattern CODE_LIST =
            Pattern.compile("\\([A-Z][A-Z0-9_, ]*\\)|\\b[A-Z]{2,5}\\d{2}\\b|\\btier [A-Z]{1,2}\\b");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aPanelChairReadsTheReferralAndHowTheLevelWasReachedInWords() throws Exception {
        UUID id = triage();
        ChromeDriver driver = signedIn();

        open(driver, id);
        assertThat(browser.screenshot("decision-report")).isNotEmptyFile();

        assertThat(driver.findElement(By.id("risk-level")).getText()).isEqualTo("Significant");
        assertThat(driver.findElement(By.id("route")).getText()).isEqualTo("Immediate safeguarding");
        assertThat(driver.findElement(By.id("referral-id")).getText()).isEqualTo(REFERRAL);
        assertThat(driver.findElement(By.id("child")).getText()).isEqualTo("Aged 14; Female; Child in need");
        assertThat(driver.findElement(By.id("referring-agency")).getText()).isEqualTo("Children's social care");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(CSE03, "seen getting into a silver car after school", "Current", "Recent")
                // Sent as 18:00 and 09:30 UTC, read in the partnership's time: British Summer Time then.
                .contains("20 Oct 2026 19:00 BST", "22 Oct 2026 10:30 BST", "1 day 15 hours", "Medium risk")
                .contains("Still missing", "High risk", "Held 23 Oct 2026")
                .contains("Zed", "silver hatchback", "Hotel", "the hotel by the ring road")
                .contains("Raise to Significant", "She is with the same adult again", "Team manager")
                .contains("Moderate, assessed 1 June 2026")
                .contains("Children's social care", "Within 24 hours", "Police", "Immediately")
                .contains("Overdue when assessed")
                .contains("Already supported under another plan", "Overridden")
                .contains("demo-auditor (API key)", "Opened on the auditors' decision page");
        assertNoCodes(page);
        assertThat(page).doesNotContain(" 1 points");
        List<String> steps = texts(driver, "details.reasons > summary > span:first-child");
        assertThat(steps).contains("1. Indicators and scoring", "3. From score to risk level", "5. Pathway");
        assertThat(driver.findElements(By.cssSelector("details.reasons[open]")))
                .as("the reasons start folded")
                .isEmpty();
        assertThat(texts(driver, "details.reasons td.rule-id"))
                .as("rule ids are shown only once a step is opened")
                .allMatch(String::isEmpty);
        driver.findElement(By.cssSelector("details.reasons > summary")).click();
        assertThat(driver.findElement(By.cssSelector("details.reasons td.rule-id"))
                        .getText())
                .isNotEmpty();
        browser.assertAccessible();

        // Printed: the level is dark and bordered without background graphics, and every page is signed.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        WebElement level = driver.findElement(By.id("risk-level"));
        assertThat(channels(level.getCssValue("color"))).allMatch(channel -> channel < 100);
        assertThat(level.getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(channels(level.getCssValue("border-top-color"))).allMatch(channel -> channel < 100);
        assertThat(footInTheMargin(driver))
                .startsWith("Decision " + id + " · printed by demo-auditor at ")
                .matches(".* at \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} .*");
        // As the browser prints, its script writes the moment of printing: in the partnership's zone, named,
        // not the browser's (UTC on this machine).
        driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
        assertThat(footInTheMargin(driver))
                .startsWith("Decision " + id + " · printed by demo-auditor at ")
                .matches(".* (GMT|BST)");
        assertThat(driver.findElement(By.cssSelector(".print-controls")).isDisplayed())
                .isFalse();
        assertThat(
                        (Number)
                                driver.executeScript(
                                        "return document.querySelector('details.reasons:not([open]) table').getBoundingClientRect().height"))
                .as("every reason prints, unfolded")
                .matches(height -> height.doubleValue() > 0);
        assertPrintKeepsRuleIdsWholeAndStepsWithTheirReasons(driver);
        browser.screenshot("decision-report-print");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        PrintedPdf pdf = PrintedPdf.of(driver);
        assertThat(pdf.width()).as("A4 width in points").isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.height()).as("A4 height in points").isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
        Files.write(
                Path.of(System.getProperty("basedir", "."), "target", "screenshots", "decision-report.pdf"),
                pdf.bytes());
        assertThat(pdf.pages()).isBetween(2, 12);
    }

    @Test
    void theSubjectAccessReportCarriesAllTheExportCarries() throws Exception {
        UUID id = triage();
        JsonNode export = as(DemoClients.AUDITOR)
                .post("/api/v1/audit/subject-access", "{\"childRef\": \"" + CHILD + "\", \"reason\": \"SAR 2026-117\"}")
                .json();
        ChromeDriver driver = signedIn();

        driver.get(url("/audit/subject-access"));
        driver.findElement(By.id("childRef")).sendKeys(CHILD);
        driver.findElement(By.id("reason")).sendKeys("SAR 2026-118");
        submit(driver, By.cssSelector("main form button[type=submit]:not([formaction])"));

        assertThat(driver.findElement(By.id("child-ref")).getText()).isEqualTo(CHILD);
        assertThat(driver.findElement(By.id("request")).getText()).isEqualTo("SAR 2026-118");
        assertThat(driver.findElement(By.id("referral-refs")).getText()).contains(REFERRAL);
        String visible = driver.findElement(By.tagName("main")).getText();
        assertThat(visible).contains("Children's social care", CSE03, "Significant", "Immediate safeguarding");
        assertNoCodes(visible);
        // Everything the JSON export holds, folded reasons included, is in the report in words.
        String all = (String) driver.executeScript("return document.querySelector('main').textContent");
        List<String> expected = new ArrayList<>();
        for (JsonNode record : export.get("decisions")) {
            expected.add(record.at("/summary/decisionId").asString());
            expected.add(record.at("/summary/ruleset/sha256").asString());
            expected.add(record.at("/integrity/detail").asString());
            JsonNode decision = record.get("decision");
            expected.add(decision.get("referralId").asString());
            expected.add(decision.get("childRef").asString());
            expected.add(decision.at("/explanation/summary").asString());
            decision.at("/explanation/reasons").forEach(reason -> {
                expected.add(reason.get("text").asString());
                expected.add(reason.get("ruleId").asString());
            });
            decision.get("overrides")
                    .forEach(override -> expected.add(override.get("text").asString()));
            decision.at("/preMset/reasons")
                    .forEach(reason -> expected.add(reason.get("text").asString()));
            decision.at("/msetPanel/reasons")
                    .forEach(reason -> expected.add(reason.get("text").asString()));
            decision.get("actions")
                    .forEach(action -> expected.add(action.get("title").asString()));
            decision.get("insufficientInformation")
                    .forEach(gap -> expected.add(gap.get("question").asString()));
            decision.get("warnings")
                    .forEach(warning -> expected.add(warning.get("text").asString()));
            JsonNode referral = record.get("referral");
            referral.get("indicators").forEach(indicator -> {
                if (indicator.has("note")) {
                    expected.add(indicator.get("note").asString());
                }
            });
            referral.get("perpetrators").forEach(person -> {
                expected.add(person.get("nickname").asString());
                expected.add(person.get("vehicle").asString());
            });
            referral.get("locationsOfConcern")
                    .forEach(place -> expected.add(place.get("description").asString()));
            expected.add(referral.at("/professionalJudgement/rationale").asString());
            record.get("views").forEach(view -> {
                if (view.has("reason") && !view.get("reason").isNull()) {
                    expected.add(view.get("reason").asString());
                }
            });
        }
        assertThat(export.get("decisions")).hasSize(1);
        // A sentence of the rules reads with its codes in words: the words around them are as stored.
        assertThat(all.replaceAll("\\s+", " "))
                .contains(expected.stream()
                        .flatMap(text -> Stream.of(CODE_LIST.split(text.replaceAll("\\s+", " "))))
                        .filter(piece -> !piece.isBlank())
                        .toList());
        assertThat(all).contains(id.toString(), "SAR 2026-118");
        assertThat(browser.screenshot("subject-access-report")).isNotEmptyFile();
        browser.assertAccessible();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(channels(driver.findElement(By.id("d1-risk-level")).getCssValue("color")))
                .allMatch(channel -> channel < 100);
        assertThat(footInTheMargin(driver))
                .startsWith("Subject access report for " + CHILD + " · printed by demo-auditor at ");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        PrintedPdf pdf = PrintedPdf.of(driver);
        assertThat(pdf.width()).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pdf.height()).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
    }

    /**
     * The page's foot is printed in the bottom margin of every A4 page, so it covers nothing: laid out as
     * one A4 page's printable area (186 by 262 mm, about 703 by 990 CSS pixels), a long report has no part
     * pinned over its content, and no box of the foot meets a row, a line or a heading of the report.
     */
    @Test
    void printedOnA4TheFootSitsInTheMarginClearOfTheReportsLastRows() {
        UUID id = triage();
        ChromeDriver driver = signedIn();
        open(driver, id);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 703, "height", 990, "deviceScaleFactor", 1, "mobile", false));
        try {
            assertThat(((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue())
                    .as("the report runs over several pages")
                    .isGreaterThan(2 * 990);
            assertThat((List<?>) driver.executeScript("""
                            return [...document.querySelectorAll('body *')]
                              .filter(e => e.getClientRects().length > 0)
                              .filter(e => ['fixed', 'sticky'].includes(getComputedStyle(e).position))
                              .map(e => e.className || e.tagName);"""))
                    .as("parts pinned over every printed page")
                    .isEmpty();
            assertThat((List<?>) driver.executeScript("""
                            const meets = (a, b) => a.left < b.right && b.left < a.right
                              && a.top < b.bottom && b.top < a.bottom;
                            const foot = [...document.querySelector('.print-footer').getClientRects()];
                            return [...document.querySelectorAll('main tr, main dt, main dd, main p, main li, main h2')]
                              .filter(e => !e.closest('.print-footer'))
                              .filter(e => [...e.getClientRects()].some(r => foot.some(f => meets(f, r))))
                              .map(e => e.textContent.trim().slice(0, 40));"""))
                    .as("lines of the report under its foot")
                    .isEmpty();
            assertThat(footInTheMargin(driver)).startsWith("Decision " + id + " · printed by demo-auditor at ");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void wherePagesMayRunTheServicesScriptThePrintButtonShowsAndPrintingHidesIt() {
        UUID id = triage();
        ChromeDriver driver = signedIn();
        // The audit pages' policy lets the service's own script run (and no other), so the button shows.
        open(driver, id);
        WebElement button =
                browser.waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("print-button")));
        assertThat(button.getText()).isEqualTo("Print this report");
        browser.assertAccessible();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(button.isDisplayed()).isFalse();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /**
     * Opens a decision's page; the first decision opened in a session asks why first (the access log
     * keeps the answer), so the reason is given when asked.
     */
    private void open(ChromeDriver driver, UUID id) {
        driver.get(url("/audit/decisions/" + id));
        if (driver.getCurrentUrl().startsWith(url("/audit/purpose"))) {
            driver.findElement(By.id("purpose")).sendKeys("Reading the decision report");
            submit(driver, By.cssSelector("main form button[type=submit]"));
        }
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/audit/decisions/" + id));
    }

    private UUID triage() {
        HttpJson.Answer answer = http().post("/api/v1/triage", payload());
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        UUID id = UUID.fromString(answer.json().get("decisionId").asString());
        // Sealed now, so the export and the report read the same integrity.
        sealer.sealPending();
        assertThat(http().post(
                                "/api/v1/decisions/" + id + "/feedback",
                                "{\"outcome\": \"OVERRIDDEN\", \"reasonCode\": \"ALREADY_IN_A_PLAN\","
                                        + " \"comment\": \"Already on a child protection plan\"}")
                        .status())
                .isEqualTo(201);
        return id;
    }

    private static String payload() {
        try (InputStream in =
                DecisionReportInBrowserTest.class.getResourceAsStream("/pages/decision-report-referral.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ChromeDriver signedIn() {
        ChromeDriver driver = browser.driver();
        // A test that failed while printing leaves the browser in print media, where forms are hidden.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
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

    /**
     * Printed on A4 (about 700 CSS pixels between the margins), a rule id wraps only after an underscore,
     * never inside a word ("INDICAT" "OR_POIN" "TS"), and a step's name, the section's heading and its
     * introduction each keep with what follows rather than end a page alone.
     */
    private static void assertPrintKeepsRuleIdsWholeAndStepsWithTheirReasons(ChromeDriver driver) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 700, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        try {
            Object split = driver.executeScript("""
                    const split = [];
                    for (const cell of document.querySelectorAll('td.rule-id')) {
                      const words = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                      for (let text = words.nextNode(); text; text = words.nextNode()) {
                        // A word of an id: what lies between its underscores and hyphens.
                        for (const word of text.textContent.matchAll(/[^\\s_-]+/g)) {
                          const range = document.createRange();
                          range.setStart(text, word.index);
                          range.setEnd(text, word.index + word[0].length);
                          const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                          if (lines.size > 1) split.push(word[0]);
                        }
                      }
                    }
                    return split;""");
            assertThat((List<?>) split)
                    .as("parts of rule ids broken across lines")
                    .isEmpty();
            assertThat(driver.findElements(By.cssSelector("td.rule-id wbr"))).isNotEmpty();
            for (String kept : List.of("#explanation", "#explanation + p", "details.reasons > summary")) {
                assertThat(driver.findElement(By.cssSelector(kept)).getCssValue("break-after"))
                        .as(kept)
                        .isEqualTo("avoid");
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The words the page's stylesheets put in the bottom-left margin box of a printed page, unquoted. */
    private static String footInTheMargin(ChromeDriver driver) {
        String content = (String) driver.executeScript("""
                const words = [];
                const walk = rules => {
                  for (const rule of rules) {
                    if (rule instanceof CSSMarginRule && rule.name === 'bottom-left' && rule.style.content) {
                      words.push(rule.style.content);
                    }
                    if (rule.cssRules) walk(rule.cssRules);
                  }
                };
                for (const sheet of document.styleSheets) walk(sheet.cssRules);
                return words.length ? words[words.length - 1] : '';""");
        assertThat(content).as("words in the bottom margin").startsWith("\"").endsWith("\"");
        return content.substring(1, content.length() - 1);
    }

    private static void assertNoCodes(String text) {
        assertThat(text.lines().filter(line -> RAW_CODE.matcher(line).find()))
                .as("lines showing the reader a code")
                .isEmpty();
    }

    private static List<String> texts(ChromeDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The red, green and blue of a computed colour, rgb(…) or rgba(…). */
    private static List<Integer> channels(String colour) {
        Matcher rgb = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(colour);
        assertThat(rgb.find()).as(colour).isTrue();
        return List.of(Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3)));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
