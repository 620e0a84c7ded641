package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;

/** How many lines two rulesets differ by, as the old-copy warning says it. */
class LinesUnlikeTest {

    @Test
    void aChangedLineIsOneLineThatDiffersNotOneRemovedAndOneAdded() {
        List<RulesetFile> a = List.of(new RulesetFile("t.drl", "x\ny\nz\n"));
        List<RulesetFile> b = List.of(new RulesetFile("t.drl", "x\nY\nz\n"));

        assertThat(LinesUnlike.count(a, b)).isEqualTo(1);
        assertThat(LinesUnlike.said(LinesUnlike.count(a, b))).isEqualTo("1 line differs");
    }

    @Test
    void addedAndRemovedLinesCountEachAndRepeatsCount() {
        List<RulesetFile> a =
                List.of(new RulesetFile("t.drl", "x\ny\ny\n"), new RulesetFile("ruleset.properties", "1"));
        List<RulesetFile> b =
                List.of(new RulesetFile("t.drl", "x\ny\nz\nw\n"), new RulesetFile("u.drl", "rule\nend\n"));

        // In t.drl one y became z and w was added; u.drl's two lines are added; the version is not compared.
        assertThat(LinesUnlike.count(a, b)).isEqualTo(4);
        assertThat(LinesUnlike.count(b, a)).isEqualTo(4);
        assertThat(LinesUnlike.count(a, a)).isZero();
        assertThat(LinesUnlike.said(4)).isEqualTo("4 lines differ");
    }
}
