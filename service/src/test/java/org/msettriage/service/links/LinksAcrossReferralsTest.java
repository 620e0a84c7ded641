package org.msettriage.service.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.RetentionPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Policy v1.1 section 10 through the real API and store: which referrals link, what a decision says about
 * them (counts only), and the child's own history. Its own database (retention is run in it).
 */
@TestPropertySource(properties = "mset.audit.retention=30d")
class LinksAcrossReferralsTest extends ServiceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    RetentionPeriod retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentifierExpiry expiry;

    @Test
    void threeChildrenNamingOneNicknameInThreeSpellingsLink() {
        String token = token();
        List<Decided> earlier = new ArrayList<>();
        earlier.add(decide(referral("GATESHEAD", NOW.minusDays(20)).person("Big Zed " + token)));
        earlier.add(decide(referral("SUNDERLAND", NOW.minusDays(10)).person("big zed " + token + "!")));

        Decided third = decide(referral("GATESHEAD", NOW).person("BIG  ZED  " + token.toUpperCase()));

        JsonNode link = single(third.json().get("links"));
        assertThat(link.get("kind").asString()).isEqualTo("PERSON");
        assertThat(link.get("field").asString()).isEqualTo("/perpetrators/0/nickname");
        assertThat(link.get("otherChildren").asInt()).isEqualTo(2);
        assertThat(link.get("otherReferrals").asInt()).isEqualTo(2);
        assertThat(link.get("localAuthorities").asInt()).isEqualTo(1);
        assertThat(actionCodes(third)).contains("PLACE_PERPETRATOR_AGENDA");
        assertThat(panelReasons(third)).contains("ADDS_LINKED");
        assertThat(third.body())
                .contains("A person named in this referral (perpetrator 1) is also named in referrals about 2 other"
                        + " children in the last 365 days, in 1 other local authority");
        // The second referral saw only the first.
        assertThat(single(earlier.get(1).json().get("links"))
                        .get("otherChildren")
                        .asInt())
                .isEqualTo(1);
        assertThat(earlier.get(0).json().get("links")).isEmpty();
        // Counts only: nothing of the other children's referrals reaches this decision.
        for (Decided other : earlier) {
            assertThat(third.body())
                    .doesNotContain(other.childRef())
                    .doesNotContain(other.referralId())
                    .doesNotContain(other.json().get("decisionId").asString());
        }
        // A decision carries no free text at all: not even its own referral's nickname.
        assertThat(third.body()).doesNotContainIgnoringCase("zed");
    }

    @Test
    void wordsOnTheStopListNeverLink() {
        decide(referral("GATESHEAD", NOW.minusDays(3)).person("unknown male"));
        Decided second = decide(referral("GATESHEAD", NOW).person("Unknown  Male"));

        assertThat(second.json().get("links")).isEmpty();
        assertThat(actionCodes(second)).doesNotContain("PLACE_PERPETRATOR_AGENDA");
    }

    @Test
    void theSameChildNeverLinksToItselfAndHasAHistoryInstead() {
        String token = token();
        Draft first = referral("NEWCASTLE", NOW.minusDays(60)).person("Kaz " + token);
        Decided before = decide(first);
        Decided again = decide(first.sameChild("NEWCASTLE", NOW).person("kaz " + token));

        assertThat(again.json().get("links")).isEmpty();
        JsonNode history = again.json().get("history");
        assertThat(history.get("earlierDecisions").asInt()).isEqualTo(1);
        assertThat(history.get("latestRiskLevel").asString())
                .isEqualTo(before.json().get("riskLevel").asString());
        assertThat(OffsetDateTime.parse(history.get("latestAssessedAt").asString()))
                .isEqualTo(NOW.minusDays(60));
        assertThat(before.json().get("history").get("earlierDecisions").asInt()).isZero();
    }

    @Test
    void aHistoryNamesTheMomentItsDecisionWasAssessedAtWhenTheServiceSetIt() {
        // Found in an integrator's trial: assessed at the request's nanosecond, the history a later referral
        // read of it named the microsecond the record keeps, another moment.
        String referral = "{\"referralId\": \"R-" + token() + "\", \"childRef\": \"c-" + token()
                + "\", \"child\": {\"ageYears\": 14}}";
        JsonNode first = http().post("/api/v1/triage", referral).json();
        JsonNode second = http().post("/api/v1/triage", referral).json();

        assertThat(second.get("history").get("latestAssessedAt").asString())
                .isEqualTo(first.get("assessedAt").asString());
    }

    @Test
    void ofEarlierDecisionsAssessedAtTheSameMomentTheLatestIsTheOneDecidedLast() {
        // Four earlier referrals share one assessment time; only the last decided is not Moderate. Were
        // the tie left to the database, one of the three Moderate ones would stand in a time in four.
        for (int child = 0; child < 2; child++) {
            Draft moderate = referral("GATESHEAD", NOW.minusDays(1));
            List<String> firstLevels = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                firstLevels.add(decide(moderate.sameChild("GATESHEAD", NOW.minusDays(1)))
                        .json()
                        .get("riskLevel")
                        .asString());
            }
            Decided lastDecided =
                    decide(moderate.sameChild("GATESHEAD", NOW.minusDays(1)).withoutIndicators());
            String lastLevel = lastDecided.json().get("riskLevel").asString();
            assertThat(firstLevels).containsOnly("MODERATE");
            assertThat(lastLevel).isNotEqualTo("MODERATE");

            JsonNode history =
                    decide(moderate.sameChild("GATESHEAD", NOW)).json().get("history");

            assertThat(history.get("earlierDecisions").asInt()).isEqualTo(4);
            assertThat(history.get("latestRiskLevel").asString()).isEqualTo(lastLevel);
        }
    }

    @Test
    void theChildsEarlierModerateDecisionStandsInForAMissingPreviousAssessment() {
        Draft moderate = referral("NORTHUMBERLAND", NOW.minusDays(50));
        Decided earlier = decide(moderate);
        assertThat(earlier.json().get("riskLevel").asString()).isEqualTo("MODERATE");
        assertThat(panelReasons(earlier)).doesNotContain("ADDS_NOT_REDUCING");

        Decided later = decide(moderate.sameChild("NORTHUMBERLAND", NOW));

        assertThat(panelReasons(later)).contains("ADDS_NOT_REDUCING");
        assertThat(later.body())
                .contains("the earlier level is from this service's own record of the child's decisions");
        assertThat(later.json().get("msetPanel").get("eligible").asBoolean()).isTrue();
    }

    @Test
    void aDecisionOlderThanTheWindowDoesNotLink() {
        String token = token();
        decide(referral("GATESHEAD", NOW.minusDays(366)).person("Old Tom " + token));
        Decided recent = decide(referral("GATESHEAD", NOW).person("old tom " + token));

        assertThat(recent.json().get("links")).isEmpty();
    }

    @Test
    void aDecisionExactlyAWindowBeforeLinks() {
        String token = token();
        decide(referral("GATESHEAD", NOW.minusDays(365)).person("Edge Ed " + token));
        Decided atTheEdge = decide(referral("GATESHEAD", NOW).person("edge ed " + token));

        assertThat(single(atTheEdge.json().get("links")).get("otherChildren").asInt())
                .isEqualTo(1);
    }

    @Test
    void aVehicleMatchesWithoutSpacesAndAPlaceOnlyWithItsType() {
        String plate = "NK19 " + token().substring(0, 3).toUpperCase();
        String shop = "Chicken Palace " + token();
        decide(referral("SOUTH_TYNESIDE", NOW.minusDays(5)).vehicle(plate).place("TAKEAWAY", shop));
        Decided later = decide(referral("SOUTH_TYNESIDE", NOW)
                .vehicle(plate.replace(" ", "").toLowerCase())
                .place("ADDRESS", shop)
                .place("TAKEAWAY", shop.toUpperCase() + "."));

        assertThat(later.json().get("links"))
                .extracting(l -> l.get("kind").asString() + " " + l.get("field").asString())
                .containsExactly("VEHICLE /perpetrators/0/vehicle", "PLACE /locationsOfConcern/1/description");
        assertThat(actionFor(later, "PLACE_PERPETRATOR_AGENDA").get("because"))
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("LINKED_PLACE", "LINKED_VEHICLE");
    }

    @Test
    void retentionRemovesADecisionsIdentifiersWithItsContent() {
        String token = token();
        Decided removed = decide(referral("GATESHEAD", NOW.minusDays(2)).person("Removed Ray " + token));
        UUID removedId = UUID.fromString(removed.json().get("decisionId").asString());
        assertThat(identifierRows(removedId)).isEqualTo(1);
        // Every decision of this test's store so far is past a 30-day retention a month from now.
        assertThat(retention.removeExpired(OffsetDateTime.now(ZoneOffset.UTC).plusDays(31)))
                .isPositive();

        Decided after = decide(referral("GATESHEAD", NOW).person("removed ray " + token));

        assertThat(identifierRows(removedId)).isZero();
        assertThat(after.json().get("links")).isEmpty();
    }

    @Test
    void aNameGivenTwiceInOneReferralCountsThatReferralOnce() {
        // Links count a name's rows as the decisions naming it: one row per name and decision.
        String token = token();
        Decided twice = decide(referral("GATESHEAD", NOW.minusDays(3))
                .person("Twice Tam " + token)
                .person("twice  tam " + token + "!"));
        Decided once = decide(referral("SUNDERLAND", NOW.minusDays(2)).person("Twice Tam " + token));

        UUID id = UUID.fromString(twice.json().get("decisionId").asString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_identifier WHERE decision_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Decided third = decide(referral("NEWCASTLE", NOW).person("TWICE TAM " + token.toUpperCase()));
        JsonNode link = single(third.json().get("links"));
        assertThat(link.get("otherChildren").asInt()).isEqualTo(2);
        assertThat(link.get("otherReferrals").asInt()).isEqualTo(2);
        assertThat(link.get("localAuthorities").asInt()).isEqualTo(2);
        assertThat(single(once.json().get("links")).get("otherReferrals").asInt())
                .isEqualTo(1);
    }

    @Test
    void eachIdentifierRowCarriesItsDecisionsChildAndLocalAuthority() {
        // Links are counted from these rows alone, never from the decisions' own (wide) rows.
        String token = token();
        Decided named = decide(referral("GATESHEAD", NOW.minusDays(2)).person("Carried Cal " + token));
        UUID id = UUID.fromString(named.json().get("decisionId").asString());

        Map<String, Object> row = jdbc.sql("""
                        SELECT i.child_ref_hash AS row_child, d.child_ref_hash AS decision_child,
                               i.local_authority AS row_authority
                        FROM decision_identifier i JOIN decision d ON d.decision_id = i.decision_id
                        WHERE i.decision_id = :id
                        """).param("id", id).query().singleRow();

        assertThat(row.get("ROW_CHILD")).isNotNull().isEqualTo(row.get("DECISION_CHILD"));
        assertThat(row.get("ROW_AUTHORITY")).isEqualTo("GATESHEAD");
    }

    @Test
    void identifierRowsTooOldToLinkAreRemovedAndRecentOnesKept() {
        String token = token();
        Decided old = decide(referral("GATESHEAD", NOW.minusDays(400)).person("Aged Al " + token));
        Decided recent = decide(referral("GATESHEAD", NOW.minusDays(10)).person("Aged Al " + token));

        assertThat(expiry.removeExpired(OffsetDateTime.now(ZoneOffset.UTC))).isPositive();

        assertThat(identifierRows(UUID.fromString(old.json().get("decisionId").asString())))
                .isZero();
        assertThat(identifierRows(
                        UUID.fromString(recent.json().get("decisionId").asString())))
                .isEqualTo(1);
        assertThat(decide(referral("GATESHEAD", NOW).person("aged al " + token))
                        .json()
                        .get("links"))
                .singleElement()
                .satisfies(link -> assertThat(link.get("otherChildren").asInt()).isEqualTo(1));
    }

    private long identifierRows(UUID decisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM decision_identifier WHERE decision_id = :id")
                .param("id", decisionId)
                .query(Long.class)
                .single();
    }

    private Decided decide(Draft draft) {
        HttpJson.Answer answer = http().post("/api/v1/triage", draft.json());
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return new Decided(answer.json(), answer.response().body(), draft.childRef, draft.referralId);
    }

    private record Decided(JsonNode json, String body, String childRef, String referralId) {}

    private static List<String> actionCodes(Decided decided) {
        List<String> codes = new ArrayList<>();
        decided.json().get("actions").forEach(a -> codes.add(a.get("code").asString()));
        return codes;
    }

    private static JsonNode actionFor(Decided decided, String code) {
        for (JsonNode action : decided.json().get("actions")) {
            if (action.get("code").asString().equals(code)) {
                return action;
            }
        }
        throw new AssertionError(code + " is not recommended: " + decided.body());
    }

    private static List<String> panelReasons(Decided decided) {
        List<String> codes = new ArrayList<>();
        decided.json()
                .get("msetPanel")
                .get("reasons")
                .forEach(r -> codes.add(r.get("code").asString()));
        return codes;
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Draft referral(String localAuthority, OffsetDateTime assessedAt) {
        String id = token();
        return new Draft("child-" + id, "REF-" + id, localAuthority, assessedAt);
    }

    /** A Moderate referral (CSE02 current) about one child, with the people and places added to it. */
    private static final class Draft {

        private final String childRef;
        private final String referralId;
        private final String localAuthority;
        private final OffsetDateTime assessedAt;
        private final List<String> perpetrators = new ArrayList<>();
        private final List<String> locations = new ArrayList<>();
        private String indicators = "[{\"code\": \"CSE02\", \"recency\": \"CURRENT\"}]";

        Draft(String childRef, String referralId, String localAuthority, OffsetDateTime assessedAt) {
            this.childRef = childRef;
            this.referralId = referralId;
            this.localAuthority = localAuthority;
            this.assessedAt = assessedAt;
        }

        Draft sameChild(String localAuthority, OffsetDateTime assessedAt) {
            return new Draft(childRef, "REF-" + token(), localAuthority, assessedAt);
        }

        /** The same referral with no indicator at all, so it is decided below Moderate. */
        Draft withoutIndicators() {
            indicators = "[]";
            return this;
        }

        Draft person(String nickname) {
            perpetrators.add("{\"nickname\": " + quoted(nickname) + ", \"isAdult\": true}");
            return this;
        }

        Draft vehicle(String plate) {
            perpetrators.add("{\"vehicle\": " + quoted(plate) + ", \"isAdult\": true}");
            return this;
        }

        Draft place(String type, String description) {
            locations.add("{\"type\": \"" + type + "\", \"description\": " + quoted(description) + "}");
            return this;
        }

        String json() {
            return """
                    {"referralId": "%s", "childRef": "%s", "localAuthority": "%s", "referringAgency": "EDUCATION",
                     "assessedAt": "%s", "child": {"ageYears": 15, "gender": "FEMALE", "careStatus": "CHILD_IN_NEED"},
                     "indicators": %s,
                     "perpetrators": [%s], "locationsOfConcern": [%s]}
                    """.formatted(
                            referralId,
                            childRef,
                            localAuthority,
                            assessedAt,
                            indicators,
                            String.join(",", perpetrators),
                            String.join(",", locations));
        }

        private static String quoted(String text) {
            return HttpJson.JSON.writeValueAsString(text);
        }
    }
}
