package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * What a browser is shown for a request that fails outside the pages' own handling: words and the
 * time, in the pages' layout, never Spring Boot's "Whitelabel Error Page" nor anything of the error.
 */
class ErrorPageTest extends ServiceTest {

    @Autowired
    SpringTemplateEngine templates;

    /** The "error" view as Boot's error controller renders it, with Boot's error model. */
    private String page(int status) {
        MockServletContext servletContext = new MockServletContext();
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(
                        new MockHttpServletRequest(servletContext, "GET", "/audit/decisions/1"),
                        new MockHttpServletResponse());
        Map<String, Object> model = Map.of(
                "status",
                status,
                "timestamp",
                new Date(),
                "error",
                "Internal Server Error",
                "path",
                "/audit/decisions/1");
        return templates.process("error", new WebContext(exchange, Locale.UK, model));
    }

    @Test
    void aFaultIsAnApologyInWordsWithTheTime() {
        String page = page(500);

        assertThat(page)
                .contains("<title>Something went wrong – MSET Triage audit</title>")
                .contains("<h1>Sorry, something went wrong</h1>", "id=\"error-time\"", "Go to the audit home page")
                .doesNotContain("Whitelabel", "Internal Server Error", "/audit/decisions/1", "null minutes");
    }

    @Test
    void aRequestThePagesCannotAnswerSaysSo() {
        assertThat(page(400)).contains("<h1>The page could not be shown</h1>").doesNotContain("Sorry");
    }

    @Test
    void theServiceHasNoWhitelabelPage(@Autowired ApplicationContext context) {
        // Boot defines its Whitelabel view, a bean named "error", only when no "error" template exists.
        assertThat(context.containsBean("error")).isFalse();
    }
}
