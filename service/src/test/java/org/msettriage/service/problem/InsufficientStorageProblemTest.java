package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** No room on the service's disk is its own problem: 507, typed, saying what was refused in words. */
class InsufficientStorageProblemTest {

    @Test
    void noRoomOnTheDiskIsA507ProblemInWords() {
        ProblemDetail problem = new ProblemResponses()
                .insufficientStorage(new InsufficientStorageException("Nothing was written. Move older backups"));

        assertThat(problem.getStatus()).isEqualTo(507);
        assertThat(problem.getType()).isEqualTo(ProblemTypes.INSUFFICIENT_STORAGE);
        assertThat(problem.getTitle()).isEqualTo("Not enough disk space");
        assertThat(problem.getDetail()).isEqualTo("Nothing was written. Move older backups");
    }
}
