package org.msettriage.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.referral.Child;
import org.msettriage.rules.referral.LocationOfConcern;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.Perpetrator;
import org.msettriage.rules.referral.Referral;

/** Policy v1.1 section 10: what a referral's identifiers are, and when two spellings are one. */
class IdentifiersTest {

    private static final LinkPolicy PACKAGED =
            Candidates.engine(Candidates.packaged()).policy().linking().orElseThrow();

    @Test
    void spellingsOfOneNicknameAreOneIdentifier() {
        assertThat(keysOf(person("Big Zed")))
                .isEqualTo(keysOf(person("big zed!")))
                .isEqualTo(keysOf(person("BIG  ZED")))
                .isEqualTo(keysOf(person(" Big-Zed ")))
                // NFKC: full-width letters and a no-break space read as the plain ones.
                .isEqualTo(keysOf(person("ＢＩＧ\u00a0ZED")))
                .hasSize(1);
        assertThat(keysOf(person("Big Zee"))).isNotEqualTo(keysOf(person("Big Zed")));
    }

    @Test
    void theStopListShortWordsAndDescriptionsIdentifyNobody() {
        for (String nobody : List.of("unknown male", "Unknown  Male", "N/A", "n.a.", "man", "GIRL", "z", "!!", " ")) {
            assertThat(keysOf(person(nobody))).as(nobody).isEmpty();
        }
        Referral described = referral(List.of(new Perpetrator(null, true, null, "tall man with a beard")), List.of());
        assertThat(Identifiers.of(described, PACKAGED)).isEmpty();
    }

    @Test
    void aVehicleMatchesWithoutItsSpaces() {
        Referral spaced = referral(List.of(new Perpetrator(null, true, "NK19 ABC", null)), List.of());
        Referral joined = referral(List.of(new Perpetrator(null, true, "nk19abc", null)), List.of());
        assertThat(Identifiers.of(spaced, PACKAGED)).singleElement().satisfies(identifier -> {
            assertThat(identifier.kind()).isEqualTo(IdentifierKind.VEHICLE);
            assertThat(identifier.field()).isEqualTo("/perpetrators/0/vehicle");
        });
        assertThat(Identifiers.of(spaced, PACKAGED).get(0).key())
                .isEqualTo(Identifiers.of(joined, PACKAGED).get(0).key());
    }

    @Test
    void aVehicleIsStoppedWithOrWithoutItsSpaces() {
        for (String nobody : List.of("N/A", "NA", "n a", "None", "unknown")) {
            Referral vehicle = referral(List.of(new Perpetrator(null, true, nobody, null)), List.of());
            assertThat(Identifiers.of(vehicle, PACKAGED)).as(nobody).isEmpty();
        }
    }

    @Test
    void aPlaceMatchesOnlyWithTheSameType() {
        String shop = key(place(LocationType.TAKEAWAY, "Chicken Palace, High St"));
        assertThat(key(place(LocationType.TAKEAWAY, "chicken palace high st"))).isEqualTo(shop);
        assertThat(key(place(LocationType.ADDRESS, "Chicken Palace, High St"))).isNotEqualTo(shop);
    }

    @Test
    void theSameWordsOfAnotherKindAreAnotherIdentifier() {
        Referral both = referral(List.of(new Perpetrator("Skoda", true, "Skoda", null)), List.of());
        List<Identifier> identifiers = Identifiers.of(both, PACKAGED);
        assertThat(identifiers)
                .extracting(Identifier::kind)
                .containsExactly(IdentifierKind.PERSON, IdentifierKind.VEHICLE);
        assertThat(identifiers.get(0).key()).isNotEqualTo(identifiers.get(1).key());
    }

    @Test
    void aNameGivenTwiceInOneReferralIsOneIdentifierAtItsFirstPlace() {
        Referral twice = referral(
                List.of(new Perpetrator("Big Zed", true, null, null), new Perpetrator("big zed", true, null, null)),
                List.of());
        assertThat(Identifiers.of(twice, PACKAGED))
                .singleElement()
                .extracting(Identifier::field)
                .isEqualTo("/perpetrators/0/nickname");
    }

    @Test
    void aStopListIsComparedInItsNormalForm() {
        LinkPolicy policy = new LinkPolicy(365, Set.of(Identifiers.normalised("Mr. X")));
        assertThat(Identifiers.of(person("MR X"), policy)).isEmpty();
        assertThat(Identifiers.of(person("Mr Y"), policy)).hasSize(1);
    }

    private static List<String> keysOf(Referral referral) {
        return Identifiers.of(referral, PACKAGED).stream().map(Identifier::key).toList();
    }

    private static String key(Referral referral) {
        return Identifiers.of(referral, PACKAGED).get(0).key();
    }

    private static Referral person(String nickname) {
        return referral(List.of(new Perpetrator(nickname, true, null, null)), List.of());
    }

    private static Referral place(LocationType type, String description) {
        return referral(List.of(), List.of(new LocationOfConcern(type, description)));
    }

    static Referral referral(List<Perpetrator> perpetrators, List<LocationOfConcern> locations) {
        return new Referral(
                "R-1",
                "child-1",
                null,
                null,
                OffsetDateTime.parse("2026-11-12T10:00:00Z"),
                new Child(14, null, null, null),
                List.of(),
                List.of(),
                perpetrators,
                locations,
                null,
                null,
                null,
                null);
    }
}
