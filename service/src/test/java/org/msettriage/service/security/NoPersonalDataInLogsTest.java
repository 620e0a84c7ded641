package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.ServiceProcess;
import org.msettriage.service.SideWorker;
import org.msettriage.service.pages.PageClient;

/**
 * Nothing a referral says about a child reaches the logs, at any level. The service runs as its own JVM
 * with every logger at the level given, takes referrals whose every free-text field carries a distinctive
 * canary (accepted, refused and read back), refused credentials carrying canaries too (as bearer headers
 * and typed into the auditor pages' sign-in form), and the whole log is searched for each canary, each
 * key and token used, and the session id the sign-in opened.
 */
@SideWorker
class NoPersonalDataInLogsTest {

    private static final Map<String, String> CANARIES = Map.ofEntries(
            Map.entry("referralId", "CANARYreferral7731"),
            Map.entry("childRef", "CANARYchild4410"),
            Map.entry("indicator note", "CANARYnote9052"),
            Map.entry("nickname", "CANARYnickname2218"),
            Map.entry("vehicle", "CANARYvehicle6634"),
            Map.entry("perpetrator description", "CANARYperson3390"),
            Map.entry("location description", "CANARYplace5127"),
            Map.entry("judgement rationale", "CANARYrationale8841"),
            Map.entry("judgement approver", "CANARYapprover1276"),
            Map.entry("refused bearer credential", "CANARYcredential5583"),
            Map.entry("feedback comment", "CANARYcomment7702"),
            Map.entry("access reason", "CANARYreason9920"),
            Map.entry("refused sign-in credential", "CANARYsignin4471"));

    /** A guarded logger's line below INFO, in logback-test.xml's pattern ("time LEVEL logger - message"). */
    private static final Pattern GUARDED_BELOW_INFO = Pattern.compile("^\\S+ (TRACE|DEBUG) +\\S*(hikari|jdbc|h2)\\.");

    /** Its own: the shared provider's simulated outages, in tests running meanwhile, must not reach it. */
    private static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.ofItsOwn();

