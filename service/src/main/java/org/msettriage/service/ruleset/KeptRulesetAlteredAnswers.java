package org.msettriage.service.ruleset;

import org.msettriage.service.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An API read of a kept ruleset whose files were changed in the database answers a problem that says so,
 * not a server error: the store is not as it was kept, which retrying will not mend. Ahead of the
 * service's catch-all, which would otherwise answer first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class KeptRulesetAlteredAnswers {

    private static final Logger log = LoggerFactory.getLogger(KeptRulesetAlteredAnswers.class);

    @ExceptionHandler(KeptRulesetAltered.class)
    ProblemDetail altered(KeptRulesetAltered e) {
        log.error("A kept ruleset was read but its files were changed since it was kept: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The files of ruleset " + e.version() + " were changed in the database since it was kept"
                        + (e.changedFiles().isEmpty() ? "" : " (" + String.join(", ", e.changedFiles()) + ")")
                        + ", so they are not shown, exported or used to decide. Restore them from a backup of"
                        + " the database; GET /api/v1/audit/verify names every kept ruleset that was changed.");
        problem.setType(ProblemTypes.RULESET_ALTERED);
        problem.setTitle("The kept ruleset was changed since it was kept");
        return problem;
    }
}
