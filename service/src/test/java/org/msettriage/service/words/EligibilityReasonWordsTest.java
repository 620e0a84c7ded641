package org.msettriage.service.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;

/** Every eligibility reason a decision can give has words of its own, not its code spelt out. */
class EligibilityReasonWordsTest {

    /** A code has an underscore, which "MSET" in the description has not. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]*[A-Z]\\b");

    @Test
    void everyReasonTheContractListsHasItsOwnWords() {
        String listed = (String)
                ApiDocument.at(ApiDocument.read(), "components", "schemas", "EligibilityReason", "properties", "code")
                        .get("description");
        List<String> codes =
                CODE.matcher(listed).results().map(m -> m.group()).distinct().toList();

        // The contract names the five reasons of Pre-MSET and the ten of the panel (v1.1's ADDS_LINKED too).
        assertThat(codes).hasSize(15).contains("PRE_EXPLOITATION", "ADDS_LINKED", "NOT_ADDS_VALUE");
        assertThat(codes)
                .allSatisfy(code -> assertThat(CodeWords.knows(CodeWords::eligibilityReason, code))
                        .as(code)
                        .isTrue());
    }

    @Test
    void theWordsSayWhatThePolicyCounts() {
        // Policy v1 section 4: crossBoundary, or a child placed out of area.
        assertThat(CodeWords.eligibilityReason("ADDS_CROSS_BOUNDARY")).contains("placement out of area");
        // A previous Moderate or Significant level at least 42 days before, and the level not lower now.
        assertThat(CodeWords.eligibilityReason("ADDS_NOT_REDUCING")).contains("six weeks");
    }
}
