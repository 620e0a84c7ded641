package org.msettriage.service.decision;

import java.util.List;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.HeaderText;
import org.msettriage.service.problem.ParameterProblem;

/**
 * A reference an auditor's search may narrow to. Each names a child, or a referral about one, so it travels
 * in a header of its own, never in the address, and is read as the case system sent it at triage (see
 * {@link HeaderText}), bounded as there.
 */
enum SearchReference {
    CHILD("Mset-Child-Ref", "the child's reference", "every child"),
    REFERRAL("Mset-Referral-Ref", "the referral's reference", "every referral");

    /** Triage's bound on both references, in characters. */
    private static final int MAX_LENGTH = 2000;

    private final String header;
    private final String what;
    private final String everyOne;

    SearchReference(String header, String what, String everyOne) {
        this.header = header;
        this.what = what;
        this.everyOne = everyOne;
    }

    /**
     * The reference the header holds; null when the header was left out, and null with a problem naming the
     * header (never repeating its value) when it cannot be searched by.
     */
    String read(String raw, List<ParameterProblem> problems) {
        String reference = HeaderText.decode(raw);
        if (reference == null) {
            return null;
        }
        if (FreeText.isBlank(reference)) {
            // Read as absent, an empty header would search every child or referral: the opposite of what was asked.
            problems.add(new ParameterProblem(
                    header, "is empty: give " + what + ", or leave the header out to search " + everyOne));
            return null;
        }
        // In characters, as the contract's lengths and triage count them: an emoji is one, not two.
        if (reference.codePointCount(0, reference.length()) > MAX_LENGTH) {
            problems.add(new ParameterProblem(header, "must be at most " + MAX_LENGTH + " characters, as at triage"));
            return null;
        }
        return reference;
    }
}
