package org.msettriage.service.problem;

/**
 * Stored personal content that does not decrypt: altered in the database, moved from another row, or
 * encrypted with a key this service no longer has. The verifier reports the record as changed.
 */
public class UnreadableContentException extends RuntimeException {

    public UnreadableContentException(String message) {
        super(message);
    }
}
