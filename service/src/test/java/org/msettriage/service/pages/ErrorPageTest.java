package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.problem.RequestLimits;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The "error" view as Boot's error controller renders it, with Boot's error model and the reader's area. */
    private String page(int status) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/audit/decisions/1");
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> error = Map.of(
                "status",
                status,
                "timestamp",
                new Date(),
                "error",
                "Internal Server Error",
                "path",
                "/audit/decisions/1");
        ModelAndView view = new ErrorPageView(
                        new RequestLimits(1_048_576, 33_554_432, java.time.Duration.ofMinutes(5)),
                        new PageTimes(new org.msettriage.service.report.ReportSettings(
                                5, 5, java.time.ZoneId.of("Europe/London"))))
                .resolveErrorView(request, HttpStatus.valueOf(status), error);
        return templates.process("error", new WebContext(exchange, Locale.UK, view.getModel()));
    }

    @Test
    void aFaultIsAnApologyInWordsWithTheTime() {
        String page = page(500);

        assertThat(page)
                .contains("<title>Something went wrong – MSET Triage audit</title>")
                .contains("<h1>Sorry, something went wrong</h1>", "id=\"error-time\"", "Go to the sign-in page")
                .doesNotContain("Whitelabel", "Internal Server Error", "/audit/decisions/1", "null minutes")
                // In the partnership's time and named, as every page's (PageTimes), not "+0000".
                .containsPattern("id=\"error-time\">[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}, [0-9]{2}:[0-9]{2}:[0-9]{2}"
                        + " (GMT|BST)</dd>");
    }

    @Test
    void aSignedInReaderIsSentToTheirOwnHomeNotTheAuditors() {
        // Found by a policy lead: every reader was offered the audit home page, which refuses all but auditors.
        Caller lead = new Caller(Caller.Method.API_KEY, "demo-policy-lead", Set.of(Role.POLICY_LEAD));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(lead, null, "ROLE_POLICY_LEAD"));

        String page = page(500);

        assertThat(page)
                .contains("<title>Something went wrong – MSET Triage rules</title>")
                .contains("href=\"/rules\"", "Go to your rules home page")
                .doesNotContain("/audit\"", "audit home page");
    }

    @Test
    void aCallerWithNoPagesIsOfferedTheSignInNotAHomeOfAnotherRole() {
        Caller caseSystem = new Caller(Caller.Method.API_KEY, "demo-case-system", Set.of(Role.CASE_SYSTEM));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(caseSystem, null, "ROLE_CASE_SYSTEM"));

        assertThat(page(404)).contains("Go to the sign-in page").doesNotContain("/analysis", "home page<");
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
