package org.msettriage.service.audit;

/** The kinds of record the chain seals, as stored in the chain's and the queue's {@code record_kind}. */
public enum RecordKind {
    DECISION("decision"),
    OUTCOME("panel outcome"),
    ACTIVATION("ruleset switch"),
    RETENTION("retention run"),
    MEETING("panel meeting"),
    ACCESS("access log entry"),
    FEEDBACK("feedback"),
    /**
     * A kept ruleset: not a link of the chain, but checked against the SHA-256 it was kept with and the one
     * its sealed decisions carry, so never a value the chain or the queue stores.
     */
    RULESET("kept ruleset");

    private final String words;

    RecordKind(String words) {
        this.words = words;
    }

    /** The kind a stored value names; null for one that names none (altered behind the service's back). */
    static RecordKind of(String stored) {
        for (RecordKind kind : values()) {
            if (kind != RULESET && kind.name().equals(stored)) {
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
