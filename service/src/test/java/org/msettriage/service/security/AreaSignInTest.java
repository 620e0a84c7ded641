package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msettriage.service.metrics.MsetMetrics;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Every role with pages signs in at the one form, goes on to its own area's home or to a page of its own
 * area, and is sent to that form from any page of the area; a role of the API only is refused by the form
 * and never sent into an area. A role added to {@link Role} fails here until it is given an area or named
 * as one of the API's only.
 */
class AreaSignInTest {

    /** The roles with no pages, whom the sign-in form refuses. */
    private static final Set<Role> API_ONLY = EnumSet.of(Role.CASE_SYSTEM, Role.OPERATOR);

    private static final String SIGN_IN = "/audit/sign-in";

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aRoleWithPagesSignsInToItsOwnAreaAndARoleOfTheApiIsRefused(Role role) {
        Caller reader = new Caller(Caller.Method.API_KEY, "demo-" + role, Set.of(role));
        MockHttpServletRequest form = signInForm();
        MockHttpServletResponse response = new MockHttpServletResponse();

        signIn(form, response, reader);

        if (API_ONLY.contains(role)) {
            assertThat(Area.of(reader)).isEmpty();
            assertThat(SignInRefusal.of(form)).contains(SignInRefusal.NO_PAGES_FOR_ROLE);
            assertThat(response.getRedirectedUrl()).isNull();
            return;
        }
        Area area = Area.of(reader).orElseThrow(() -> new AssertionError(role + " has pages but no area"));
        assertThat(area.role()).isEqualTo(role);
        assertThat(SignInRefusal.of(form)).isEmpty();
        assertThat(response.getRedirectedUrl()).isEqualTo(area.home());
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void aSignInGoesOnToAPageOfTheReadersOwnAreaOnlyAndElseHome(Area area) {
        Caller reader = new Caller(Caller.Method.API_KEY, "reader", Set.of(area.role()));
        String deep = area.home() + "/deeper?page=2";

        assertThat(SignInDestination.after(reader, null)).isEqualTo(area.home());
        assertThat(SignInDestination.after(reader, deep)).isEqualTo(deep);
        for (Area other : Area.values()) {
            if (other != area) {
                assertThat(SignInDestination.after(reader, other.home() + "/deeper"))
                        .as(area + " reader asking for " + other)
                        .isEqualTo(area.home());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void everyPageOfAnAreaSendsSomeoneNotSignedInToTheOneForm(Area area) {
        assertThat(SignInDestination.signInFor(get(area.home())))
                .isEqualTo(SIGN_IN + "?next=" + URLEncoder.encode(area.home(), StandardCharsets.UTF_8));
        assertThat(SignInDestination.signInFor(get(area.home() + "/deeper")))
                .isEqualTo(SIGN_IN + "?next=" + URLEncoder.encode(area.home() + "/deeper", StandardCharsets.UTF_8));
        assertThat(Area.at(area.home() + "/deeper")).contains(area);
        assertThat(Area.at(area.home() + "x")).isEmpty();
    }

    @Test
    void eachAreaHasARoleAndAHomeOfItsOwn() {
        assertThat(Area.values()).extracting(Area::role).doesNotHaveDuplicates();
        assertThat(Area.values()).extracting(Area::home).doesNotHaveDuplicates();
        assertThat(Area.values()).extracting(Area::role).doesNotContainAnyElementsOf(API_ONLY);
        assertThat(Area.values()).allSatisfy(area -> assertThat(area.word()).matches("[a-z]+"));
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void eachAreasFooterSaysWhomItsPagesAreForInTheirOwnWords(Area area) {
        assertThat(area.footer())
                .startsWith("These pages are for " + area.readers())
                .endsWith(".");
        assertThat(Area.named(area.word())).contains(area);
        assertThat(Area.named("sign-in")).isEmpty();
    }

    @Test
    void everyAreasHomeLinkReadsInTheOneStyle() {
        // After "Go to" on a refusal or an error page: the area as its header names it, and the reader's own.
        assertThat(Area.values())
                .extracting(Area::homeName)
                .containsExactly(
                        "your audit home page",
                        "your rules home page",
                        "your panel home page",
                        "your analysis home page");
    }

    @Test
    void aReaderOfSeveralAreasIsAtHomeInTheFirst() {
        Caller both = new Caller(Caller.Method.API_KEY, "both", Set.of(Role.ANALYST, Role.AUDITOR));

        assertThat(Area.of(both)).contains(Area.AUDIT);
        assertThat(SignInDestination.after(both, "/analysis/deeper")).isEqualTo("/analysis/deeper");
        assertThat(SignInDestination.after(both, null)).isEqualTo("/audit");
    }

    @Test
    void aCallerOfTheApiOnlyIsNeverSentIntoAnArea() {
        // The form refuses such a caller before this is asked; were it asked, the answer is the form again,
        // as the error and refusal pages give one, never the analysts' dashboard it once was.
        for (Role role : API_ONLY) {
            Caller caller = new Caller(Caller.Method.API_KEY, "api", Set.of(role));
            assertThat(Arrays.stream(Area.values()).map(area -> SignInDestination.after(caller, area.home())))
                    .as(role.name())
                    .containsOnly(SIGN_IN);
            assertThat(SignInDestination.after(caller, null)).as(role.name()).isEqualTo(SIGN_IN);
        }
    }

    private static MockHttpServletRequest signInForm() {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", SIGN_IN);
        form.setServletPath(SIGN_IN);
        form.addParameter(AuditorSignIn.CREDENTIAL_FIELD, "a-key");
        return form;
    }

    @Test
    void aHeadIsTakenAsAGetAndAFormSentGoesBackToThePageItWasOn() {
        MockHttpServletRequest head = new MockHttpServletRequest("HEAD", "/audit/decisions");
        assertThat(SignInDestination.signInFor(head)).isEqualTo(SIGN_IN + "?next=%2Faudit%2Fdecisions");
        MockHttpServletRequest sent = new MockHttpServletRequest("POST", "/panel/meetings/abc/outcomes");
        assertThat(SignInDestination.signInFor(sent))
                .isEqualTo(SIGN_IN + "?next=%2Fpanel%2Fmeetings%2Fabc&unsent=true");
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }

    /** The form's filter, with a credential checker that knows the one reader. */
    private static void signIn(MockHttpServletRequest form, MockHttpServletResponse response, Caller reader) {
        AuditorSignIn filter = new AuditorSignIn(
                credential -> new TestingAuthenticationToken(
                        reader,
                        null,
                        reader.roles().stream().map(Role::authority).toArray(String[]::new)),
                (authentication, request, answer) -> {},
                new RequestAttributeSecurityContextRepository(),
                new DefaultRedirectStrategy(),
                new FailedCredentials(20, new MsetMetrics(new SimpleMeterRegistry())));
        try {
            filter.doFilter(form, response, new MockFilterChain());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
