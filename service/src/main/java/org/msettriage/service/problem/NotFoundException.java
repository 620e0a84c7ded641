package org.msettriage.service.problem;

/** Nothing is stored at the address asked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
