package org.msettriage.service.panel;

import org.msettriage.service.problem.ConflictException;

/**
 * An outcome that another was recorded ahead of: answered 409 by the API with the outcome ids a case
 * tool needs to correct it, and told on the coordinator's pages in words, where the agenda shows the
 * current outcome and its correction form beside the message, so an id would only be noise.
 */
class OutcomeConflict extends ConflictException {

    OutcomeConflict(String forTheApi, String inWords) {
        super(forTheApi, inWords);
    }
}
