package org.msettriage.service.audit;

import org.msettriage.service.OldStore;

/** {@link MeetingSealBackfillTest} on PostgreSQL: the same migration seals the meetings kept there. */
class PostgresMeetingSealBackfillTest extends MeetingSealBackfillTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
