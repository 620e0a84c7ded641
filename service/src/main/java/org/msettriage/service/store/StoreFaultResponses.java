package org.msettriage.service.store;

import jakarta.servlet.http.HttpServletRequest;
import org.msettriage.service.problem.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Any database failure is a 503 problem with Retry-After, never a 500: the caller did nothing wrong, and
 * sending the same request again once the database is back is the right thing to do. Ahead of the
 * general handlers, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreFaultResponses {

    static final int RETRY_AFTER_SECONDS = 2;

    private final StoreFaults faults;

    StoreFaultResponses(StoreFaults faults) {
        this.faults = faults;
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(StoreUnavailableException e, HttpServletRequest request) {
        return serviceUnavailable(request);
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseFailed(RuntimeException e, HttpServletRequest request) {
        faults.failed(e);
        return serviceUnavailable(request);
    }

    static ResponseEntity<ProblemDetail> serviceUnavailable(HttpServletRequest request) {
        // A read stores nothing anyway; telling an auditor "nothing was stored" for a failed search misleads.
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                (read
                                ? "The decision store could not be read."
                                : "The decision store could not be used; nothing was stored for this request.")
                        + " Send it again after Retry-After seconds.");
        problem.setType(ProblemTypes.STORE_UNAVAILABLE);
        problem.setTitle("The decision store is unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem);
    }
}
