package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A caller's slip may put a child's name in any field (a name where an indicator code goes), so no
 * refusal repeats a value that was sent. A referral holding every field of the contract has, in turn, each
 * of its values (free text, codes, enum values, dates, numbers, booleans) replaced by a canary name, sent
 * alone and inside a batch, and no answer may hold the canary.
 */
class ProblemsRepeatNothingSentTest extends ServiceTest {

    private static final String CANARY = "Jane Canary Doe";

    /** The fields that take any text: a canary there is a valid referral, decided and stored. */
    private static final Set<String> FREE_TEXT = Set.of(
            "/referralId",
            "/childRef",
            "/indicators/0/note",
            "/perpetrators/0/nickname",
            "/perpetrators/0/vehicle",
            "/perpetrators/0/description",
            "/locationsOfConcern/0/description",
            "/professionalJudgement/rationale",
            "/professionalJudgement/approvedBy");

    @Test
    void theReferralWithEveryFieldIsAccepted() {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", ofItsOwn(everyField()).toString());

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
    }

    @Test
    void noRefusalOfAReferralRepeatsAValueSent() {
        List<String> pointers = leaves(everyField(), "");
        assertThat(pointers).hasSizeGreaterThan(30).contains("/indicators/0/code", "/child/gender");
        for (String pointer : pointers) {
            HttpJson.Answer answer =
                    http().post("/api/v1/triage", withCanaryAt(pointer).toString());

            if (FREE_TEXT.contains(pointer)) {
                assertThat(answer.status()).as(pointer).isEqualTo(201);
            } else {
                assertThat(answer.status()).as(pointer).isEqualTo(400);
                assertThat(answer.response().body()).as(pointer).doesNotContain(CANARY);
            }
        }
    }

    @Test
    void noRefusalOfAReferralWithACanaryInEveryFieldRepeatsOne() {
        ObjectNode referral = everyField();
        leaves(referral, "").forEach(pointer -> setAt(referral, pointer));

        HttpJson.Answer answer = http().post("/api/v1/triage", referral.toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.response().body()).doesNotContain(CANARY);
    }

    @Test
    void noRefusedItemOfABatchRepeatsAValueSent() {
        List<String> pointers = leaves(everyField(), "").stream()
                .filter(pointer -> !FREE_TEXT.contains(pointer))
                .toList();
        ObjectNode everyCanary = everyField();
        leaves(everyCanary, "").forEach(pointer -> setAt(everyCanary, pointer));
        String items = pointers.stream()
                        .map(pointer -> withCanaryAt(pointer).toString())
                        .collect(Collectors.joining(","))
                + "," + everyCanary;

        HttpJson.Answer answer = http().post("/api/v1/triage/batch", "{\"referrals\": [" + items + "]}");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        assertThat(answer.json().path("refused").asInt()).isEqualTo(pointers.size() + 1);
        assertThat(answer.response().body()).doesNotContain(CANARY);
    }

    @Test
    void anUnknownFieldIsNamedOnlyWhenItsNameIsOfTheApisFormAndOtherwiseByItsPlace() {
        ObjectNode referral = withHostileFieldNames(ofItsOwn(everyField()));

        HttpJson.Answer answer = http().post("/api/v1/triage", referral.toString());

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        assertRepeatsNoHostileName(answer);
        Map<String, List<String>> byPointer = messagesByPointer(answer.json().path("errors"));
        // Placed by their objects and their places in them; the well-formed misspelling is named; the required
        // field left out, the age out of range and its care status are still found, though withheld names point at
        // their objects.
        assertThat(byPointer.keySet())
                .containsExactlyInAnyOrder(
                        "", "/child", "/child/ageYears", "/child/careStatus", "/comment_2", "/referralId");
        int fields = referral.size();
        assertThat(byPointer.get(""))
                .containsExactly(
                        "field number " + (fields - 1) + " of this object, in the order sent, whose name is not"
                                + " repeated (it is not 1 to 64 letters, digits and underscores), is not a field of"
                                + " this request (the API document lists its fields)",
                        "field number " + fields + " of this object, in the order sent, whose name is not"
                                + " repeated (it is not 1 to 64 letters, digits and underscores), is not a field of"
                                + " this request (the API document lists its fields)");
        assertThat(byPointer.get("/child")).hasSize(2);
    }