    @TempDir
    Path dataDir;

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.close();
    }

    @ParameterizedTest(name = "every logger at {0}")
    @ValueSource(strings = {"DEBUG", "TRACE"})
    void noCanaryFromAReferralOrACredentialAppearsInTheLog(String level) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // Root, and every logger the configurations name, so no more specific setting keeps one quieter.
        List<String> launch = Stream.of(
                        "root",
                        "org.msettriage",
                        "org.drools",
                        "org.kie",
                        "org.hibernate.validator.internal.metadata.aggregated.CascadingMetaDataBuilder")
                .map(logger -> "--logging.level." + logger + "=" + level)
                .collect(Collectors.toCollection(ArrayList::new));
        launch.addAll(0, List.of("-cp", classpath, MsetTriageApplication.class.getName()));
        // Tokens too, from the test's identity provider, so the JWT path logs at this level as well.
        TestIdentityProvider idp = IDENTITY_PROVIDER;
        launch.addAll(List.of(
                "--mset.security.jwt.issuer=" + TestIdentityProvider.ISSUER,
                "--mset.security.jwt.jwk-set-uri=" + idp.jwkSetUri(),
                "--mset.security.jwt.role-claim=" + TestIdentityProvider.ROLE_CLAIM,
                "--mset.security.jwt.audience=" + TestIdentityProvider.AUDIENCE));
        String acceptedToken = idp.token(TestIdentityProvider.Claims.caseSystem("crm-east"));
        String expiredToken = idp.token(
                TestIdentityProvider.Claims.caseSystem("crm-east").expiresIn(java.time.Duration.ofMinutes(-5)));

        int port = ServiceProcess.freePort();
        try (ServiceProcess service = ServiceProcess.start(launch, dataDir, port)) {
            HttpJson caseSystem = service.http();
            HttpJson.Answer accepted = caseSystem.post("/api/v1/triage", referral("CSE03", "2026-11-12T10:00:00Z"));
            assertThat(accepted.status()).as(accepted.response().body()).isEqualTo(201);
            assertThat(caseSystem.get(accepted.header("Location")).status()).isEqualTo(200);
            assertThat(caseSystem
                            .as(DemoClients.AUDITOR)
                            .send(
                                    "GET",
                                    accepted.header("Location"),
                                    Map.of("Mset-Access-Reason", CANARIES.get("access reason")))
                            .status())
                    .isEqualTo(200);
            // The auditor's reads and the practitioner's feedback, with canaries in every free-text part.
            String decision = accepted.header("Location");
            HttpJson auditor = caseSystem.as(DemoClients.AUDITOR);
            Map<String, String> why = Map.of("Mset-Access-Reason", CANARIES.get("access reason"));
            assertThat(auditor.send("GET", decision + "/record", why).status()).isEqualTo(200);
            assertThat(auditor.send("GET", "/api/v1/decisions", Map.of("Mset-Child-Ref", CANARIES.get("childRef")))
                            .status())
                    .isEqualTo(200);
            Map<String, String> byReferral = Map.of("Mset-Referral-Ref", CANARIES.get("referralId"));
            HttpJson.Answer foundByReferral = auditor.send("GET", "/api/v1/decisions", byReferral);
            assertThat(foundByReferral.json().path("totalItems").asInt()).isEqualTo(1);
            HttpJson.Answer refusedWithReferral = auditor.send("GET", "/api/v1/decisions?riskLevel=HIGH", byReferral);
            assertThat(refusedWithReferral.status()).isEqualTo(400);
            assertThat(refusedWithReferral.response().body()).doesNotContain(CANARIES.get("referralId"));
            assertThat(auditor.post(
                                    "/api/v1/audit/subject-access",
                                    "{\"childRef\": \"" + CANARIES.get("childRef") + "\", \"reason\": \""
                                            + CANARIES.get("access reason") + "\"}")
                            .status())
                    .isEqualTo(200);
            String feedback = "{\"outcome\": \"OVERRIDDEN\", \"reasonCode\": \"OTHER\", \"comment\": \""
                    + CANARIES.get("feedback comment") + "\"}";
            assertThat(caseSystem.post(decision + "/feedback", feedback).status())
                    .isEqualTo(201);
            assertThat(caseSystem
                            .post(decision + "/feedback", feedback.replace("OTHER", CANARIES.get("feedback comment")))
                            .status())
                    .isEqualTo(400);
            assertThat(auditor.get("/api/v1/audit/verify").status()).isEqualTo(200);
            // Refused referrals: an unknown code and an impossible date, with every canary still in the body.
            assertThat(caseSystem
                            .post("/api/v1/triage", referral("CANARYcode", "not-a-date"))
                            .status())
                    .isEqualTo(400);
            // Not JSON at all: parsers quote the token they stopped at in their messages.
            assertThat(caseSystem
                            .post("/api/v1/triage", "{\"childRef\": " + CANARIES.get("childRef") + "}")
                            .status())
                    .isEqualTo(400);
            assertThat(caseSystem
                            .post("/api/v1/triage", "{\"childRef\": \"" + CANARIES.get("childRef"))
                            .status())
                    .isEqualTo(400);
            assertThat(caseSystem
                            .as(acceptedToken)
                            .post("/api/v1/triage", referral("CSE03", "2026-11-12T10:00:00Z"))
                            .status())
                    .isEqualTo(201);
            assertThat(caseSystem
                            .as(expiredToken)
                            .post("/api/v1/triage", referral("CSE03", "2026-11-12T10:00:00Z"))
                            .status())
                    .isEqualTo(401);
            // Refused before or instead of parsing: not JSON, too large, from a browser origin not allowed.
            assertThat(caseSystem
                            .send("POST", "/api/v1/triage", Map.of("Content-Type", "text/plain"))
                            .status())
                    .isEqualTo(415);
            assertThat(caseSystem
                            .post("/api/v1/triage", referral("CSE03", "2026-11-12T10:00:00Z") + " ".repeat(1_100_000))
                            .status())
                    .isEqualTo(413);
            assertThat(caseSystem
                            .send(
                                    "GET",
                                    "/api/v1/decisions/" + CANARIES.get("childRef"),
                                    Map.of("Origin", "https://evil.example"))
                            .status())
                    .isEqualTo(403);
            assertThat(caseSystem
                            .get("/api/v1/decisions/" + CANARIES.get("childRef"))
                            .status())
                    .isEqualTo(404);
            assertThat(caseSystem
                            .as(DemoClients.ANALYST)
                            .get("/api/v1/decisions/" + CANARIES.get("childRef"))
                            .status())
                    .isEqualTo(403);
            assertThat(caseSystem
                            .as(CANARIES.get("refused bearer credential"))
                            .post("/api/v1/triage", referral("CSE03", "2026-11-12T10:00:00Z"))
                            .status())
                    .isEqualTo(401);

            // The auditor pages' sign-in form: refused (unknown, another role's token, no form token), then
            // accepted; what is typed there, and the session it opens, must not reach the log either.
            PageClient pages = new PageClient("http://localhost:" + port);
            assertThat(pages.signIn(CANARIES.get("refused sign-in credential")).status())
                    .isEqualTo(401);
            assertThat(pages.signIn(acceptedToken).status()).isEqualTo(403);
            assertThat(pages.post("/audit/sign-in", Map.of("credential", DemoClients.AUDITOR.key()))
                            .status())
                    .isEqualTo(403);
            assertThat(pages.signIn(DemoClients.AUDITOR.key()).status()).isEqualTo(303);
            assertThat(pages.get("/audit").status()).isEqualTo(200);
            String session = pages.sessionCookie().orElseThrow().getValue();

            String log = service.log();
            assertThat(log).as("the service logged at %s", level).contains("Decision ", " " + level + " ");
            List<String> secrets = new ArrayList<>(CANARIES.values());
            secrets.add(DemoClients.CASE_SYSTEM.key());
            secrets.add(DemoClients.AUDITOR.key());
            secrets.add(acceptedToken);
            secrets.add(expiredToken);
            secrets.add(session);
            // The offending lines, shortened: enough to name the logger without repeating the whole log.
            List<String> leaks = log.lines()
                    .filter(line -> secrets.stream().anyMatch(line::contains))
                    .map(line -> line.length() > 300 ? line.substring(0, 300) + "..." : line)
                    .toList();
            assertThat(leaks).as("log lines carrying a canary or a key").isEmpty();
            // Found by a data protection review: while Spring started (migrations, the keys' checks), before
            // the guard's bean existed, bound SQL parameters and the pool's settings reached the log.
            assertThat(log.lines().filter(GUARDED_BELOW_INFO.asPredicate()))
                    .as("debug and trace lines of loggers that quote what they are given")
                    .isEmpty();
        }
    }

    private static String referral(String indicatorCode, String assessedAt) {
        return """
                {
                  "referralId": "%s",
                  "childRef": "%s",
                  "localAuthority": "GATESHEAD",
                  "assessedAt": "%s",
                  "child": {"ageYears": 14, "gender": "FEMALE", "careStatus": "CHILD_IN_NEED"},
                  "indicators": [{"code": "%s", "recency": "CURRENT", "note": "%s"}],
                  "perpetrators": [{"nickname": "%s", "isAdult": true, "vehicle": "%s", "description": "%s"}],
                  "locationsOfConcern": [{"type": "HOTEL", "description": "%s"}],
                  "professionalJudgement": {"direction": "RAISE", "level": "SIGNIFICANT",
                                            "rationale": "%s", "approvedBy": "%s"}
                }
                """.formatted(
                        CANARIES.get("referralId"),
                        CANARIES.get("childRef"),
                        assessedAt,
                        indicatorCode,
                        CANARIES.get("indicator note"),
                        CANARIES.get("nickname"),
                        CANARIES.get("vehicle"),
                        CANARIES.get("perpetrator description"),
                        CANARIES.get("location description"),
                        CANARIES.get("judgement rationale"),
                        CANARIES.get("judgement approver"));
    }
}
