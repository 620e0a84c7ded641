package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem's place as the command line prints it: never a line or a column of 0. */
class RulesetProblemPlaceTest {

    @Test
    void aPlaceGivesOnlyWhatIsKnownOfIt() {
        assertThat(new RulesetProblem(RulesetProblem.Kind.TABLE, "points.csv", 3, 7, "not a number"))
                .hasToString("points.csv:3:7: not a number");
        assertThat(new RulesetProblem(RulesetProblem.Kind.COMPILE, "level.drl", 12, 0, "no such field"))
                .hasToString("level.drl:12: no such field");
        assertThat(new RulesetProblem(RulesetProblem.Kind.FILES, "notes.txt", 0, 0, "is not a ruleset file"))
                .hasToString("notes.txt: is not a ruleset file");
    }
}
