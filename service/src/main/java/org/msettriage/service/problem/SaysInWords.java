package org.msettriage.service.problem;

/**
 * A refusal that a page can show as it is. The API's message may name an operation, a field or an address
 * a client acts on; a page says the same in a reader's words and points to the page that puts it right.
 */
public interface SaysInWords {

    /** The refusal in a reader's words: the page's wording when one was given, else the API's message. */
    String inWords();
}
