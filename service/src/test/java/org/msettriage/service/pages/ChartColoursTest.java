package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every colour a chart draws with stands out from the white page by at least 3:1 (WCAG 1.4.11, non-text
 * contrast): an accessibility trial measured the charts' orange at 2.78:1 and the impact report's grey at
 * 2.08:1.
 */
class ChartColoursTest {

    private static final Pattern COLOUR = Pattern.compile("'#([0-9a-fA-F]{6})'");

    @ParameterizedTest
    @ValueSource(strings = {"analysis/charts.js", "rules/assets/impact-charts.js"})
    void eachColourHasThreeToOneAgainstWhite(String script) throws IOException {
        String source = Files.readString(Path.of("src/main/resources/static", script));
        List<String> colours =
                COLOUR.matcher(source).results().map(m -> m.group(1)).toList();

        assertThat(colours).isNotEmpty();
        assertThat(colours)
                .allSatisfy(colour ->
                        assertThat(contrastWithWhite(colour)).as("#" + colour).isGreaterThanOrEqualTo(3.0));
    }

    /** WCAG's contrast ratio of a colour with white. */
    private static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
