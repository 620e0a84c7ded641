package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.RecordIntegrityDto;
import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.RecordIntegrity;

/** Every integrity state and problem kind an auditor can meet has words of its own, never its code. */
class IntegrityWordsTest {

    private final IntegrityWords words = new IntegrityWords();

    @Test
    void eachStateReadsAsWordsWhetherFromTheStoreOrTheApi() {
        for (RecordIntegrity.State state : RecordIntegrity.State.values()) {
            assertThat(words.state(state)).doesNotContain("_").isNotEqualTo(state.name());
        }
        assertThat(Arrays.stream(RecordIntegrityDto.StateEnum.values()).map(state -> words.state(state.name())))
                .containsExactly("Intact", "Awaiting its seal", "Changed since it was sealed");
    }

    @Test
    void eachProblemKindReadsAsWords() {
        assertThat(Arrays.stream(AuditVerification.Kind.values()).map(words::problem))
                .doesNotHaveDuplicates()
                .allSatisfy(text -> assertThat(text).doesNotContain("_").matches("[A-Z][a-z ]+"));
    }
}
