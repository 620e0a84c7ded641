package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for a test class: Debian's {@code /usr/bin/chromium} driven through its own
 * {@code /usr/bin/chromedriver}, both named explicitly so Selenium never looks for (or downloads) a
 * browser or a driver. Register it as a static field with {@code @RegisterExtension}. One Chromium, with a
 * fresh profile, serves the whole test run (a start and a quit for each class took 2 to 3 s): it starts
 * before the first such class, each class begins on a blank page with no cookies, nothing cached and
 * screen media, cookies are cleared before each test, and it quits when the run ends. The classes that
 * use it run one after another (none is a {@code @SideWorker}). A machine without the browser fails the
 * test, naming the script that installs it.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Off: anything that would reach the network (this machine's is closed) or write outside the profile. */
    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-quic",
            "--window-size=1280,1600");

    /**
     * No DevTools connection is used, so Selenium's two warnings at start that it has no DevTools
     * bindings for this Chromium's version are noise. Held here, since java.util.logging forgets a
     * logger's level once nothing refers to it.
     */
    private static final List<Logger> QUIETENED = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    private static final String AXE = axe();

    /**
     * How far down a page its screenshot goes, in CSS pixels: two windows. Chrome takes seconds to encode
     * a page of ten thousand pixels (the ruleset pages with their sources and changes); the whole page
     * is for a person reviewing the pages, who asks for it with {@code -Dtest.screenshots=full}.
     */
    static final double SHOT_HEIGHT = 3_200;

    private static final boolean FULL_SHOTS = "full".equals(System.getProperty("test.screenshots"));

    private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(Browser.class);

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError(program + " is missing: the page tests need Debian's Chromium and"
                        + " ChromeDriver. Run scripts/install-test-browser (it installs the packages chromium"
                        + " and chromium-driver with apt-get), then run the tests again.");
            }
        }
        // Kept in the run's own store, which JUnit closes (quitting the browser) when the run ends.
        driver = context.getRoot()
                .getStore(RUN)
                .computeIfAbsent(Chromium.class, key -> new Chromium(), Chromium.class)
                .forAClass();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clearCookies(driver);
    }

    /**
     * Every cookie of every site: WebDriver's deleteAllCookies clears only the open page's, none at all
     * from about:blank, so a session (and a search reason the auditor gave in it) would outlive the class
     * that signed in, in the next class served by the same application context.
     */
    private static void clearCookies(ChromeDriver driver) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The run's one Chromium and its profile; closed (quit, the profile deleted) when the run ends. */
    private static final class Chromium implements AutoCloseable {

        private Path profile;
        private ChromeDriver driver;

        Chromium() {
            start();
        }

        private void start() {
            try {
                Files.createDirectories(TARGET);
                profile = Files.createTempDirectory("mset-chromium-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogLevel(ChromiumDriverLogLevel.WARNING)
                    .withLogFile(TARGET.resolve("chromedriver.log").toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        }

        /**
         * The browser as a class begins with it, whatever the class before left: a blank page, no cookies,
         * nothing cached, screen media (a test that failed while emulating print leaves print). One that no
         * longer answers (it crashed under the class before) is replaced.
         */
        ChromeDriver forAClass() {
            try {
                driver.get("about:blank");
            } catch (WebDriverException gone) {
                close();
                start();
            }
            clearCookies(driver);
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            return driver;
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } catch (WebDriverException alreadyGone) {
                // nothing left to quit
            } finally {
                deleteProfile();
            }
        }

        private void deleteProfile() {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The browser, to open pages and find what is on them. */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Runs a check with the window 320 pixels wide, as at 400% zoom (WCAG 1.4.10, reflow), and gives the
     * window its size back after, whatever the check found.
     */
    public void atNarrowWindow(Runnable check) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            check.run();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Whether the page as a whole fits the window's width, with nothing to scroll sideways. */
    public boolean fitsTheWindowsWidth() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    /** A wait for something on the page, up to ten seconds. */
    public WebDriverWait waitUp() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * The page as {@code target/screenshots/<name>.png}, from its top down to {@link #SHOT_HEIGHT} pixels
     * (Chrome's own capture beyond the window, through ChromeDriver; no DevTools connection is opened).
     * With {@code -Dtest.screenshots=full} the whole page, however long.
     */
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0,
                "y", 0,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", shotHeight(((Number) size.get("height")).doubleValue()),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Path file = TARGET.resolve("screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless axe-core finds the page as it stands free of WCAG 2.2 A and AA violations, naming each
     * rule broken, its impact and the elements that break it.
     */
    public void assertAccessible() {
        assertThat(accessibilityViolations())
                .as("accessibility of %s", driver.getCurrentUrl())
                .isEmpty();
    }

    private static double shotHeight(double pageHeight) {
        return FULL_SHOTS ? pageHeight : Math.min(pageHeight, SHOT_HEIGHT);
    }

    /**
     * axe-core's violations on the page as it stands, of WCAG 2.2 AA and axe's best practice (an
     * accessibility trial found two landmarks of one name, which WCAG's rules alone let pass): one line per
     * rule broken.
     */
    public List<String> accessibilityViolations() {
        return violations("'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'");
    }

    /** The same, of WCAG 2.2 AA only: for a page whose markup is another project's (the API viewer). */
    public List<String> wcagViolations() {
        return violations("'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'");
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String tags) {
        // Injected through ChromeDriver, which the pages' content security policy does not govern.
        driver.executeScript(AXE);
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                    runOnly: {type: 'tag', values: [%s]},
                    resultTypes: ['violations']
                }).then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help
                        + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(error => done(['axe could not check the page: ' + error]));
                """.formatted(tags));
    }

    private static String axe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
