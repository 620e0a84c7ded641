package org.msettriage.service.decision;

import org.flywaydb.core.api.migration.JavaMigration;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;

/** Migration 22.1 for the migration tests of other packages, which build an old store and upgrade it. */
public final class ReferralReferenceBackfillAccess {

    private ReferralReferenceBackfillAccess() {}

    public static JavaMigration of(PersonalContent content, ReferralRefHash referralRefs) {
        return new ReferralReferenceBackfill(content, referralRefs);
    }
}
