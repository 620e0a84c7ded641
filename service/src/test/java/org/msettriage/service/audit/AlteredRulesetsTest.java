package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.Referrals;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A kept ruleset's files changed in the database behind the service's back (found by an auditor's trial:
 * verification said intact) are named by verification, through the API, the page and the command line,
 * and the auditor's ruleset page says so in words instead of failing. Its own context, so the tampering
 * never reaches another test's store.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=altered-rulesets")
class AlteredRulesetsTest extends ServiceTest {

    private static final String KEPT = "2099.2.0-kept";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RulesetStore store;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    Environment database;

    @Test
    void aKeptRulesetWhoseFileWasChangedIsNamedAndItsPageSaysWhichFile() {
        List<RulesetFile> files = CandidateRulesets.raisedWeight(KEPT);
        store.keep(RulesetIdentity.of(files), files, RulesetStore.Source.UPLOAD, "test", OffsetDateTime.now());
        assertThat(rulesetProblems(auditVerification(""), KEPT)).isEmpty();

        jdbc.sql("UPDATE ruleset_file SET content = REPLACE(content, 'V,2,1,1', 'V,3,1,1')"
                        + " WHERE version = :v AND name = 'points.csv'")
                .param("v", KEPT)
                .update();

        JsonNode verification = auditVerification("");
        assertThat(verification.get("intact").asBoolean()).isFalse();
        List<JsonNode> problems = rulesetProblems(verification, KEPT);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("kind").asString()).isEqualTo("CHANGED");
        assertThat(problems.get(0).get("rulesetVersion").asString()).isEqualTo(KEPT);
        assertThat(problems.get(0).get("decisionId").isNull()).isTrue();
        assertThat(problems.get(0).get("detail").asString())
                .contains("ruleset " + KEPT, "changed since it was kept", "points.csv");

        assertThat(verificationPage("")).contains("Not intact", "Kept ruleset", "/audit/rulesets/" + KEPT);
        AuditCommandLine.Run cli = AuditCommandLine.verify(database);
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).startsWith("NOT INTACT").contains("CHANGED    ruleset " + KEPT + ": ");

        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());
        PageClient.Page page = pages.get("/audit/rulesets/" + KEPT);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Its files were changed since it was kept.", "Changed: points.csv.")
                .doesNotContain("V,3,1,1");

        HttpJson.Answer download = as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets/" + KEPT + "/files");
        assertThat(download.status()).isEqualTo(409);
        assertThat(download.json().get("type").asString())
                .isEqualTo("https://mset-triage.example/problems/ruleset-altered");
        assertThat(download.json().get("detail").asString()).contains(KEPT, "points.csv");
    }

    @Test
    void filesChangedWithTheirRecordedHashesChangedToMatchDifferFromWhatTheDecisionsCarry() {
        HttpJson.Answer triaged = http().post(
                        "/api/v1/triage",
                        Referrals.referral("altered-ruleset", 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
        assertThat(triaged.status()).isEqualTo(201);
        sealer.sealPending();
        String version = CandidateRulesets.PACKAGED_VERSION;
        assertThat(rulesetProblems(auditVerification(""), version)).isEmpty();
        String before = jdbc.sql("SELECT sha256 FROM ruleset WHERE version = :v")
                .param("v", version)
                .query(String.class)
                .single();
        List<RulesetFile> rewritten = CandidateRulesets.edited(version, "points.csv", csv -> csv + "\n");
        try {
            rehash(version, rewritten);
            List<JsonNode> problems = rulesetProblems(auditVerification(""), version);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).get("rulesetVersion").asString()).isEqualTo(version);
            assertThat(problems.get(0).get("detail").asString())
                    .contains("the SHA-256 its sealed decisions were made with");
        } finally {
            rehash(version, CandidateRulesets.edited(version, "points.csv", csv -> csv));
        }
        assertThat(jdbc.sql("SELECT sha256 FROM ruleset WHERE version = :v")
                        .param("v", version)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    /** Writes files over a kept version's with every recorded hash made to match: what a careful forger does. */
    private void rehash(String version, List<RulesetFile> files) {
        for (RulesetFile file : files) {
            jdbc.sql("UPDATE ruleset_file SET content = :c, sha256 = :s WHERE version = :v AND name = :n")
                    .param("c", file.content())
                    .param("s", Digests.sha256(file.content()))
                    .param("v", version)
                    .param("n", file.name())
                    .update();
        }
        jdbc.sql("UPDATE ruleset SET sha256 = :s WHERE version = :v")
                .param("s", RulesetIdentity.of(files).sha256())
                .param("v", version)
                .update();
    }

    /** The problems verification names about one kept ruleset: the other test's tampering stays in the store. */
    private static List<JsonNode> rulesetProblems(JsonNode verification, String version) {
        return verification
                .get("problems")
                .valueStream()
                .filter(p -> "RULESET".equals(p.get("recordKind").asString())
                        && version.equals(p.get("rulesetVersion").asString()))
                .toList();
    }
}
