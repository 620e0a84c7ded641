package org.msettriage.service.panel;

/**
 * The very outcome already current for the item, sent again (a double click, a form sent twice): nothing
 * is recorded twice. The API answers 409 naming the outcome; the pages say it is recorded, not refused.
 */
class OutcomeAlreadyRecorded extends OutcomeConflict {

    private final PanelOutcome recorded;

    OutcomeAlreadyRecorded(PanelOutcome recorded) {
        super(
                "This same outcome is already recorded for this child at this meeting (" + recorded.outcomeId()
                        + "); it was sent again, and nothing was recorded twice",
                "This same outcome is already recorded for this child at this meeting; nothing was recorded twice");
        this.recorded = recorded;
    }

    PanelOutcome recorded() {
        return recorded;
    }
}
