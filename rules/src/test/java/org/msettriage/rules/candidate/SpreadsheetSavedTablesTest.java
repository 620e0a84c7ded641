package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;

/**
 * Tables as a spreadsheet saves them ("CSV UTF-8" on Windows: a byte-order mark and CRLF line ends)
 * are read as the same tables, so the candidate decides every scenario as the packaged ruleset does.
 */
class SpreadsheetSavedTablesTest {

    @Test
    void tablesWithAByteOrderMarkAndCrlfLineEndsValidateAsTheyAre() {
        List<RulesetFile> saved = Candidates.packaged().stream()
                .map(file -> file.isTable()
                        ? new RulesetFile(file.name(), "\uFEFF" + file.content().replace("\n", "\r\n"))
                        : file)
                .toList();

        RulesetValidation validation = RulesetValidator.validate(saved, Candidates.scenarios(), Candidates::engine);

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.passed()).isTrue();
    }

    @Test
    void aByteOrderMarkIsNotPartOfAFilesText() {
        assertThat(new RulesetFile("indicators.csv", "\uFEFFcode,category").content())
                .isEqualTo("code,category");
        assertThat(new RulesetFile("indicators.csv", "code\uFEFF").content()).isEqualTo("code\uFEFF");
    }
}
