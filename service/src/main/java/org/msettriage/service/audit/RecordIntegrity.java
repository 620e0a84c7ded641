package org.msettriage.service.audit;

import java.time.OffsetDateTime;

/** Whether one decision still matches its seal. */
public record RecordIntegrity(State state, Long position, OffsetDateTime sealedAt, String detail) {

    public enum State {
        INTACT,
        AWAITING_SEAL,
        CHANGED
    }
}
