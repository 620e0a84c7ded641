package org.msettriage.service.links;

import org.flywaydb.core.api.migration.JavaMigration;
import org.msettriage.service.audit.IdentifierHash;
import org.msettriage.service.audit.PersonalContent;

/** Migration 17 for the migration tests of other packages, which build an old store and upgrade it. */
public final class IdentifierBackfillAccess {

    private IdentifierBackfillAccess() {}

    public static JavaMigration of(PersonalContent content, IdentifierHash identifierHash) {
        return new IdentifierBackfill(content, identifierHash);
    }
}
