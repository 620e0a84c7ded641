package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * Edits, deletes, reorders and inserts rows directly in the database, behind the service's back, and
 * expects the API and the command-line verifier each to name every record so touched, and nothing else.
 * Its own context, so its tampering never reaches another test's store.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=tamper-evidence")
class TamperEvidenceTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    Environment database;

    @Test
    void everyChangedRemovedReorderedOrUnsealedRecordIsNamedByTheApiAndTheCommandLine() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            ids.add(triage("tamper-" + i));
        }
        sealer.sealPending();
        JsonNode before = auditVerification("");
        assertThat(before.get("intact").asBoolean()).isTrue();
        // The fourteen decisions, and the switch of the rules the first start recorded.
        assertThat(before.get("sealedRecords").asLong()).isEqualTo(15);
        assertThat(before.get("problems")).isEmpty();
        assertThat(commandLine().out()).startsWith("INTACT");
        // Found by an operator: a restored backup checked with another seal key read only as tampering.
        AuditCommandLine.Run otherKey = AuditCommandLine.verify(database, "--mset.audit.seal-key=" + AuditKeysTest.OWN);
        assertThat(otherKey.status()).isEqualTo(1);
        assertThat(otherKey.err())
                .startsWith("mset.audit.seal-key is not the key this database's chain was sealed with")
                .contains("a restored backup needs the keys it was made with");

        UUID changed = ids.get(1);
        jdbc.sql("UPDATE decision SET risk_level = 'NONE' WHERE decision_id = :id")
                .param("id", changed)
                .update();
        UUID removed = ids.get(3);
        delete(removed);
        UUID movedFirst = ids.get(4);
        UUID movedSecond = ids.get(6);
        swapPositions(positionOf(movedFirst), positionOf(movedSecond));
        // Two links side by side swapped (an auditor's trial): each is where the other was sealed, so neither's
        // own link says where it belongs.
        UUID swappedFirst = ids.get(12);
        UUID swappedSecond = ids.get(13);
        swapPositions(positionOf(swappedFirst), positionOf(swappedSecond));
        UUID contentSwapped = ids.get(7);
        jdbc.sql(
                        "UPDATE decision SET response_sealed = (SELECT response_sealed FROM decision WHERE decision_id = :other)"
                                + " WHERE decision_id = :id")
                .param("other", ids.get(8))
                .param("id", contentSwapped)
                .update();
        UUID removedWithSeal = ids.get(5);
        delete(removedWithSeal);
        jdbc.sql("DELETE FROM decision_seal WHERE decision_id = :id")
                .param("id", removedWithSeal)
                .update();
        UUID removedEarly = ids.get(9);
        jdbc.sql("UPDATE decision SET request_sealed = NULL, response_sealed = NULL, child_ref_hash = NULL,"
                        + " personal_removed_at = CURRENT_TIMESTAMP WHERE decision_id = :id")
                .param("id", removedEarly)
                .update();
        // The rules that fired are kept packed: another packed list, or bytes that are not one, both show.
        UUID firedRulesReplaced = ids.get(10);
        jdbc.sql("UPDATE decision SET fired_rules_packed = :packed WHERE decision_id = :id")
                .param("packed", FiredRules.pack("{\"INDICATOR_POINTS\":1}"))
                .param("id", firedRulesReplaced)
                .update();
        UUID firedRulesGarbled = ids.get(11);
        jdbc.sql("UPDATE decision SET fired_rules_packed = :packed WHERE decision_id = :id")
                .param("packed", new byte[] {(byte) 0xff, 0x00, 0x13, 0x37})
                .param("id", firedRulesGarbled)
                .update();
        UUID inserted = UUID.randomUUID();
        jdbc.sql("INSERT INTO decision (decision_id, decided_at, ruleset_version, ruleset_sha256, risk_level,"
                        + " fired_rules_json, fired_rules_packed) SELECT :id, decided_at, ruleset_version, ruleset_sha256, 'SIGNIFICANT',"
                        + " fired_rules_json, fired_rules_packed FROM decision WHERE decision_id = :source")
                .param("id", inserted)
                .param("source", ids.get(0))
                .update();

        JsonNode after = auditVerification("");

        assertThat(after.get("intact").asBoolean()).isFalse();
        assertThat(problems(after))
                .containsExactlyInAnyOrder(
                        "CHANGED " + changed,
                        "REMOVED " + removed,
                        "REORDERED " + movedFirst,
                        "REORDERED " + movedSecond,
                        "REORDERED " + swappedFirst,
                        "REORDERED " + swappedSecond,
                        "CHANGED " + contentSwapped,
                        "REMOVED " + removedWithSeal,
                        "CHANGED " + removedEarly,
                        "CHANGED " + firedRulesReplaced,
                        "CHANGED " + firedRulesGarbled,
                        "NOT_SEALED " + inserted);
        assertThat(after.toString()).contains("before its retention period ended");
        // The auditor's page says each kind of problem in words, not in the API's codes.
        assertThat(verificationPage(""))
                .contains(
                        "Not intact: 12 problems",
                        "<td>Changed since it was sealed</td>",
                        "<td>Removed</td>",
                        "<td>Moved to another place in the chain</td>",
                        "<td>Stored but never sealed</td>",
                        // An auditor's trial: the problems were named, and nothing said what to do next.
                        "<h2 id=\"what-to-do\">What to do now</h2>",
                        "<li>" + WhenNotIntact.STEPS.get(0) + "</li>")
                .doesNotContain("<td>CHANGED</td>", "<td>REMOVED</td>", "<td>REORDERED</td>", "<td>NOT_SEALED</td>");
        assertThat(after.get("problemsTotal").asLong()).isEqualTo(12);
        AuditCommandLine.Run cli = commandLine();
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).startsWith("NOT INTACT: 12 problem(s)");
        for (UUID id : List.of(
                changed,
                removed,
                movedFirst,
                movedSecond,
                swappedFirst,
                swappedSecond,
                contentSwapped,
                removedWithSeal,
                removedEarly,
                firedRulesReplaced,
                firedRulesGarbled,
                inserted)) {
            assertThat(cli.out()).contains(id.toString());
        }
        assertThat(cli.out()).containsPattern("REORDERED +" + movedFirst + " at position \\d+: sealed at position");
        // The untouched decisions still read as intact one by one.
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions/" + ids.get(2) + "/record")
                        .json()
                        .at("/integrity/state")
                        .asString())
                .isEqualTo("INTACT");
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions/" + changed + "/record")
                        .json()
                        .at("/integrity/state")
                        .asString())
                .isEqualTo("CHANGED");
    }

    private UUID triage(String id) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(id, 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
        assertThat(answer.status()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private static List<String> problems(JsonNode verification) {
        List<String> found = new ArrayList<>();
        verification
                .get("problems")
                .forEach(p -> found.add(
                        p.get("kind").asString() + " " + p.get("decisionId").asString()));
        return found;
    }

    private void delete(UUID id) {
        for (String table : List.of("decision_access", "decision_feedback", "decision_return_interview", "decision")) {
            jdbc.sql("DELETE FROM " + table + " WHERE decision_id = :id")
                    .param("id", id)
                    .update();
        }
    }

    private long positionOf(UUID id) {
        return jdbc.sql("SELECT position FROM decision_seal WHERE decision_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private void swapPositions(long first, long second) {
        jdbc.sql("UPDATE decision_seal SET position = -1 WHERE position = :p")
                .param("p", first)
                .update();
        jdbc.sql("UPDATE decision_seal SET position = :to WHERE position = :p")
                .param("to", first)
                .param("p", second)
                .update();
        jdbc.sql("UPDATE decision_seal SET position = :to WHERE position = -1")
                .param("to", second)
                .update();
    }

    /** The command line's check of this test's database; it must run without complaint. */
    private AuditCommandLine.Run commandLine() {
        AuditCommandLine.Run run = AuditCommandLine.verify(database);
        assertThat(run.err()).isEmpty();
        return run;
    }
}
