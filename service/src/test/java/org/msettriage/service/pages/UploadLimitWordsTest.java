package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadLimitWordsTest {

    @Test
    void aLimitIsWordedRoundedDownWithItsExactBytes() {
        assertThat(UploadLimitWords.of(1_048_576)).isEqualTo("1 MB (1,048,576 bytes)");
        // Never rounded up: a file of the size named must be taken.
        assertThat(UploadLimitWords.of(2_097_151)).isEqualTo("1 MB (2,097,151 bytes)");
        assertThat(UploadLimitWords.of(2_048)).isEqualTo("2 KB (2,048 bytes)");
        assertThat(UploadLimitWords.of(500)).isEqualTo("500 bytes");
    }
}
