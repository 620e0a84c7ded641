package org.msettriage.service.audit;

/** The kinds of record the chain seals, as stored in the chain's and the queue's {@code record_kind}. */
public enum RecordKind {
    DECISION("decision"),
    OUTCOME("panel outcome"),
    ACTIVATION("ruleset switch"),
    RETENTION("retention run"),
    MEETING("panel meeting"),
    ACCESS("access log entry"),
    FEEDBACK("feedback");

    private final String words;

    RecordKind(String words) {
        this.words = words;
    }

    /** The kind a stored value names; null for one that names none (altered behind the service's back). */
    static RecordKind of(String stored) {
        for (RecordKind kind : values()) {
            if (kind.name().equals(stored)) {
                return kind;
            }
        }
        return null;
    }

    /** How a problem report names a record of this kind. */
    public String words() {
        return words;
    }
}
