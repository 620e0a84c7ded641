package org.msettriage.service.triage;

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
 * A referral the active rules did not decide. When this referral went over their budget, a 500: the fault
 * is in the service's rules, not in the referral, and sending it again meets it again until the policy
 * leads correct the rule, so no Retry-After invites that. When another call's did, while the rules were
 * being compiled again, a 503 with Retry-After: sending it again after a moment decides it. Nothing was
 * stored either way. (A batch's items are answered inside its 200, where a third reason can stand: see
 * Triage#decideAll.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesOverranResponses {

    static final int RETRY_AFTER_SECONDS = 2;
    static final String TITLE = "The rules did not decide this referral";

    @ExceptionHandler(RulesOverranException.class)
    ResponseEntity<ProblemDetail> overran(RulesOverranException e) {
        HttpStatus status = status(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(e));
        problem.setType(ProblemTypes.RULES_OVERRAN);
        problem.setTitle(TITLE);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        return answer.body(problem);
    }

    static HttpStatus status(RulesOverranException e) {
        return e.byThisReferral() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.SERVICE_UNAVAILABLE;
    }

    static String detail(RulesOverranException e) {
        return switch (e.why()) {
            case THIS_REFERRAL ->
                "The active ruleset did not decide this referral (" + e.getMessage() + "), so"
                        + " nothing was stored for it. The fault is in the rules, not in the referral, and the service"
                        + " has logged it for the policy leads; sent again, this referral is likely to fail the same"
                        + " way until they correct the rule.";
            case ANOTHER_REFERRAL ->
                "The rules were being compiled again after another referral's decision was"
                        + " stopped, so nothing was stored for this one. Send it again after Retry-After seconds.";
            case BATCH_STOPPED ->
                "This referral was not decided: " + e.getMessage() + ", so the service stopped"
                        + " deciding this batch rather than spend more time on rules that do not finish. Nothing was"
                        + " stored for it. Send it again, on its own or in another batch.";
        };
    }
}
