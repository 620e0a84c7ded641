package org.msettriage.service.audit;

import java.util.List;

/**
 * What an auditor does when verification finds a problem, said the same way on the verification page and by
 * {@code audit verify}: an auditor's trial found the damaged record named, and nothing said what next.
 */
public final class WhenNotIntact {

    /** The steps, in order. */
    public static final List<String> STEPS = List.of(
            "Keep the evidence: have the database copied as it is now, before anything is restored or changed,"
                    + " and keep this report with the copy.",
            "Open each decision listed: its page shows the decision as it was answered beside what is stored now,"
                    + " and names the fields that differ.",
            "Tell your data protection officer and whoever runs the service: the service did not make this"
                    + " change, so it was made in the database directly.",
            "Have the newest backup from before the change restored (the operators' guide, \"Backups and retention\"), then"
                    + " check again, with the head you kept.");

    private WhenNotIntact() {}
}
