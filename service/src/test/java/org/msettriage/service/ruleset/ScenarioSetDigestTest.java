package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ruleset.RulesetStore.ScenarioFile;

/** A scenario set's digest: the same for the same files, another for any change to them. */
class ScenarioSetDigestTest {

    private static final List<ScenarioFile> SET =
            List.of(new ScenarioFile("a.json", "{\"x\":1}"), new ScenarioFile("b.json", "{\"y\":2}"));

    @Test
    void theSameFilesGiveTheSameDigest() {
        assertThat(ScenarioLibrary.digest(List.copyOf(SET))).isEqualTo(ScenarioLibrary.digest(SET));
    }

    @Test
    void anExpectedOutcomeWrittenAgainGivesAnotherDigest() {
        List<ScenarioFile> rewritten =
                List.of(new ScenarioFile("a.json", "{\"x\":2}"), new ScenarioFile("b.json", "{\"y\":2}"));
        assertThat(ScenarioLibrary.digest(rewritten)).isNotEqualTo(ScenarioLibrary.digest(SET));
    }

    @Test
    void filesThatRunTogetherAlikeAreStillApart() {
        assertThat(ScenarioLibrary.digest(List.of(new ScenarioFile("ab", "c"))))
                .isNotEqualTo(ScenarioLibrary.digest(List.of(new ScenarioFile("a", "bc"))));
        assertThat(ScenarioLibrary.digest(SET)).isNotEqualTo(ScenarioLibrary.digest(SET.subList(0, 1)));
    }
}
