package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.msettriage.service.audit.AuditVerification.Kind;
import org.msettriage.service.audit.AuditVerification.Problem;

/** The problems a check found, the first {@link AuditVerifier#LISTED_PROBLEMS} kept, all counted. */
final class ChainProblems {
    final List<Problem> listed = new ArrayList<>();
    long total;

    void add(UUID recordId, RecordKind recordKind, Kind kind, Long position, String detail) {
        add(recordId, recordKind, kind, position, detail, null);
    }

    void add(UUID recordId, RecordKind recordKind, Kind kind, Long position, String detail, String version) {
        total++;
        if (listed.size() < AuditVerifier.LISTED_PROBLEMS) {
            listed.add(new Problem(recordId, recordKind, kind, position, detail, version));
        }
    }
}
