package org.msettriage.service.problem;

/** The service has no room on its disk to write what was asked (507); nothing was written. */
public class InsufficientStorageException extends RuntimeException {

    public InsufficientStorageException(String message) {
        super(message);
    }
}
