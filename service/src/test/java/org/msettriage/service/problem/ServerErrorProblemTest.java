package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The one refusal no request can provoke on purpose: an unexpected failure, as a typed problem. */
class ServerErrorProblemTest {

    @Test
    void anUnexpectedFailureIsATypedProblemThatRepeatsNothingOfIt() {
        ProblemDetail problem = new ProblemResponses().unexpected(new IllegalStateException("child-7f3a was here"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType()).isEqualTo(ProblemTypes.SERVER_ERROR);
        assertThat(problem.getTitle()).isEqualTo("Server error");
        assertThat(problem.getDetail()).doesNotContain("child-7f3a");
    }
}
