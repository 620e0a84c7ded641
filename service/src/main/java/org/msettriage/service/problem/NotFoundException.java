package org.msettriage.service.problem;

/** Nothing is stored at the address asked for. */
public class NotFoundException extends RuntimeException implements SaysInWords {

    private final String inWords;

    public NotFoundException(String message) {
        this(message, null);
    }

    /** With the words a page shows, where the API's message names what only a client acts on. */
    public NotFoundException(String message, String inWords) {
        super(message);
        this.inWords = inWords;
    }

    @Override
    public String inWords() {
        return inWords == null ? getMessage() : inWords;
    }
}
