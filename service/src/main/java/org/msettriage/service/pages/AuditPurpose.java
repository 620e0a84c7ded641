package org.msettriage.service.pages;

import jakarta.servlet.http.HttpSession;

/**
 * Why the auditor is looking, as they said it on the search page: kept in their (server-side) session
 * and written to the access log with every decision they open, never put in an address.
 */
final class AuditPurpose {

    private static final String ATTRIBUTE = "mset.audit.purpose";
    static final int MAX_LENGTH = 500;

    private AuditPurpose() {}

    static String of(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    static void set(HttpSession session, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            String stated = purpose.strip();
            session.setAttribute(ATTRIBUTE, stated.length() > MAX_LENGTH ? stated.substring(0, MAX_LENGTH) : stated);
        }
    }
}
