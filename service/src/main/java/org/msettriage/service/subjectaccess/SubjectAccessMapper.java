package org.msettriage.service.subjectaccess;

import org.msettriage.api.model.SubjectAccessExportDto;
import org.msettriage.service.decision.DecisionRecordMapper;
import org.msettriage.service.decision.DecisionRecords;
import org.msettriage.service.panel.PanelOutcomeMapper;
import org.msettriage.service.security.Caller;
import org.springframework.stereotype.Component;

/**
 * A subject access export as the contract gives it, for the API and the auditor's page alike: every
 * decision about the child, each read recorded in the access log, and every outcome the panel recorded
 * about them (plans, reasons not heard, exits), which are the child's personal data too.
 */
@Component
public class SubjectAccessMapper {

    private final DecisionRecords records;
    private final DecisionRecordMapper decisions;
    private final PanelOutcomeMapper outcomes;

    SubjectAccessMapper(DecisionRecords records, DecisionRecordMapper decisions, PanelOutcomeMapper outcomes) {
        this.records = records;
        this.decisions = decisions;
        this.outcomes = outcomes;
    }

    public SubjectAccessExportDto export(String childRef, Caller reader, String reason) {
        return decisions
                .export(records.subjectAccess(childRef, reader, reason))
                .panelOutcomes(outcomes.aboutChild(childRef));
    }
}
