package org.msettriage.service.store;

/** The store cannot take or give a record just now; nothing was stored for the call, which may be sent again. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
