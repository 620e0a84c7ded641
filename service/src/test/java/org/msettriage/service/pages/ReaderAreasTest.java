package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.RequestDispatcher;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msettriage.service.security.Area;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Every role's area as the pages outside any one area wear it (the refusal and the error page: header,
 * footer, the link home) and as the sign-in form names its readers, all from its {@link Area}; a role of
 * the API only gets the sign-in form's. A role added to {@link Role} fails here until it is given an area
 * or named as one of the API's only. No application is started: the templates are drawn as they are.
 */
class ReaderAreasTest {

    /** The roles with no pages; the sign-in form refuses them (see the security package's AreaSignInTest). */
    private static final Set<Role> API_ONLY = EnumSet.of(Role.CASE_SYSTEM, Role.OPERATOR);

    private static final Pattern HEADER_LINK = Pattern.compile("<a class=\"service-name\" href=\"([^\"]*)\"");
    private static final Pattern FOOTER_SENTENCE = Pattern.compile("(These pages are for [^<]*)</p>");

    private static final SpringTemplateEngine TEMPLATES = templates();

    @ParameterizedTest
    @EnumSource(Role.class)
    void aRefusalAndAnErrorWearTheReadersOwnAreaAndLinkToItsHome(Role role) {
        Caller reader = new Caller(Caller.Method.API_KEY, "demo-" + role, Set.of(role));

        for (Map<String, Object> model : List.of(refusedAt("/somewhere/else", reader), error(reader))) {
            String page = drawn(model);
            if (API_ONLY.contains(role)) {
                assertThat(model).containsEntry("footer", "sign-in").doesNotContainKeys("home", "homeName");
                assertThat(headerLink(page)).isEqualTo("/audit");
                assertThat(footerSentence(page)).isEqualTo(htmlEscape(SignInReaders.footer()));
                assertThat(page).doesNotContain("home page<");
                continue;
            }
            Area area = Area.of(reader).orElseThrow(() -> new AssertionError(role + " has pages but no area"));
            assertThat(area.role()).isEqualTo(role);
            assertThat(model)
                    .containsEntry("area", area.word())
                    .containsEntry("footer", area.word())
                    .containsEntry("home", area.home())
                    .containsEntry("homeName", area.homeName());
            assertThat(headerLink(page)).as("the header's link").isEqualTo(area.home());
            assertThat(footerSentence(page))
                    .as("whom the footer says the pages are for")
                    .isEqualTo(htmlEscape(area.footer()));
            assertThat(page)
                    .contains("<a id=\"home\" href=\"" + area.home() + "\">Go to " + htmlEscape(area.homeName())
                            + "</a>");
        }
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void aPageOfAnAreaIsRefusedAsTheirsToEveryOtherReader(Area asked) {
        for (Area own : Area.values()) {
            if (own == asked) {
                continue;
            }
            Caller reader = new Caller(Caller.Method.API_KEY, "reader", Set.of(own.role()));

            Map<String, Object> refused = refusedAt(asked.home() + "/deeper", reader);

            assertThat(refused)
                    .as(own + " refused at " + asked)
                    .containsEntry("pageReaders", asked.readers())
                    .containsEntry("home", own.home());
            assertThat(drawn(refused)).contains("The page you asked for is for " + asked.readers() + ",");
        }
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void theSignInFormNamesEveryAreasReadersTheirPagesAndTheirCredential(Area area) {
        // "Auditors sign in here for the audit pages, policy leads for the rules workbench, ..."
        String named = Pattern.quote(area.readers()) + "( sign in here)? for " + Pattern.quote(area.pages());
        assertThat(SignInReaders.introduction()).containsPattern(Pattern.compile(named, Pattern.CASE_INSENSITIVE));
        assertThat(SignInReaders.credentials()).contains(area.whose());
        assertThat(SignInReaders.everyone()).contains(area.readers());
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void theSignInFormNamesTheAreaOfThePageAskedForAndElseNone(Area area) {
        // Found by a panel coordinator: the shared form was titled "MSET Triage audit" for every reader.
        assertThat(SignInPage.areaAsked(area.home() + "/deeper?page=2")).isEqualTo(area.word());
        assertThat(SignInPage.areaAsked(area.home())).isEqualTo(area.word());
        assertThat(SignInPage.areaAsked(null)).isEmpty();
        assertThat(SignInPage.areaAsked("/api/v1/indicators")).isEmpty();
        assertThat(SignInPage.areaAsked("https://elsewhere.example" + area.home()))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void anAreasFooterIsTheSentenceItsAreaDefines(Area area) {
        // The layouts name their area by its word: footer('panel').
        String footer =
                TEMPLATES.process("site", Set.of("footer"), new Context(Locale.UK, Map.of("area", area.word())));

        assertThat(footerSentence(footer)).isEqualTo(htmlEscape(area.footer()));
        assertThat(PageFooter.sentence(SignInPage.FOOTER))
                .as("the sign-in form's footer names every area's readers")
                .isEqualTo(SignInReaders.footer())
                .contains(area.readers());
    }

    private static Map<String, Object> refusedAt(String path, Caller reader) {
        MockHttpServletRequest forwarded = new MockHttpServletRequest("GET", "/audit/refused");
        forwarded.setServletPath("/audit/refused");
        forwarded.setAttribute(RequestDispatcher.FORWARD_SERVLET_PATH, path);
        Map<String, Object> model =
                new HashMap<>(new RefusedPage().refused(forwarded, reader).getModel());
        model.put("view", "refused");
        return model;
    }

    private static Map<String, Object> error(Caller reader) {
        Map<String, Object> model = new HashMap<>(ReaderArea.of(reader));
        model.put("status", 500);
        model.put("timestamp", new Date());
        model.put("view", "error");
        return model;
    }

    private static String drawn(Map<String, Object> model) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(servletContext)
                        .buildExchange(
                                new MockHttpServletRequest(servletContext, "GET", "/audit/refused"),
                                new MockHttpServletResponse()),
                Locale.UK,
                model);
        return TEMPLATES.process((String) model.get("view"), context);
    }

    private static String headerLink(String page) {
        Matcher link = HEADER_LINK.matcher(page);
        assertThat(link.find()).as("the header's link to the area's home").isTrue();
        return link.group(1);
    }

    private static String footerSentence(String page) {
        Matcher sentence = FOOTER_SENTENCE.matcher(page);
        return sentence.find() ? sentence.group(1) : "";
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
