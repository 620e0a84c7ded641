package org.msettriage.service.pages;

import java.util.List;
import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.RecordIntegrity;
import org.msettriage.service.audit.WhenNotIntact;
import org.springframework.stereotype.Component;

/**
 * What the audit pages say for a record's integrity and for each kind of problem verification finds:
 * words for auditors, where the API keeps its codes. Pages call it as {@code @integrityWords}.
 */
@Component
public class IntegrityWords {

    /** A state by its code: the decision page reads the record as the API answers it. */
    public String state(String code) {
        return state(RecordIntegrity.State.valueOf(code));
    }

    public String state(RecordIntegrity.State state) {
        return switch (state) {
            case INTACT -> "Intact";
            case AWAITING_SEAL -> "Awaiting its seal";
            case CHANGED -> "Changed since it was sealed";
        };
    }

    /** What to do when verification finds a problem, in order. */
    public List<String> whenNotIntact() {
        return WhenNotIntact.STEPS;
    }

    public String problem(AuditVerification.Kind kind) {
        return switch (kind) {
            case CHANGED -> "Changed since it was sealed";
            case REMOVED -> "Removed";
            case REORDERED -> "Moved to another place in the chain";
            case NOT_SEALED -> "Stored but never sealed";
        };
    }
}
