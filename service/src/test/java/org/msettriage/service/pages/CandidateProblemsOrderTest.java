package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.RulesetProblem.Kind;

/** The check page lists each file's problems in the order of its lines, as a policy lead corrects them. */
class CandidateProblemsOrderTest {

    @Test
    void eachFilesProblemsAreListedByLineAndColumn() {
        List<RulesetProblem> found = List.of(
                new RulesetProblem(Kind.COMPILE, "level.drl", 30, 5, "thirty"),
                new RulesetProblem(Kind.NOT_ALLOWED, "points.csv", 2, 1, "points"),
                new RulesetProblem(Kind.COMPILE, "level.drl", 20, 9, "twenty, later"),
                new RulesetProblem(Kind.COMPILE, "level.drl", 20, 3, "twenty"),
                new RulesetProblem(Kind.COMPILE, "level.drl", 0, 0, "the whole file"));

        assertThat(CandidateCheckPage.byFile(found))
                .containsOnlyKeys("level.drl", "points.csv")
                .hasEntrySatisfying(
                        "level.drl",
                        problems -> assertThat(problems)
                                .extracting(RulesetProblem::message)
                                .containsExactly("the whole file", "twenty", "twenty, later", "thirty"));
    }
}
