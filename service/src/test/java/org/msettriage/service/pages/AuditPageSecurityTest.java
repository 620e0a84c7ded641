package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.security.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The pages' own filter chain over plain HTTP: sign-in by form with its token, the session cookie's
 * attributes, the pages' headers, and the API left as it was (stateless, no cookie, problems).
 */
@Import(SessionCount.class)
class AuditPageSecurityTest extends ServiceTest {

    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Pattern REFUSAL = Pattern.compile("(?s)<div class=\"error-summary\".*?</div>");

    @Autowired
    ServletContext servletContext;

    private PageClient browser() {
        return new PageClient("http://localhost:" + port);
    }

    @Test
    void aPageSendsSomeoneNotSignedInToTheSignInForm() {
        PageClient browser = browser();

        // A home page travels with the form too, so the form names its area (a trial's sign-in from
        // /panel was titled as the service's alone).
        for (String home : new String[] {"/audit", "/panel", "/rules", "/analysis"}) {
            PageClient.Page page = browser.get(home);
            assertThat(page.status()).as(home).isEqualTo(303);
            assertThat(page.header("Location")).as(home).isEqualTo("/audit/sign-in?next=%2F" + home.substring(1));
            assertThat(browser.get(page.header("Location")).body())
                    .as(home)
                    .contains("<title>Sign in – MSET Triage " + home.substring(1) + "</title>");
        }
        // A deeper page travels with the form, so the sign-in goes on to it.
        for (String path : new String[] {"/audit/decisions?riskLevel=SIGNIFICANT&page=2", "/audit/anything/else"}) {
            PageClient.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(303);
            assertThat(page.header("Location"))
                    .as(path)
                    .isEqualTo("/audit/sign-in?next="
                            + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
        }
    }

    @Test
    void aFormSentWithoutASessionSaysNothingWasRecordedAndGoesBackToItsPage() {
        // A coordinator's trial: an outcome sent after the session had ended met a plain sign-in form, and
        // the sign-in went to the panel's home, not the agenda.
        PageClient browser = browser();
        String token = browser.get("/audit/sign-in").formToken();
        String agenda = "/panel/meetings/01a24e79-abc7-7cd4-8d3e-5f6a7b8c9d0e";

        PageClient.Page sent = browser.post(agenda + "/outcomes", Map.of("_csrf", token, "outcome", "NOT_HEARD"));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location"))
                .isEqualTo("/audit/sign-in?next=" + agenda.replace("/", "%2F") + "&unsent=true");
        String form = browser.get(sent.header("Location")).body();
        assertThat(form)
                .contains("nothing you sent was recorded. A session ends after 15 minutes without use.")
                .contains("name=\"next\" value=\"" + agenda + "\"");
        assertThat(browser.get("/audit/sign-in?next=" + agenda).body()).doesNotContain("nothing you sent");
    }

    @Test
    void aReasonSentWithoutASessionIsAskedForAgainForTheSameDecision() {
        // An accessibility trial: the reason for opening a decision, sent after the session had ended, led
        // after the sign-in to the question without the decision, which then opened the search instead.
        PageClient browser = browser();
        String token = browser.get("/audit/sign-in").formToken();
        String decision = "/audit/decisions/01a24e79-abc7-7cd4-8d3e-5f6a7b8c9d0e";

        PageClient.Page sent =
                browser.post("/audit/purpose", Map.of("_csrf", token, "purpose", "case audit", "next", decision));

        assertThat(sent.status()).isEqualTo(303);
        PageClient.Page form = browser.get(sent.header("Location"));
        Matcher next = Pattern.compile("name=\"next\" value=\"([^\"]*)\"").matcher(form.body());
        assertThat(next.find()).isTrue();
        assertThat(next.group(1))
                .isEqualTo("/audit/purpose?next=%2Faudit%2Fdecisions%2F01a24e79-abc7-7cd4-8d3e-5f6a7b8c9d0e");
        PageClient.Page signedIn = browser.post(
                "/audit/sign-in",
                Map.of("_csrf", form.formToken(), "credential", DemoClients.AUDITOR.key(), "next", next.group(1)));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(browser.get(signedIn.header("Location")).body())
                .contains("Why are you opening this decision?")
                .contains("name=\"next\" value=\"" + decision + "\"");
    }

    @Test
    void aCredentialInTheAddressDoesNotSignIn() {
        // A security trial signed in by POST /audit/sign-in?credential=...: the key, which also opens the
        // API, would be kept in histories and proxies' logs.
        for (String query : new String[] {"credential=", "cred%65ntial="}) {
            PageClient browser = browser();
            String token = browser.get("/audit/sign-in").formToken();

            PageClient.Page refused =
                    browser.post("/audit/sign-in?" + query + DemoClients.AUDITOR.key(), Map.of("_csrf", token));

            assertThat(refused.status()).as(query).isEqualTo(401);
            assertThat(browser.sessionCookie()).as(query).isEmpty();
            assertThat(browser.get("/audit").status()).as(query).isEqualTo(303);
        }
        PageClient browser = browser();
        String token = browser.get("/audit/sign-in").formToken();
        assertThat(browser.post(
                                "/audit/sign-in?next=%2Faudit",
                                Map.of("_csrf", token, "credential", DemoClients.AUDITOR.key()))
                        .status())
                .as("the body's credential, with the address naming only the page to go on to")
                .isEqualTo(303);
    }

    @Test
    void aFormTokenInTheAddressIsNotTakenForTheForms() {
        // A security trial: Spring reads the token from the query string too, where histories and
        // proxies' logs keep it with the page.
        for (String name : new String[] {"_csrf", "%5Fcsrf"}) {
            PageClient browser = browser();
            String token = browser.get("/audit/sign-in").formToken();

            PageClient.Page refused = browser.post(
                    "/audit/sign-in?" + name + "=" + token, Map.of("credential", DemoClients.AUDITOR.key()));

            assertThat(refused.status()).as(name).isEqualTo(403);
            assertThat(browser.sessionCookie()).as(name).isEmpty();
            PageClient.Page bothPlaces = browser.post(
                    "/audit/sign-in?" + name + "=" + token,
                    Map.of("_csrf", token, "credential", DemoClients.AUDITOR.key()));
            assertThat(bothPlaces.status()).as(name).isEqualTo(403);
        }
        PageClient browser = browser();
        String token = browser.get("/audit/sign-in").formToken();
        assertThat(browser.post("/audit/sign-in", Map.of("_csrf", token, "credential", DemoClients.AUDITOR.key()))
                        .status())
                .as("the token in the form's body")
                .isEqualTo(303);
        String signedInToken = browser.get("/audit/decisions").formToken();
        assertThat(browser.post("/audit/sign-out?_csrf=" + signedInToken, Map.of())
                        .status())
                .as("a signed-in page's form")
                .isEqualTo(403);
        assertThat(browser.get("/audit").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aSignInGoesOnToThePageAskedForAndNeverElsewhere() {
        String asked = "/audit/decisions?riskLevel=SIGNIFICANT&page=2";
        assertThat(signInWithNext(asked).header("Location")).isEqualTo(asked);
        for (String elsewhere : new String[] {
            "https://evil.example/audit",
            "//evil.example/audit",
            "/\\evil.example",
            "/api/v1/decisions",
            "/audit/../api/v1/decisions",
            "/rules/rulesets/2026.12.2"
        }) {
            PageClient.Page signedIn = signInWithNext(elsewhere);
            assertThat(signedIn.status()).as(elsewhere).isEqualTo(303);
            assertThat(signedIn.header("Location")).as(elsewhere).isEqualTo("/audit");
        }
        // The form shows the page only when it is one of ours.
        assertThat(browser().get("/audit/sign-in?next=//evil.example").body()).doesNotContain("evil.example");
        assertThat(browser().get("/audit/sign-in?next=/audit/decisions").body())
                .contains("name=\"next\" value=\"/audit/decisions\"");
    }

    @Test
    void theFormSaysWhoSignsInThereAsItServesEveryArea() {
        String form = browser().get("/audit/sign-in").body();

        assertThat(form)
                .contains("Auditors sign in here for the audit pages, policy leads for the rules workbench, the MSET"
                        + " coordinator for the panel pages and analysts for their dashboard.")
                .contains("the partnership&#39;s auditors, policy leads, the MSET coordinator and analysts, each"
                        + " signed in to their own.")
                .doesNotContain("These pages are for auditors.");
    }

    @Test
    void everyAreaOpensToItsOwnReaderSignedInAtTheOneFormAndRefusesEveryOther() {
        for (Area own : Area.values()) {
            PageClient reader = browser();
            PageClient.Page signedIn = reader.signIn(DemoClients.of(own.role()).key());
            assertThat(signedIn.header("Location")).as(own + " signed in").isEqualTo(own.home());
            for (Area asked : Area.values()) {
                assertThat(reader.get(asked.home()).status())
                        .as(own + " reader at " + asked.home())
                        .isEqualTo(asked == own ? 200 : 403);
            }
        }
    }

    private PageClient.Page signInWithNext(String next) {
        PageClient browser = browser();
        String token = browser.get("/audit/sign-in").formToken();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("credential", DemoClients.AUDITOR.key());
        fields.put("next", next);
        return browser.post("/audit/sign-in", fields);
    }

    @Test
    void aSignInWithoutTheFormTokenIsRefusedAndSignsNobodyIn() {
        PageClient browser = browser();
        browser.get("/audit/sign-in");

        PageClient.Page refused = browser.post("/audit/sign-in", Map.of("credential", DemoClients.AUDITOR.key()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Request refused");
        assertThat(browser.get("/audit").status()).isEqualTo(303);
    }

    @Test
    void theApiNeverTakesThePagesSessionForACredential() {
        PageClient browser = browser();
        browser.signIn(DemoClients.AUDITOR.key());
        String session = browser.sessionCookie().orElseThrow().getValue();

        PageClient.Page api = browser().get("/api/v1/decisions", Map.of("Cookie", "MSET_AUDIT_SESSION=" + session));

        assertThat(api.status()).isEqualTo(401);
    }

    @Test
    void onlySigningInMakesASessionInAStrictHttpOnlyCookie() {
        PageClient browser = browser();
        PageClient.Page form = browser.get("/audit/sign-in");
        assertThat(browser.sessionCookie())
                .as("no session for showing the form")
                .isEmpty();
        assertThat(form.headers("Set-Cookie"))
                .as("only the form token's cookie")
                .singleElement()
                .asString()
                .startsWith("MSET_AUDIT_FORM=")
                .contains("Path=/;", "HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");

        PageClient.Page signedIn = browser.signIn(DemoClients.AUDITOR.key());

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/audit");
        assertThat(signedIn.headers("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("MSET_AUDIT_SESSION="))
                .singleElement()
                .asString()
                // The auditor pages and the rules workbench share one sign-in; the API never reads it.
                .contains("; Path=/;", "; HttpOnly", "; SameSite=Strict")
                .doesNotContain("Secure");
        assertThat(browser.sessionCookie()).isPresent();
        PageClient.Page home = browser.get("/audit");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as <strong>demo-auditor</strong>");
    }

    @Test
    void aThousandAnonymousRequestsMakeNoSession() {
        int before = SessionCount.live();
        for (int i = 0; i < 1000; i++) {
            PageClient anonymous = browser();
            anonymous.get(i % 2 == 0 ? "/audit/sign-in" : "/audit");
            assertThat(anonymous.sessionCookie()).isEmpty();
        }

        assertThat(SessionCount.live()).isEqualTo(before);
    }

    @Test
    void theSessionIsTheContainersOnlyByCookieAndEndsAfterFifteenIdleMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(15);
        assertThat(servletContext.getEffectiveSessionTrackingModes()).isEqualTo(Set.of(SessionTrackingMode.COOKIE));
        assertThat(servletContext.getSessionCookieConfig().getName()).isEqualTo("MSET_AUDIT_SESSION");
        assertThat(browser().get("/audit/sign-in").body()).contains("A session ends after 15 minutes without use.");
    }

    @Test
    void anotherRolesKeyAndAnUnknownKeyGetTheSameRefusal() {
        PageClient.Page caseSystem = browser().signIn(DemoClients.CASE_SYSTEM.key());
        PageClient.Page unknown = browser().signIn("not-a-key-anyone-has");
        PageClient.Page empty = browser().signIn("");

        assertThat(caseSystem.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(empty.status()).isEqualTo(401);
        assertThat(refusal(caseSystem)).isEqualTo(refusal(unknown)).isEqualTo(refusal(empty));
        assertThat(unknown.body())
                .as("every reader who signs in at the form is named, as its introduction names them")
                .contains("your own credential (an auditor&#39;s, a policy lead&#39;s, the MSET coordinator&#39;s or"
                        + " an analyst&#39;s)");
        assertThat(caseSystem.body()).doesNotContain(DemoClients.CASE_SYSTEM.client(), DemoClients.CASE_SYSTEM.key());
        assertThat(unknown.body()).doesNotContain("not-a-key-anyone-has");
        assertThat(caseSystem.header("Set-Cookie"))
                .as("no new session for a refusal")
                .isNull();
    }

    @Test
    void anAuditorHoldsAtMostThreeSessionsAndSigningInAgainEndsTheOldest() {
        PageClient[] browsers = {browser(), browser(), browser(), browser()};
        for (PageClient browser : browsers) {
            assertThat(browser.signIn(DemoClients.AUDITOR.key()).status()).isEqualTo(303);
        }

        PageClient.Page oldest = browsers[0].get("/audit");

        assertThat(oldest.status()).isEqualTo(303);
        assertThat(oldest.header("Location")).isEqualTo("/audit/sign-in?next=%2Faudit");
        for (int i = 1; i < browsers.length; i++) {
            assertThat(browsers[i].get("/audit").status()).as("browser " + i).isEqualTo(200);
        }
    }

    @Test
    void signingOutEndsTheSessionForGood() {
        PageClient browser = browser();
        browser.signIn(DemoClients.AUDITOR.key());
        String session = browser.sessionCookie().orElseThrow().getValue();

        PageClient.Page signedOut = browser.signOut();

        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).isEqualTo("/audit/sign-in?signedOut=true");
        assertThat(browser().get(signedOut.header("Location")).body()).contains("You are signed out.");
        assertThat(signedOut.header("Set-Cookie"))
                .startsWith("MSET_AUDIT_SESSION=;")
                .contains("Path=/;");
        PageClient.Page replayed = browser().get("/audit", Map.of("Cookie", "MSET_AUDIT_SESSION=" + session));
        assertThat(replayed.status()).isEqualTo(303);
        assertThat(replayed.header("Location")).isEqualTo("/audit/sign-in?next=%2Faudit");
    }

    @Test
    void aBearerCredentialDoesNotOpenThePages() {
        PageClient.Page page = browser().get("/audit", Map.of("Authorization", "Bearer " + DemoClients.AUDITOR.key()));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/audit/sign-in?next=%2Faudit");
    }

    @Test
    void aChildsReferenceInAnAddressIsNotCopiedIntoTheSignInFormsAddress() {
        PageClient.Page page = browser().get("/audit/decisions?childRef=child-7f3a&from=2026-01-01");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/audit/sign-in?next=%2Faudit%2Fdecisions%3Ffrom%3D2026-01-01");
    }

    @Test
    void everyPageAnswerCarriesThePagesSecurityHeaders() {
        PageClient browser = browser();
        PageClient.Page signIn = browser.get("/audit/sign-in");
        PageClient.Page redirect = browser().get("/audit");
        PageClient.Page stylesheet = browser.get("/audit/assets/audit.css");
        browser.signIn(DemoClients.AUDITOR.key());
        PageClient.Page home = browser.get("/audit");

        for (PageClient.Page page : new PageClient.Page[] {signIn, redirect, stylesheet, home}) {
            String what = page.response().uri().getPath() + " " + page.status();
            assertThat(page.header("Content-Security-Policy"))
                    .as(what)
                    .isEqualTo(PAGE_POLICY + "; script-src 'self'; connect-src 'self'");
            assertThat(page.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(page.header("Cache-Control")).as(what).contains("no-store");
        }
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.header("Content-Type")).startsWith("text/css");
        PageClient lead = browser();
        lead.signIn(DemoClients.POLICY_LEAD.key());
        assertThat(lead.get("/rules").header("Content-Security-Policy"))
                .as("the workbench runs the service's own scripts (its charts), as the audit pages do (printing)")
                .isEqualTo(PAGE_POLICY + "; script-src 'self'; connect-src 'self'");
        for (DemoClients.Key reader : List.of(DemoClients.PANEL_COORDINATOR, DemoClients.ANALYST)) {
            PageClient pages = browser();
            pages.signIn(reader.key());
            String area = reader == DemoClients.ANALYST ? "/analysis" : "/panel";
            assertThat(pages.get(area).header("Content-Security-Policy"))
                    .as("every area runs the service's own scripts only (the warning before a session ends)")
                    .isEqualTo(PAGE_POLICY + "; script-src 'self'; connect-src 'self'");
        }
        PageClient.Page chart = lead.get("/rules/assets/chart.js/chart.umd.min.js");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.header("Content-Type")).contains("javascript");
        assertThat(browser().get("/rules/assets/impact-charts.js").status())
                .as("not signed in")
                .isEqualTo(303);
        assertThat(home.body())
                .as("no inline script or style: every script is one of the service's own files")
                .doesNotContain("style=")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)");
    }

    @Test
    void theApiSetsNoCookieAndASignedInSessionDoesNotOpenIt() {
        PageClient browser = browser();
        browser.signIn(DemoClients.AUDITOR.key());
        String session =
                "MSET_AUDIT_SESSION=" + browser.sessionCookie().orElseThrow().getValue();

        HttpJson.Answer withSession = anonymous().send("GET", "/api/v1/indicators", Map.of("Cookie", session));
        HttpJson.Answer withKey = as(DemoClients.AUDITOR).get("/api/v1/indicators");
        HttpJson.Answer refused = anonymous().get("/api/v1/indicators");

        assertThat(withSession.status()).isEqualTo(401);
        assertThat(withSession.header("Content-Type")).startsWith("application/problem+json");
        assertThat(withKey.status()).isEqualTo(200);
        for (HttpJson.Answer answer : new HttpJson.Answer[] {withSession, withKey, refused}) {
            assertThat(answer.header("Set-Cookie"))
                    .as("answer " + answer.status())
                    .isNull();
            assertThat(answer.header("Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void apiRefusalsStayProblemsEvenWhenABrowserAsksForHtml() {
        Map<String, String> html = Map.of("Accept", "text/html");
        HttpJson.Answer missing = as(DemoClients.AUDITOR).get("/api/v1/decisions/" + UUID.randomUUID());
        HttpJson.Answer missingAsHtml =
                as(DemoClients.AUDITOR).send("GET", "/api/v1/decisions/" + UUID.randomUUID(), html);
        HttpJson.Answer unknownAsHtml = anonymous().send("GET", "/api/v1/nothing-here", html);

        assertThat(missing.status()).isEqualTo(404);
        for (HttpJson.Answer answer : new HttpJson.Answer[] {missing, missingAsHtml, unknownAsHtml}) {
            assertThat(answer.header("Content-Type"))
                    .as("answer " + answer.status())
                    .startsWith("application/problem+json");
        }
    }

    private static String refusal(PageClient.Page page) {
        Matcher refusal = REFUSAL.matcher(page.body());
        assertThat(refusal.find()).as("a refusal on the page").isTrue();
        return refusal.group();
    }
}
