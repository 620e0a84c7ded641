package org.msettriage.service.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles a client can hold; each operation of the API is owned by one or more of them. */
public enum Role {
    /** A case system: triages referrals and reads back the decisions it created itself. */
    CASE_SYSTEM,
    /** A policy lead: the rule catalogue and, later, the ruleset workflow. */
    POLICY_LEAD,
    /** An auditor: reads any decision. */
    AUDITOR,
    /** An analyst: aggregate reports only, never a single child's decision. */
    ANALYST,
    /**
     * The partnership's MSET coordinator: sets up the panel's meetings and reads their agendas, the
     * children's decisions and the names linked across referrals (policy v1.1, section 11).
     */
    PANEL_COORDINATOR,
    /** An operator: runs the service and scrapes its metrics; no API operation and no child's data. */
    OPERATOR;

    /** The Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role with this exact name, if there is one. */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
