package org.msettriage.service.problem;

/** A request that cannot be done in the present state (409); nothing was changed. */
public class ConflictException extends RuntimeException implements SaysInWords {

    private final String inWords;

    public ConflictException(String message) {
        this(message, null);
    }

    /** With the words a page shows, where the API's message names what only a client acts on. */
    public ConflictException(String message, String inWords) {
        super(message);
        this.inWords = inWords;
    }

    @Override
    public String inWords() {
        return inWords == null ? getMessage() : inWords;
    }
}
