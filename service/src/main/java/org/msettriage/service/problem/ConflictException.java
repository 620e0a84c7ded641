package org.msettriage.service.problem;

/** A request that cannot be done in the present state (409); nothing was changed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