    @Test
    void noBatchRepeatsAHostileFieldNameInItsEnvelopeOrItsReferrals() {
        String item = withHostileFieldNames(ofItsOwn(everyField())).toString();

        HttpJson.Answer refusedWhole =
                http().post("/api/v1/triage/batch", "{\"referrals\": [" + item + "], \"<b>" + CANARY + "</b>\": 1}");
        HttpJson.Answer itemRefused = http().post("/api/v1/triage/batch", "{\"referrals\": [" + item + "]}");

        assertThat(refusedWhole.status()).isEqualTo(400);
        assertThat(refusedWhole.json().path("errors").path(0).path("pointer").asString())
                .isEmpty();
        assertThat(refusedWhole.json().path("errors").path(0).path("message").asString())
                .startsWith("field number 2 of this object");
        assertThat(itemRefused.status()).isEqualTo(200);
        assertThat(itemRefused.json().path("refused").asInt()).isEqualTo(1);
        assertRepeatsNoHostileName(refusedWhole);
        assertRepeatsNoHostileName(itemRefused);
    }

    /** Fields no referral has: at the top, a misspelling of the API's form, markup and a name of 65 letters; in the child, a name with a space and one with a control character. The required referral id is left out, and the age is out of range. */
    private static ObjectNode withHostileFieldNames(ObjectNode referral) {
        referral.remove("referralId");
        ((ObjectNode) referral.get("child")).put("ageYears", 40);
        referral.put("comment_2", "x");
        referral.put("<script>alert('" + CANARY + "')</script>", "x");
        referral.put("x".repeat(65), "x");
        ((ObjectNode) referral.get("child")).put(CANARY, "x");
        ((ObjectNode) referral.get("child")).put("bell\u0007name", "x");
        return referral;
    }

    private static void assertRepeatsNoHostileName(HttpJson.Answer answer) {
        assertThat(answer.response().body())
                .doesNotContain(CANARY)
                .doesNotContain("alert(")
                .doesNotContain("\\u0007")
                .doesNotContain("bell")
                .doesNotContain("x".repeat(65));
    }

    private static Map<String, List<String>> messagesByPointer(JsonNode errors) {
        Map<String, List<String>> byPointer = new LinkedHashMap<>();
        errors.values()
                .forEach(e -> byPointer
                        .computeIfAbsent(e.path("pointer").asString(), p -> new ArrayList<>())
                        .add(e.path("message").asString()));
        return byPointer;
    }

    private static ObjectNode everyField() {
        return (ObjectNode) HttpJson.JSON.readTree(TestData.read("requests/every-field.json"));
    }

    /** The referral under a reference of its own, so what it stores joins no other test's child. */
    private static ObjectNode ofItsOwn(ObjectNode referral) {
        referral.put("referralId", "every-field-" + UUID.randomUUID());
        referral.put("childRef", "every-field-child-" + UUID.randomUUID());
        return referral;
    }

    private static ObjectNode withCanaryAt(String pointer) {
        ObjectNode referral = ofItsOwn(everyField());
        setAt(referral, pointer);
        return referral;
    }

    /** Every value in the file sits in an object (its lists hold objects), so a field is set by name. */
    private static void setAt(ObjectNode referral, String pointer) {
        int last = pointer.lastIndexOf('/');
        ((ObjectNode) referral.at(pointer.substring(0, last))).put(pointer.substring(last + 1), CANARY);
    }

    /** The pointer of every value that is not an object or a list. */
    private static List<String> leaves(JsonNode node, String at) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> found.addAll(leaves(field.getValue(), at + "/" + field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(leaves(node.get(i), at + "/" + i));
            }
        } else {
            found.add(at);
        }
        return found;
    }
}
