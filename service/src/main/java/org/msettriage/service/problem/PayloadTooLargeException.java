package org.msettriage.service.problem;

/** A request body larger than the service accepts. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes");
    }
}
