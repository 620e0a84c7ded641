package org.msettriage.service.pages;

import jakarta.servlet.http.HttpSession;
import java.util.regex.Pattern;
import org.msettriage.rules.referral.FreeText;

/**
 * Why the auditor is looking, as they said it on the search page or when first opening a decision: kept
 * in their (server-side) session and written to the access log with every decision they open, never put
 * in an address.
 */
final class AuditPurpose {

    private static final String ATTRIBUTE = "mset.audit.purpose";
    static final int MAX_LENGTH = 500;

    /** The pages a reason is asked for before: one decision, by its id. */
    static final Pattern DECISION_PAGE = Pattern.compile(
            "/audit/decisions/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private AuditPurpose() {}

    static String of(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    static boolean given(HttpSession session) {
        return of(session) != null;
    }

    static void set(HttpSession session, String purpose) {
        if (FreeText.isBlank(purpose)) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            String stated = purpose.strip();
            session.setAttribute(ATTRIBUTE, stated.length() > MAX_LENGTH ? stated.substring(0, MAX_LENGTH) : stated);
        }
    }

    /** The decision page to go on to once the reason is given; the search for anything else. */
    static String onwardTo(String next) {
        return next != null && DECISION_PAGE.matcher(next).matches() ? next : "/audit/decisions";
    }
}
