package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.security.Area;

/**
 * Every page that tells a reader their page could not be shown (not found, an error, a refusal, too many
 * attempts) offers its way out in one style: "Go to your audit home page", "Go to the sign-in page". A
 * reader who typed an address or followed a link from elsewhere was never "back" anywhere, and the same
 * words on every such page let a reader know the link as their own.
 */
class WayOutWordingTest {

    /** The words a way out may show in the template: a place, named as the refusal pages name it. */
    private static final Pattern WAY_OUT = Pattern.compile("Go to (your (\\w+ )?home page|the sign-in page)");

    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern TH_TEXT = Pattern.compile("th:text=\"\\|?([^\"|]*)");

    @Test
    void everyAreaHasANotFoundPageToWalk() {
        for (Area area : Area.values()) {
            assertThat(templates().resolve(area.word()).resolve("not-found.html"))
                    .as(area.name())
                    .isRegularFile();
        }
    }

    @Test
    void everyWayOutOfAPageNotShownSaysGoToAPlace() throws IOException {
        List<Path> pages = pagesNotShown();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(Area.values().length + 3);
        for (Path page : pages) {
            String template = Files.readString(page);
            assertThat(template).as(page + " says 'Back to'").doesNotContainIgnoringCase("back to");
            List<Link> links = links(template);
            assertThat(links).as(page + " offers a way out").isNotEmpty();
            for (Link link : links) {
                assertThat(link.written())
                        .as(page + ": the link's words in the template")
                        .matches(WAY_OUT);
                if (link.shown() != null) {
                    assertThat(link.shown())
                            .as(page + ": the link's words as rendered")
                            .startsWith("Go to ");
                }
            }
        }
    }

    @Test
    void aLinkWordedTheOtherWayIsCaught() {
        Link link = links("<p><a th:href=\"@{/rules}\">Back to rulesets and proposals</a></p>")
                .get(0);
        assertThat(link.written()).doesNotMatch(WAY_OUT);
    }

    /** A link in a template: its th:text (null if none) and the words written between its tags. */
    private record Link(String shown, String written) {}

    /** Every link of a template, the words between its tags with their spaces collapsed. */
    private static List<Link> links(String template) {
        List<Link> links = new ArrayList<>();
        Matcher link = LINK.matcher(template);
        while (link.find()) {
            Matcher shown = TH_TEXT.matcher(link.group(1));
            String written = link.group(2)
                    .replaceAll("<[^>]*>", "")
                    .replaceAll("\\s+", " ")
                    .trim();
            links.add(new Link(shown.find() ? shown.group(1) : null, written));
        }
        return links;
    }

    /** The templates of a page shown in place of the one asked for: every area's not-found and the rest. */
    private static List<Path> pagesNotShown() throws IOException {
        Path root = templates();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> pages = new ArrayList<>(
                    files.filter(file -> file.getFileName().toString().equals("not-found.html"))
                            .sorted()
                            .toList());
            pages.add(root.resolve("error.html"));
            pages.add(root.resolve("refused.html"));
            pages.add(root.resolve("audit/held-back.html"));
            return pages;
        }
    }

    private static Path templates() {
        try {
            return Path.of(WayOutWordingTest.class.getResource("/templates").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
