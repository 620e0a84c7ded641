package org.msettriage.service.security;

import static org.msettriage.service.security.Role.ANALYST;
import static org.msettriage.service.security.Role.AUDITOR;
import static org.msettriage.service.security.Role.CASE_SYSTEM;
import static org.msettriage.service.security.Role.OPERATOR;
import static org.msettriage.service.security.Role.PANEL_COORDINATOR;
import static org.msettriage.service.security.Role.POLICY_LEAD;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The owner roles of every operation, by operation id as the API document names them. The API document
 * states the same roles on each operation ({@code x-mset-roles}); a test calls every operation of the
 * document with every role and fails when the two disagree or an operation has no rule here. Anything
 * not listed is refused to everyone.
 */
public final class AccessRules {

    /** One operation: its id in the API document, its method and path pattern, and the roles that own it. */
    public record Rule(String operationId, HttpMethod method, String path, Set<Role> roles) {}

    /** Every role that uses the API for the partnership's work; operators use only their backups. */
    public static final Set<Role> API_CLIENTS = Set.of(CASE_SYSTEM, POLICY_LEAD, AUDITOR, ANALYST, PANEL_COORDINATOR);

    // The API document is for every caller of it: the operator's backups are operations of it too (an
    // integrator's trial found the operator refused it, against the "any authenticated caller").
    private static final Set<Role> EVERY_ROLE = Set.of(Role.values());

