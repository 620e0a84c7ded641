package org.msettriage.service;

import org.msettriage.service.security.Role;

/** The demo API clients the default configuration ships and the README publishes, one per role. */
public final class DemoClients {

    /** A demo client: the key it sends and the role the configuration gives it. */
    public record Key(String key, String client, Role role) {}

    public static final Key CASE_SYSTEM = new Key("demo-case-system-key", "demo-case-system", Role.CASE_SYSTEM);
    public static final Key POLICY_LEAD = new Key("demo-policy-lead-key", "demo-policy-lead", Role.POLICY_LEAD);
    /** The second policy lead, who approves what the first proposes (four eyes on every switch). */
    public static final Key SECOND_POLICY_LEAD =
            new Key("demo-second-policy-lead-key", "demo-second-policy-lead", Role.POLICY_LEAD);

    public static final Key AUDITOR = new Key("demo-auditor-key", "demo-auditor", Role.AUDITOR);
    public static final Key ANALYST = new Key("demo-analyst-key", "demo-analyst", Role.ANALYST);
    public static final Key OPERATOR = new Key("demo-operator-key", "demo-operator", Role.OPERATOR);
    public static final Key PANEL_COORDINATOR =
            new Key("demo-panel-coordinator-key", "demo-panel-coordinator", Role.PANEL_COORDINATOR);

    private DemoClients() {}

    public static Key of(Role role) {
        return switch (role) {
            case CASE_SYSTEM -> CASE_SYSTEM;
            case POLICY_LEAD -> POLICY_LEAD;
            case AUDITOR -> AUDITOR;
            case ANALYST -> ANALYST;
            case OPERATOR -> OPERATOR;
            case PANEL_COORDINATOR -> PANEL_COORDINATOR;
        };
    }
}
