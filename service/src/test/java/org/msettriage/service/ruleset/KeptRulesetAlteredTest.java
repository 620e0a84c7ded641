package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.ChangeWarnings;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kept ruleset's files changed in the database, outside the service, are refused wherever they are
 * read (to decide, show or export): a version names one set of files for ever.
 */
class KeptRulesetAlteredTest extends ServiceTest {

    private static final String VERSION = "2099.1.0-altered";

    @Autowired
    RulesetStore store;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheRuleset() {
        jdbc.sql("DELETE FROM ruleset_file WHERE version = :v")
                .param("v", VERSION)
                .update();
        jdbc.sql("DELETE FROM ruleset WHERE version = :v").param("v", VERSION).update();
    }

    @Test
    void filesAsKeptAreReadBackAndFilesChangedSinceAreRefused() {
        List<RulesetFile> files = CandidateRulesets.raisedWeight(VERSION);
        store.keep(RulesetIdentity.of(files), files, RulesetStore.Source.UPLOAD, "test", OffsetDateTime.now());

        assertThat(store.files(VERSION)).isEqualTo(files);

        jdbc.sql("UPDATE ruleset_file SET content = REPLACE(content, 'V,2,1,1', 'V,9,1,1')"
                        + " WHERE version = :v AND name = 'points.csv'")
                .param("v", VERSION)
                .update();

        assertThatThrownBy(() -> store.files(VERSION))
                .isInstanceOf(KeptRulesetAltered.class)
                .hasMessageContaining(VERSION)
                .hasMessageContaining(RulesetIdentity.of(files).sha256());
    }

    @Test
    void anAlteredEarlierRulesetIsLeftOutOfACandidatesComparisonsNotFatalToIt() {
        List<RulesetFile> files = CandidateRulesets.raisedWeight(VERSION);

        List<ChangeWarnings.Compared> compared = CandidateChecks.comparedWith(
                List.of("good", "altered"),
                v -> {
                    if (v.equals("altered")) {
                        throw new KeptRulesetAltered(v, "a", "b");
                    }
                    return files;
                },
                java.util.Map.of());

        assertThat(compared).extracting(ChangeWarnings.Compared::version).containsExactly("good");
    }

    @Test
    void aVersionNotKeptHasNoFiles() {
        assertThat(store.files("2099.1.0-never-kept")).isEmpty();
    }
}