    public static final List<Rule> OPERATIONS = List.of(
            new Rule("triage", HttpMethod.POST, "/api/v1/triage", Set.of(CASE_SYSTEM)),
            new Rule("triageBatch", HttpMethod.POST, "/api/v1/triage/batch", Set.of(CASE_SYSTEM)),
            // Case systems read only the decisions they created (any other answers 404); auditors read any.
            new Rule("getDecision", HttpMethod.GET, "/api/v1/decisions/{decisionId}", Set.of(CASE_SYSTEM, AUDITOR)),
            new Rule("getApiDocumentYaml", HttpMethod.GET, "/api/v1/openapi.yaml", EVERY_ROLE),
            new Rule("getApiDocumentJson", HttpMethod.GET, "/api/v1/openapi.json", EVERY_ROLE),
            new Rule("listIndicators", HttpMethod.GET, "/api/v1/indicators", API_CLIENTS),
            new Rule("listActions", HttpMethod.GET, "/api/v1/actions", API_CLIENTS),
            new Rule("listRules", HttpMethod.GET, "/api/v1/rules", Set.of(POLICY_LEAD)),
            new Rule("decisionReport", HttpMethod.GET, "/api/v1/reports/decisions", Set.of(ANALYST)),
            new Rule("panelReport", HttpMethod.GET, "/api/v1/reports/panel", Set.of(ANALYST)),
            // Policy leads own the rules: what is kept, what serves, and what a change would do.
            new Rule("listRulesets", HttpMethod.GET, "/api/v1/rulesets", Set.of(POLICY_LEAD)),
            new Rule("getRuleset", HttpMethod.GET, "/api/v1/rulesets/{version}", Set.of(POLICY_LEAD)),
            new Rule("downloadRulesetFiles", HttpMethod.GET, "/api/v1/rulesets/{version}/files", Set.of(POLICY_LEAD)),
            new Rule(
                    "downloadRulesetScenarios",
                    HttpMethod.GET,
                    "/api/v1/rulesets/{version}/scenarios",
                    Set.of(POLICY_LEAD)),
            new Rule("validateRuleset", HttpMethod.POST, "/api/v1/rulesets/validate", Set.of(POLICY_LEAD)),
            new Rule("startImpact", HttpMethod.POST, "/api/v1/rulesets/impact", Set.of(POLICY_LEAD)),
            new Rule("getImpactJob", HttpMethod.GET, "/api/v1/rulesets/impact/{jobId}", Set.of(POLICY_LEAD)),
            // Four eyes: one policy lead proposes a switch, another approves it (the service refuses the proposer).
            new Rule("proposeActivation", HttpMethod.POST, "/api/v1/rulesets/proposals", Set.of(POLICY_LEAD)),
            new Rule("listProposals", HttpMethod.GET, "/api/v1/rulesets/proposals", Set.of(POLICY_LEAD)),
            new Rule("getProposal", HttpMethod.GET, "/api/v1/rulesets/proposals/{proposalId}", Set.of(POLICY_LEAD)),
            new Rule(
                    "approveProposal",
                    HttpMethod.POST,
                    "/api/v1/rulesets/proposals/{proposalId}/approve",
                    Set.of(POLICY_LEAD)),
            new Rule(
                    "rejectProposal",
                    HttpMethod.POST,
                    "/api/v1/rulesets/proposals/{proposalId}/reject",
                    Set.of(POLICY_LEAD)),
            new Rule("rollBackRuleset", HttpMethod.POST, "/api/v1/rulesets/{version}/activate", Set.of(POLICY_LEAD)),
            new Rule("startShadow", HttpMethod.PUT, "/api/v1/rulesets/shadow", Set.of(POLICY_LEAD)),
            new Rule("stopShadow", HttpMethod.DELETE, "/api/v1/rulesets/shadow", Set.of(POLICY_LEAD)),
            new Rule(
                    "listShadowDifferences",
                    HttpMethod.GET,
                    "/api/v1/rulesets/shadow/differences",
                    Set.of(POLICY_LEAD)),
            // The practitioner's response, on a decision the case system asked for (any other answers 404).
            new Rule("giveFeedback", HttpMethod.POST, "/api/v1/decisions/{decisionId}/feedback", Set.of(CASE_SYSTEM)),
            // Auditors: find and read decisions, see who read them, check the seals, answer subject access.
            new Rule("listDecisions", HttpMethod.GET, "/api/v1/decisions", Set.of(AUDITOR)),
            new Rule("getDecisionRecord", HttpMethod.GET, "/api/v1/decisions/{decisionId}/record", Set.of(AUDITOR)),
            new Rule("listDecisionAccess", HttpMethod.GET, "/api/v1/audit/access-log", Set.of(AUDITOR)),
            new Rule("verifyAudit", HttpMethod.GET, "/api/v1/audit/verify", Set.of(AUDITOR)),
            new Rule("subjectAccessExport", HttpMethod.POST, "/api/v1/audit/subject-access", Set.of(AUDITOR)),
            // The MSET coordinator runs the panel: its meetings and their agendas (policy v1.1, section 11).
            new Rule("createPanelMeeting", HttpMethod.POST, "/api/v1/panel/meetings", Set.of(PANEL_COORDINATOR)),
            new Rule("listPanelMeetings", HttpMethod.GET, "/api/v1/panel/meetings", Set.of(PANEL_COORDINATOR)),
            new Rule(
                    "getPanelAgenda",
                    HttpMethod.GET,
                    "/api/v1/panel/meetings/{meetingId}/agenda",
                    Set.of(PANEL_COORDINATOR)),
            // ... and records what the panel decided for each child, and keeps the panel's list.
            new Rule(
                    "recordPanelOutcome",
                    HttpMethod.POST,
                    "/api/v1/panel/meetings/{meetingId}/outcomes",
                    Set.of(PANEL_COORDINATOR)),
            new Rule(
                    "listPanelOutcomes",
                    HttpMethod.GET,
                    "/api/v1/panel/meetings/{meetingId}/outcomes",
                    Set.of(PANEL_COORDINATOR)),
            new Rule("listPanelChildren", HttpMethod.GET, "/api/v1/panel/children", Set.of(PANEL_COORDINATOR)),
            // Operators keep the service running: a copy of the embedded database, never a child's data read.
            new Rule("takeBackup", HttpMethod.POST, "/api/v1/operations/backups", Set.of(OPERATOR)));

    /**
     * The actuator's info (the ruleset in force, the retention period, the service's build): operators, who
     * check what a deployment runs, and auditors, who check the retention period the record is kept under
     * (docs/auditors.md). Other roles have what they need in their own answers (each decision names its
     * ruleset; policy leads list the active one), and a build's version tells whoever holds a case system's
     * key which known weaknesses to try. Health is open.
     */
    public static final Set<Role> ACTUATOR_INFO = Set.of(OPERATOR, AUDITOR);

    /** The metrics scrape: operators only, so that a case system's key cannot read the service's load. */
    public static final Set<Role> ACTUATOR_PROMETHEUS = Set.of(Role.OPERATOR);

    private AccessRules() {}
}
