package org.msettriage.service.problem;

/**
 * The header an auditor's reason for reading a child's record comes in, and what a read without one is
 * told: here, as both the audit feature (a blank reason) and the refusal of a missing header say it.
 */
public final class AccessReasonHeader {

    public static final String NAME = "Mset-Access-Reason";

    public static final String REQUIRED =
            "is required: say why you are reading this child's record (it is kept in the access log); nothing was"
                    + " read";

    private AccessReasonHeader() {}
}
