package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Links cut from the end of the chain, with their records, leave a shorter chain that verifies: only
 * the head an auditor kept from an earlier check, given back, shows it. Its own context, as it cuts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=kept-head")
class KeptHeadTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    Environment database;

    @Test
    void aKeptHeadShowsLinksCutFromTheEnd() {
        for (int i = 0; i < 3; i++) {
            triage("head-" + i);
        }
        sealer.sealPending();
        JsonNode first = auditVerification("");
        long position = first.get("head").get("position").asLong();
        String mac = first.get("head").get("chainMac").asString();
        String kept = "?headPosition=" + position + "&headChainMac=" + mac;
        JsonNode holding = auditVerification(kept);
        assertThat(holding.get("intact").asBoolean()).isTrue();
        assertThat(holding.get("keptHead").get("matched").asBoolean()).isTrue();
        assertThat(verificationPage(kept))
                .contains("Position " + position + ": still the link you kept")
                .doesNotContain("What to do now");
        // Found by an auditor: given a head that matched, the command line never said so.
        AuditCommandLine.Run matched = AuditCommandLine.verify(database, "--head=" + position + ":" + mac);
        assertThat(matched.status()).isZero();
        assertThat(matched.out())
                .contains("The head you kept, position " + position + ", matches: the link there is still the one"
                        + " you kept");
        assertThat(AuditCommandLine.verify(database).out()).doesNotContain("The head you kept");

        // The last link and its decision go; what is left is a shorter chain, intact on its own.
        UUID last = jdbc.sql("SELECT decision_id FROM decision_seal WHERE position = :p")
                .param("p", position)
                .query(UUID.class)
                .single();
        jdbc.sql("DELETE FROM decision_seal WHERE position = :p")
                .param("p", position)
                .update();
        for (String table : new String[] {
            "decision_access", "decision_feedback", "decision_identifier", "decision_return_interview", "decision"
        }) {
            jdbc.sql("DELETE FROM " + table + " WHERE decision_id = :id")
                    .param("id", last)
                    .update();
        }
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        JsonNode against = auditVerification(kept);
        assertThat(against.get("intact").asBoolean()).isFalse();
        // The auditor's command line takes the head too.
        assertThat(commandLine("--head=" + position + ":" + mac)).isEqualTo(1);
        assertThat(against.get("keptHead").get("matched").asBoolean()).isFalse();
        assertThat(AuditCommandLine.verify(database, "--head=" + position + ":" + mac)
                        .out())
                .contains("The head you kept, position " + position + ", does NOT match")
                .doesNotContain(", matches");
        // Its --json is the API's answer, field for field (found by an auditor: it had no "intact").
        AuditCommandLine.Run json = AuditCommandLine.verify(database, "--json", "--head=" + position + ":" + mac);
        JsonNode printed = HttpJson.JSON.readTree(json.out());
        assertThat(printed.get("intact").asBoolean()).isFalse();
        assertThat(((tools.jackson.databind.node.ObjectNode) printed).without("checkedAt"))
                .isEqualTo(((tools.jackson.databind.node.ObjectNode) against.deepCopy()).without("checkedAt"));
        assertThat(commandLine()).isZero();
        assertThat(commandLine("--head=" + position + ":not-a-mac")).isEqualTo(2);
        assertThat(against.get("problems").get(0).get("kind").asString()).isEqualTo("REMOVED");
        assertThat(against.get("problems").get(0).get("detail").asString()).contains("links were cut from its end");
        // The auditor's page takes it as well, and says so in words.
        assertThat(verificationPage(kept))
                .contains("Not intact: 1 problem", "Position " + position + ": not found in its place")
                .contains("links were cut from its end", "Not known: lost with its seal")
                .doesNotContain("still the link you kept");

        // A head the chain never held at that position: rewritten.
        JsonNode other = auditVerification("?headPosition=1&headChainMac=" + "0".repeat(64));
        assertThat(other.get("problems").get(0).get("kind").asString()).isEqualTo("CHANGED");
    }

    @Test
    void aHeadIsGivenWholeAndWellFormed() {
        HttpJson auditor = as(DemoClients.AUDITOR);

        assertThat(auditor.get("/api/v1/audit/verify?headPosition=3").status()).isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit/verify?headPosition=0&headChainMac=" + "a".repeat(64))
                        .status())
                .isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit/verify?headPosition=1&headChainMac=XYZ")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("parameter")
                        .asString())
                .isEqualTo("headChainMac");

        // The page checks the store without the head, and says what to correct, answered 400.
        assertThat(verificationPage("?headPosition=3", 400))
                .contains("The head you kept was not checked", "Enter the chain MAC as well")
                .doesNotContain("The head you kept</dt>");
        assertThat(verificationPage("?headPosition=0&headChainMac=" + "A".repeat(64), 400))
                .contains("The position must be 1 or more")
                .doesNotContain("The chain MAC must be");
        assertThat(verificationPage("?headPosition=-4&headChainMac=xyz", 400))
                .contains("Enter the position as a whole number");
    }

    /** The exit status of `audit verify` on this test's database, with the arguments given. */
    private int commandLine(String... more) {
        return AuditCommandLine.verify(database, more).status();
    }

    private void triage(String id) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(id, 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
        assertThat(answer.status()).isEqualTo(201);
    }
}
