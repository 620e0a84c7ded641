package org.msettriage.service.audit;

import org.msettriage.service.OldStore;

/** {@link FeedbackSealBackfillTest} on PostgreSQL: the same migration seals the feedback kept there. */
class PostgresFeedbackSealBackfillTest extends FeedbackSealBackfillTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
