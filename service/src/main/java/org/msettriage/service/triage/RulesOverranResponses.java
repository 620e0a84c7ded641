package org.msettriage.service.triage;

import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.service.problem.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A referral the active rules did not decide within their live budget is a 503 problem, never a 500: the
 * caller did nothing wrong, nothing was stored, and the service serves other referrals again as soon as
 * it has compiled the ruleset afresh (a second or two). Sending this referral again will stop the same
 * way until the policy leads correct the rule, which the detail says.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesOverranResponses {

    static final int RETRY_AFTER_SECONDS = 2;

    @ExceptionHandler(RulesOverranException.class)
    ResponseEntity<ProblemDetail> overran(RulesOverranException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The active ruleset did not decide this referral within " + AssessmentBudget.LIVE.toSeconds()
                        + " s, so nothing was stored for this request. A rule never finishes on it; the service"
                        + " has logged this for the policy leads. Other referrals are decided after Retry-After"
                        + " seconds; this one will stop the same way until the rule is corrected.");
        problem.setType(ProblemTypes.RULES_OVERRAN);
        problem.setTitle("The rules did not decide this referral");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem);
    }
}
