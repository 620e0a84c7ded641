package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Text a caller wrote cannot turn words backwards on a page, and right-to-left writing keeps to itself. */
class FreeTextDirectionTest {

    private static final String OVERRIDE = "\u202E";

    private final SpringTemplateEngine engine = engine();

    @Test
    void aRightToLeftOverrideInAFeedbackCommentIsShownAsWords() {
        String page = rendered("<td th:text=\"${comment}\">Comment</td>", "Agree with the level " + OVERRIDE + "wol");

        assertThat(page)
                .isEqualTo("<td>Agree with the level [direction control]wol</td>")
                .doesNotContain(OVERRIDE);
    }

    @Test
    void everyEmbeddingOverrideAndIsolateControlIsShownAsWords() {
        String page = rendered(
                "<p th:text=\"${comment}\">x</p>", "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j");

        assertThat(page).doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]");
        assertThat(page.split("\\[direction control]", -1)).hasSize(10);
    }

    @Test
    void aControlInAFieldsValueIsShownAsWordsAndNothingIsAddedToIt() {
        assertThat(rendered("<input th:value=\"${comment}\">", "ab" + OVERRIDE + "c"))
                .isEqualTo("<input value=\"ab[direction control]c\">");
        assertThat(rendered("<textarea th:text=\"${comment}\">x</textarea>", "\u05E9\u05DC\u05D5\u05DD"))
                .isEqualTo("<textarea>\u05E9\u05DC\u05D5\u05DD</textarea>");
    }

    @Test
    void rightToLeftWritingIsIsolatedFromTheWordsAroundIt() {
        assertThat(rendered("<span th:text=\"|Note: ${comment}|\">x</span>", "\u05E9\u05DC\u05D5\u05DD"))
                .isEqualTo("<span>\u2068Note: \u05E9\u05DC\u05D5\u05DD\u2069</span>");
    }

    @Test
    void textWithoutEitherIsLeftAsItIs() {
        assertThat(rendered("<p th:text=\"${comment}\">x</p>", "Seen at the station (twice)."))
                .isEqualTo("<p>Seen at the station (twice).</p>");
    }

    private String rendered(String template, String comment) {
        return engine.process(template, new Context(null, Map.of("comment", comment)));
    }

    private static SpringTemplateEngine engine() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new FreeTextDirection());
        return engine;
    }
}
