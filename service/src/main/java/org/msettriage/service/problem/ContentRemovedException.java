package org.msettriage.service.problem;

import java.util.UUID;

/** A decision whose personal content the retention period removed: its summary remains, its content not. */
public class ContentRemovedException extends RuntimeException {

    public ContentRemovedException(UUID decisionId) {
        super("The content of decision " + decisionId
                + " was removed when its retention period ended; its summary remains for auditors");
    }
}
