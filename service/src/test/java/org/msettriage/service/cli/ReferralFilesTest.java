package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.TestData;
import org.msettriage.service.ruleset.Referrals;

/**
 * The referral files an offline impact replay reads: as strictly as the scenarios a candidate carries,
 * each file that is not a referral set aside with its reason, and the others read.
 */
class ReferralFilesTest {

    private static final Policy POLICY =
            TriageEngine.readPolicy(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

    private static final String SCENARIO = "actions-cawn-consider-age-15-cse02.json";

    @TempDir
    Path folder;

    @Test
    void aMisspeltFieldOrAKeyGivenTwiceIsNamedWithItsLineAndTheOtherFilesAreRead() throws Exception {
        // Read leniently, a misspelt field is dropped without a word and of a key given twice the second
        // wins, so the replay would decide referrals other than the files say.
        String scenario = Files.readString(TestData.ROOT.resolve("scenarios/" + SCENARIO));
        write("good.json", Referrals.UP_TO_EMERGING);
        write("misspelt.json", Referrals.UP_TO_EMERGING.replace("\"ageYears\"", "\"agYears\""));
        write(
                "twice.json",
                Referrals.UP_TO_EMERGING.replace(
                        "\"careStatus\": \"NONE\"", "\"careStatus\": \"NONE\",\n\"gender\": \"MALE\""));
        write("scenario.json", scenario);
        write("scenario-misspelt.json", scenario.replace("\"expected\"", "\"expectd\""));
        write("scenario-misnamed.json", scenario.replace("\"nickname\": \"Dan\"", "\"name\": \"Dan\""));
        Files.write(
                folder.resolve("latin-1.json"),
                Referrals.UP_TO_EMERGING.replace("GATESHEAD", "GATESHEAD\u00e9").getBytes(StandardCharsets.ISO_8859_1));

        ReferralFiles read = ReferralFiles.read(folder, POLICY, OffsetDateTime.parse("2026-12-01T09:00:00Z"));

        assertThat(read.read()).extracting(ReplayedReferral::id).containsExactly("good.json", "scenario.json");
        assertThat(read.refused())
                .containsOnly(
                        entry(
                                "latin-1.json",
                                "is not UTF-8 text (line 1, byte 98); save it again with the encoding"
                                        + " UTF-8: nothing in it was read"),
                        entry(
                                "misspelt.json",
                                ReferralFiles.NOT_A_REFERRAL
                                        + "; it has a field no referral has: child.agYears (line 3)"),
                        entry(
                                "scenario-misnamed.json",
                                ReferralFiles.NOT_A_REFERRAL
                                        + "; it has a field no scenario has: request.perpetrators[0].name (line 23)"),
                        entry(
                                "scenario-misspelt.json",
                                ReferralFiles.NOT_A_REFERRAL + "; it has a field no scenario has: expectd (line 28)"),
                        entry(
                                "twice.json",
                                ReferralFiles.NOT_A_REFERRAL + "; it gives a key twice in one object (line 4)"));
    }

    @Test
    void aFileThatIsNotJsonOrAFolderBesideTheReferralsIsNamedAsNotReadAndHiddenFilesAreLeftOut() throws Exception {
        // Left out without a word, a referral saved as .txt (or kept in a folder) is missing from the replay's
        // counts and nobody knows.
        write("good.json", Referrals.UP_TO_EMERGING);
        write("saved-as-text.txt", Referrals.UP_TO_MODERATE);
        write(".DS_Store", "not the policy lead's");
        Files.createDirectories(folder.resolve("november"));
        write("november/inside.json", Referrals.UP_TO_MODERATE);

        ReferralFiles read = ReferralFiles.read(folder, POLICY, OffsetDateTime.parse("2026-12-01T09:00:00Z"));

        assertThat(read.read()).extracting(ReplayedReferral::id).containsExactly("good.json");
        assertThat(read.refused())
                .containsExactly(
                        entry("november", ReferralFiles.A_FOLDER), entry("saved-as-text.txt", ReferralFiles.NOT_JSON));
    }

    @Test
    void aMisspeltFieldOfAScenariosHistoryIsNamedRatherThanReplayedAsNoEarlierLevel() throws Exception {
        String history = Files.readString(
                TestData.ROOT.resolve("scenarios/links-history-does-not-replace-a-given-previous-assessment.json"));
        write("history.json", history.replace("\"latestRiskLevel\"", "\"latestRiskLevle\""));

        ReferralFiles read = ReferralFiles.read(folder, POLICY, OffsetDateTime.parse("2026-12-01T09:00:00Z"));

        assertThat(read.read()).isEmpty();
        assertThat(read.refused())
                .containsOnly(entry(
                        "history.json",
                        ReferralFiles.NOT_A_REFERRAL
                                + "; it has a field no scenario has: intelligence.history.latestRiskLevle (line 28)"));
    }

    @Test
    void anUnknownIndicatorCodeIsNamedByItsPlaceNotRepeated() throws Exception {
        // A mistyped code may be anything, a child's name included; the terminal shows where it is instead.
        write("unknown.json", Referrals.referral("x", 14, "FEMALE", "GATESHEAD", "VUL01:CURRENT", "Jane Doe:CURRENT"));

        ReferralFiles read = ReferralFiles.read(folder, POLICY, OffsetDateTime.parse("2026-12-01T09:00:00Z"));

        assertThat(read.read()).isEmpty();
        assertThat(read.refused().get("unknown.json"))
                .endsWith("indicators[1].code is not an indicator code of the ruleset")
                .doesNotContain("Jane");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }
}
