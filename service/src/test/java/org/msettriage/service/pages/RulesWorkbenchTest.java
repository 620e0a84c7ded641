package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The policy leads' workbench over HTTP, as a browser uses it: one lead checks a candidate and proposes
 * it, another approves it, and one rolls it back; each step through the forms, with their tokens. Its own
 * context: approving changes what the service serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=rules-workbench-test")
class RulesWorkbenchTest extends ServiceTest {

    private static final Pattern HIDDEN_ACCEPT = Pattern.compile("name=\"accept\" value=\"([^\"]+)\"");
    private static final Pattern PROPOSAL_CARD = Pattern.compile("id=\"proposal-([0-9a-f-]{36})\"");

    @Autowired
    JdbcTemplate jdbc;

    private PageClient browser() {
        return new PageClient("http://localhost:" + port);
    }

    private PageClient signedIn(DemoClients.Key key) {
        PageClient browser = browser();
        PageClient.Page signedIn = browser.signIn(key.key());
        assertThat(signedIn.status()).isEqualTo(303);
        return browser;
    }

    @Test
    void onlyPolicyLeadsSignedInReachTheWorkbenchAndEachRoleLandsOnItsOwnPages() {
        PageClient.Page anonymous = browser().get("/rules");
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/audit/sign-in?next=%2Frules");

        assertThat(signedIn(DemoClients.AUDITOR).get("/rules").status()).isEqualTo(403);

        PageClient lead = browser();
        assertThat(lead.signIn(DemoClients.POLICY_LEAD.key()).header("Location"))
                .isEqualTo("/rules");
        PageClient.Page home = lead.get("/rules");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("Rulesets and proposals – MSET Triage rules")
                .contains("Signed in as <strong>demo-policy-lead</strong>")
                .contains("decides every\n    referral now")
                .doesNotContain("PACKAGED")
                .contains("Packaged with the service");
        assertThat(lead.get("/audit").status())
                .as("the audit pages are the auditors'")
                .isEqualTo(403);

        PageClient.Page caseSystem = browser().signIn(DemoClients.CASE_SYSTEM.key());
        assertThat(caseSystem.status())
                .as("a role without pages is refused at the form")
                .isEqualTo(403);
    }

    @Test
    void aKeptCandidatesCheckHasAnAddressSoBackAndReloadShowItWithoutSendingTheUploadAgain() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        PageClient.Page upload = uploaded(lead, CandidateRulesets.raisedWeight("workbench-address-1"));

        assertThat(upload.status()).as(upload.body()).isEqualTo(303);
        assertThat(upload.header("Location")).endsWith("/rules/candidates/workbench-address-1");
        PageClient.Page shown = lead.followed(upload);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Usable").contains("name=\"version\" value=\"workbench-address-1\"");
        PageClient.Page again = lead.get("/rules/candidates/workbench-address-1");
        assertThat(again.status())
                .as("Back or a reload: checked again, not sent again")
                .isEqualTo(200);
        assertThat(again.body()).contains("Usable").contains("name=\"version\" value=\"workbench-address-1\"");

        // The version that serves has nothing left to propose (a review: Back after its approval offered it).
        String serving = servingOn(lead.get("/rules"));
        PageClient.Page servingNow = lead.get("/rules/candidates/" + serving);
        assertThat(servingNow.status()).isEqualTo(303);
        assertThat(servingNow.header("Location")).endsWith("/rules/rulesets/" + serving);
        assertThat(lead.followed(servingNow).body())
                .contains("Ruleset " + serving + " serves now: there is nothing left to propose.");

        PageClient.Page unknown = lead.get("/rules/candidates/workbench-never-checked");
        assertThat(unknown.status()).isEqualTo(303);
        assertThat(lead.followed(unknown).body())
                .contains("No ruleset workbench-never-checked is kept: check its zip under");
    }

    @Test
    void aCandidateThatCannotBeKeptIsShownAtOnceAsItsUploadIsAllThereIsOfIt() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        PageClient.Page checked = uploaded(
                lead,
                CandidateRulesets.edited(
                        "workbench-address-broken",
                        "score-bands.csv",
                        csv -> csv.replace("MODERATE,13,24", "MODERATE,11,24")));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("Error: Candidate cannot be used");
        assertThat(lead.get("/rules/candidates/workbench-address-broken").status())
                .as("nothing was kept to show again")
                .isEqualTo(303);
    }

    @Test
    void aRefusalSaysWhetherThePageWasAnotherRolesOrTheFormOutOfDateAndLinksToTheLeadsOwnHome() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        PageClient.Page auditorsPage = lead.get("/audit");
        assertThat(auditorsPage.status()).isEqualTo(403);
        assertThat(auditorsPage.body())
                .contains("Not a page of yours")
                .contains("The page you asked for is for auditors")
                .doesNotContain("The form you sent")
                .contains("<a id=\"home\" href=\"/rules\">")
                .doesNotContain("href=\"/audit\"")
                .doesNotContain("Audit pages");

        PageClient.Page staleForm = checkRaisedWeight(lead, "a-token-from-an-earlier-sign-in", "workbench-stale");
        assertThat(staleForm.status()).isEqualTo(403);
        assertThat(staleForm.body())
                .contains("Request refused – MSET Triage rules")
                .contains("The form you sent could not be accepted")
                .doesNotContain("for auditors")
                .contains("<a id=\"home\" href=\"/rules\">")
                .doesNotContain("href=\"/audit\"")
                .doesNotContain("Audit pages");
        assertThat(lead.get("/rules").status()).as("the link it gives opens").isEqualTo(200);

        // Signed out in another tab, then the form sent: refused under the rules' header, not the auditors'.
        String token = lead.get("/rules").formToken();
        lead.post("/audit/sign-out", Map.of("_csrf", token));
        PageClient.Page signedOut = checkRaisedWeight(lead, token, "workbench-signed-out");
        assertThat(signedOut.status()).isEqualTo(403);
        assertThat(signedOut.body())
                .contains("Request refused – MSET Triage rules")
                .contains("Go to the sign-in page");
    }

    @Test
    void oneLeadChecksAndProposesACandidateAnotherApprovesItAndARollbackUndoesIt() {
        PageClient first = signedIn(DemoClients.POLICY_LEAD);
        String token = first.get("/rules").formToken();

        PageClient.Page checked = checkRaisedWeight(first, token, "workbench-1");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body())
                .contains("Candidate workbench-1")
                .contains("Usable, and kept: it changes the expected outcome of")
                .contains("<h2 id=\"changes-title\">Scenario outcomes it changes</h2>")
                .contains("<th scope=\"col\">What changes</th>")
                .doesNotContain("Problems, by file")
                .as("each changed outcome in words, not the API's field names and codes")
                .contains(", but the candidate gives ")
                .as("each changed scenario headed by its name, its file beside it, not by its file alone")
                .containsPattern("<h3 id=\"changes-scenarios/[^\"]+\">[^<]*[a-z] [a-z][^<]*\s*<span class=\"hint\">"
                        + "\\(scenarios/[^<]+\\.json\\)</span></h3>")
                .doesNotContain(" but was ")
                .doesNotContain("riskLevel:")
                .doesNotContain("preMset.");
        List<String> accepted = HIDDEN_ACCEPT
                .matcher(checked.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(accepted).isNotEmpty();

        Map<String, String> proposal = new LinkedHashMap<>();
        proposal.put("_csrf", checked.formToken());
        proposal.put("version", "workbench-1");
        proposal.put("reason", "Raise current vulnerabilities");
        // Found in a new user's trial: without the tick, only the browser stopped the proposal.
        PageClient.Page unticked = first.post("/rules/proposals", withAccepted(proposal, accepted));
        assertThat(unticked.status()).isEqualTo(422);
        assertThat(unticked.body())
                .as("refused in words, on the check's page with the form as it was sent")
                .contains("<a href=\"#accept-changes\">Tick “I intend every one of the " + accepted.size()
                        + " scenario changes listed below” to propose it")
                .contains(">Raise current vulnerabilities</textarea>")
                .contains("Propose activating it")
                .doesNotContain("acceptScenarioChanges")
                .as("the title says first that there is a problem, and the tick is marked, its problem beside it")
                .contains("<title>Error: Candidate checked – MSET Triage rules</title>")
                .containsPattern("<div class=\"error-summary\" role=\"alert\"[^>]*>\\s*"
                        + "<h2 id=\"proposal-refused-title\" class=\"error-summary__title\">Nothing was proposed</h2>")
                .containsPattern("id=\"accept-changes\"[^>]*aria-invalid=\"true\"[^>]*"
                        + "aria-describedby=\"accept-changes-error\"")
                .containsPattern("<p class=\"error-message\" id=\"accept-changes-error\">"
                        + "<span class=\"visually-hidden\">Error:</span>\\s*Tick “I intend every one")
                .doesNotContain("<div class=\"notice notice--bad\"")
                .containsOnlyOnce("aria-invalid");
        PageClient.Page noReason = first.post(
                "/rules/proposals",
                withAccepted(Map.of("_csrf", checked.formToken(), "version", "workbench-1", "reason", " "), accepted));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body())
                .as("each problem its own line, linked to its own field")
                .contains("<a href=\"#accept-changes\">Tick “I intend every one of the ")
                .contains("<a href=\"#reason\">Give a reason for the record: why this ruleset should serve.</a>")
                .containsPattern("id=\"reason\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"reason-error\"")
                .containsPattern("<p class=\"error-message\" id=\"reason-error\"><span class=\"visually-hidden\">"
                        + "Error:</span>\\s*Give a reason for the record");
        assertThat(HIDDEN_ACCEPT.matcher(unticked.body()).results().count())
                .as("every changed scenario, as checked again")
                .isEqualTo(accepted.size());
        PageClient.Page refused = first.post("/rules/proposals", proposal);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(first.get("/rules").body()).as("nothing was proposed").contains("No proposal is awaiting review.");

        proposal.put("acceptChanges", "on");
        PageClient.Page proposed = first.post("/rules/proposals", withAccepted(proposal, accepted));
        assertThat(proposed.status()).isEqualTo(303);
        PageClient.Page afterProposing = first.get("/rules");
        assertThat(afterProposing.body())
                .contains("Activation of workbench-1 is proposed")
                .contains("You proposed this, so another policy lead must approve it")
                .doesNotContain("Approve and activate");
        PageClient.Page approversHome = signedIn(DemoClients.SECOND_POLICY_LEAD).get("/rules");
        String proposalId = proposalIdIn(cardOf(approversHome, "workbench-1"));
        String card = approversHome.body().substring(approversHome.body().indexOf("id=\"proposal-" + proposalId));
        List<String> changed = changedScenariosOn(card);
        assertThat(changed).as("one per scenario accepted").hasSize(accepted.size());
        // A policy lead's trial: the card named each scenario, but not what the candidate changes in it.
        assertThat(changed)
                .as("each scenario with what it changes, in the check page's words")
                .allSatisfy(item -> assertThat(item)
                        .doesNotContain(".json")
                        .containsPattern("<li>[^<]+: expected [^<]+, but the candidate gives [^<]+</li>")
                        // A scenario's name is the policy lead's own sentence, codes and all.
                        .satisfies(named -> assertThat(named.replaceAll("(?s)<span>.*?</span>", ""))
                                .doesNotContain("riskLevel", "preMset", "scoreLevel", "indicatorsUsed")));
        assertThat(card)
                .contains("Not replayed: no impact report was asked for.")
                .as("the rules serving have not changed since it was proposed")
                .doesNotContain("The rules serving have changed");
        // Rejected without a reason: the refusal leads to the card's field, which is marked and says it again
        // (an accessibility trial found the message alone, and the title unchanged).
        PageClient approver = signedIn(DemoClients.SECOND_POLICY_LEAD);
        PageClient.Page unreasoned = approver.followed(approver.post(
                "/rules/proposals/" + proposalId + "/reject",
                Map.of("_csrf", approver.get("/rules").formToken(), "reason", " ")));
        assertThat(unreasoned.body())
                .contains("<title>Error: Rulesets and proposals – MSET Triage rules</title>")
                .contains("<a id=\"problem-link\" href=\"/rules#reason-" + proposalId + "\">Give the reason</a>")
                .containsPattern("id=\"reason-" + proposalId + "\"[^>]*aria-invalid=\"true\"[^>]*"
                        + "aria-describedby=\"reason-" + proposalId + "-error\"")
                .containsPattern("<p class=\"error-message\" id=\"reason-" + proposalId + "-error\">"
                        + "<span class=\"visually-hidden\">Error:</span>\\s*Give a reason for rejecting")
                .contains("Activate ruleset workbench-1");
        assertThat(approver.get("/rules").body()).doesNotContain("aria-invalid", "Error:");

        PageClient.Page again = first.post("/rules/proposals", withAccepted(proposal, accepted));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body())
                .as("the proposal awaiting review in words, and a link to it on the pages, not the API")
                .contains("Ruleset workbench-1 already has a proposal awaiting review, made by demo-policy-lead."
                        + " Approve, reject or withdraw that one before proposing it again.")
                .contains("<a id=\"problem-link\" href=\"/rules#proposal-" + proposalId
                        + "\">Read the proposal awaiting review</a>")
                .doesNotContain("/api/v1")
                .as("said once: not again by the notice of the section proposing it")
                .doesNotContain(
                        "Approve, reject or withdraw it before proposing this version again.", "Propose activating it");
        // A review: sent again without reason or tick, the refusal linked to fields the page no longer has.
        PageClient.Page againBare = first.post(
                "/rules/proposals", Map.of("_csrf", checked.formToken(), "version", "workbench-1", "reason", " "));
        assertThat(againBare.status()).isEqualTo(422);
        assertThat(againBare.body())
                .contains("Ruleset workbench-1 already has a proposal awaiting review")
                .doesNotContain("href=\"#reason\"", "href=\"#accept-changes\"", "aria-invalid");
        PageClient.Page rechecked = first.followed(first.postFile(
                "/rules/candidates",
                Map.of("_csrf", first.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.raisedWeight("workbench-1"))));
        // A policy lead's trial was offered "Propose it" for a version already awaiting review.
        assertThat(rechecked.body())
                .as("the proposal awaiting review named, and no form to propose it again")
                .contains("A proposal to activate workbench-1, made by demo-policy-lead on ")
                .contains("awaits review. Approve, reject or withdraw it before proposing this version again.")
                .contains("href=\"/rules#proposal-" + proposalId + "\">Read the proposal awaiting review</a>")
                .doesNotContain("Propose activating it");

        PageClient.Page selfApproved =
                first.post("/rules/proposals/" + proposalId + "/approve", Map.of("_csrf", afterProposing.formToken()));
        assertThat(selfApproved.status()).isEqualTo(303);
        assertThat(first.get("/rules").body()).contains("other than the one who made it");

        PageClient second = signedIn(DemoClients.SECOND_POLICY_LEAD);
        assertThat(second.post("/rules/proposals/" + proposalId + "/approve", Map.of("note", "no token"))
                        .status())
                .as("a form without its token")
                .isEqualTo(403);
        PageClient.Page approved = second.post(
                "/rules/proposals/" + proposalId + "/approve",
                Map.of("_csrf", second.get("/rules").formToken(), "note", "Read the scenarios"));
        assertThat(approved.status()).isEqualTo(303);
        String home = second.get("/rules").body();
        assertThat(home)
                .contains("Approved: ruleset workbench-1 now decides every referral.")
                .contains("<strong id=\"serving\">workbench-1</strong>")
                .contains("<td>Activated</td>")
                .contains("<td>demo-policy-lead</td>")
                .contains("<td>demo-second-policy-lead</td>");
        String rulesetPage = second.get("/rules/rulesets/workbench-1").body();
        String acceptedChanges = rulesetPage
                .substring(rulesetPage.indexOf("id=\"accepted\""))
                .substring(
                        0,
                        rulesetPage
                                .substring(rulesetPage.indexOf("id=\"accepted\""))
                                .indexOf("</section>"))
                // A scenario's name is the policy lead's own sentence, codes and all.
                .replaceAll("(?s)<strong>.*?</strong>", "");
        assertThat(acceptedChanges)
                .as("the scenario changes accepted, each field by its label and its values in words")
                .contains("Score was")
                .containsPattern("Scores by category: ([A-Z]+ [0-9]+ instead of ([0-9]+|none)(; )?)+\\s*<")
                .doesNotContain("changed in its details")
                .doesNotContain("indicatorsUsed", "categoryScores", "scoreLevel", "preMset", "msetPanel")
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]|\\b(Vul|Pull|Push|Cse)[0-9]{2}\\b");

        PageClient.Page rolledBack = second.post(
                "/rules/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/roll-back",
                Map.of("_csrf", second.get("/rules").formToken(), "reason", "Panel asked to wait"));
        assertThat(rolledBack.status()).isEqualTo(303);
        assertThat(second.get("/rules").body())
                .contains("Rolled back: ruleset " + CandidateRulesets.PACKAGED_VERSION)
                .contains("<td>Rolled back to this ruleset</td>");

        // A refusal the API words for a client (an operation to call) reads on the page in the lead's words.
        PageClient.Page notKept = second.post(
                "/rules/rulesets/never-kept/roll-back",
                Map.of("_csrf", second.get("/rules").formToken(), "reason", "Panel asked to wait"));
        assertThat(notKept.status()).isEqualTo(303);
        String refusal = second.get("/rules").body();
        refusal = refusal.substring(refusal.indexOf("role=\"alert\""));
        assertThat(refusal.substring(0, refusal.indexOf("</div>")))
                .contains("No ruleset is kept under version never-kept")
                .contains("check it (again, once its problems are fixed) from the rules home page")
                .doesNotContain("/api/", "POST", "validate");
    }

    @Test
    void aProposalLeftOpenWhileAnotherIsApprovedSaysTheRulesServingChangedUnderItAndApprovalChecksItAgain()
            throws InterruptedException {
        String packaged = CandidateRulesets.PACKAGED_VERSION;
        PageClient first = signedIn(DemoClients.POLICY_LEAD);
        List<String> accepted = proposedFromThePage(first, CandidateRulesets.raisedWeight("left-open-1"));
        assertThat(accepted).isNotEmpty();
        PageClient.Page impactStarted =
                first.post("/rules/impact", Map.of("_csrf", first.get("/rules").formToken(), "version", "left-open-1"));
        assertThat(impactStarted.status()).isEqualTo(303);
        // Only a report done says what it compared the candidate with.
        assertThat(whenDone(first, impactStarted.header("Location")).body()).contains("<dd id=\"state\">Done</dd>");
        proposedFromThePage(first, CandidateRulesets.raisedWeight("approved-meanwhile-1"));
        PageClient second = signedIn(DemoClients.SECOND_POLICY_LEAD);
        String meanwhile = proposalIdIn(cardOf(second.get("/rules"), "approved-meanwhile-1"));
        assertThat(second.post(
                                "/rules/proposals/" + meanwhile + "/approve",
                                Map.of("_csrf", second.get("/rules").formToken()))
                        .status())
                .isEqualTo(303);

        // A policy lead's trial: the card went on listing the outcomes worked out against the earlier rules.
        String card = cardOf(second.get("/rules"), "left-open-1");
        assertThat(card)
                .contains("The rules serving have changed since this was proposed: ruleset " + packaged
                        + " served then, and ruleset approved-meanwhile-1 serves now.")
                .contains("The scenario outcomes it changes were worked out against ruleset " + packaged)
                .contains("Approving checks it again against the scenarios of ruleset approved-meanwhile-1")
                .contains(accepted.size() + " against ruleset " + packaged + ", which served when it was proposed")
                // A user trial: the link did not say what the report had compared the candidate with.
                .containsPattern("<a class=\"impact-report\"\\s+href=\"/rules/impact/[0-9a-f-]{36}\">Read its impact"
                        + " report</a>\\s*<span>\\(compared with ruleset " + Pattern.quote(packaged)
                        + ", which served when the report was made; ruleset approved-meanwhile-1 serves now\\)</span>")
                .as("the check approving runs finds no change it did not accept, so approval is offered")
                .contains("Approve and activate")
                .doesNotContain("Approving it would be refused");
        assertThat(changedScenariosOn(card))
                .as("each as its proposer's check found it")
                .hasSize(accepted.size())
                .allSatisfy(item -> assertThat(item).contains(", but the candidate gives "));
        String leftOpen = proposalIdIn(card);
        JsonNode record = as(DemoClients.POLICY_LEAD)
                .get("/api/v1/rulesets/proposals/" + leftOpen)
                .json();
        assertThat(record.path("proposedWhileServing").asString()).isEqualTo(packaged);
        assertThat(record.path("servingChangedSince").asBoolean()).isTrue();

        // Checked again on approval against the scenarios serving now, which already give the raised outcomes.
        assertThat(second.post(
                                "/rules/proposals/" + leftOpen + "/approve",
                                Map.of("_csrf", second.get("/rules").formToken()))
                        .status())
                .isEqualTo(303);
        JsonNode rulesets = as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets").json();
        assertThat(rulesets.path("active").path("version").asString()).isEqualTo("left-open-1");
        List<JsonNode> kept = new java.util.ArrayList<>();
        rulesets.path("rulesets").forEach(kept::add);
        JsonNode approval = kept.stream()
                .filter(ruleset -> ruleset.path("version").asString().equals("left-open-1"))
                .findFirst()
                .orElseThrow()
                .path("activations")
                .path(0);
        assertThat(approval.path("acceptedScenarioChanges").isArray()).isTrue();
        assertThat(approval.path("acceptedScenarioChanges").size())
                .as("no scenario changes against the rules serving when approved")
                .isZero();
        assertThat(as(DemoClients.POLICY_LEAD)
                        .get("/api/v1/rulesets/proposals/" + leftOpen)
                        .json()
                        .has("servingChangedSince"))
                .as("said only while it awaits review")
                .isFalse();

        rollBack(second, packaged);
    }

    @Test
    void aCardSaysItsImpactReportIsBeingMadeOrFailedAndOffersAnotherOnlyOnceItFailed() throws InterruptedException {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        proposedFromThePage(lead, CandidateRulesets.raisedWeight("impact-by-state-1"));
        PageClient.Page started = lead.post(
                "/rules/impact", Map.of("_csrf", lead.get("/rules").formToken(), "version", "impact-by-state-1"));
        assertThat(whenDone(lead, started.header("Location")).body()).contains("<dd id=\"state\">Done</dd>");
        UUID job = UUID.fromString(started.header("Location").substring("/rules/impact/".length()));

        // Set back to replaying: a real replay may be done before the page is read. A trial: the card said
        // what a report still being made had compared the candidate with.
        jdbc.update("UPDATE impact_job SET state = 'RUNNING', report_json = NULL WHERE job_id = ?", job);
        assertThat(cardOf(lead.get("/rules"), "impact-by-state-1"))
                .contains("Replaying: its impact report is being made.")
                .contains("href=\"/rules/impact/" + job + "\">See how far it has got</a>")
                .doesNotContain("compared with ruleset")
                .doesNotContain("Read its impact report")
                .doesNotContain("Replay past decisions through it again</button>");

        jdbc.update(
                "UPDATE impact_job SET state = 'FAILED', failure = 'stopped: the instance running it stopped or died;"
                        + " start it again' WHERE job_id = ?",
                job);
        String failed = cardOf(lead.get("/rules"), "impact-by-state-1");
        assertThat(failed)
                .contains("Failed: its impact report could not be made, so there is none to read."
                        + " Replay past decisions through it again to ask for another.")
                .contains("href=\"/rules/impact/" + job + "\">Read why it failed</a>")
                .containsPattern("action=\"/rules/impact\">\\s*(<input[^>]*_csrf[^>]*>\\s*)?"
                        + "<input type=\"hidden\" name=\"version\" value=\"impact-by-state-1\">")
                .contains("Replay past decisions through it again</button>")
                .doesNotContain("compared with ruleset");

        assertThat(lead.post(
                                "/rules/proposals/" + proposalIdIn(failed) + "/reject",
                                Map.of("_csrf", lead.get("/rules").formToken(), "reason", "Seen by state"))
                        .status())
                .isEqualTo(303);
    }

    @Test
    void anApprovalRefusedSinceTheRulesServingChangedNamesTheScenariosAndSaysToWithdrawAndProposeAgain() {
        String packaged = CandidateRulesets.PACKAGED_VERSION;
        PageClient first = signedIn(DemoClients.POLICY_LEAD);
        assertThat(proposedFromThePage(first, CandidateRulesets.edited("outdated-1", "points.csv", csv -> csv)))
                .as("proposed changing no scenario outcome")
                .isEmpty();
        List<String> meanwhile = proposedFromThePage(first, CandidateRulesets.raisedWeight("approved-first-1"));
        assertThat(meanwhile).hasSizeGreaterThan(10);
        PageClient second = signedIn(DemoClients.SECOND_POLICY_LEAD);
        String approvedFirst = proposalIdIn(cardOf(second.get("/rules"), "approved-first-1"));
        assertThat(second.post(
                                "/rules/proposals/" + approvedFirst + "/approve",
                                Map.of("_csrf", second.get("/rules").formToken()))
                        .status())
                .isEqualTo(303);

        // A user trial: the card offered "Approve and activate" for a proposal that approving would refuse.
        String outdatedCard = cardOf(second.get("/rules"), "outdated-1");
        assertThat(outdatedCard)
                .contains("Approving it would be refused: the rules serving changed since it was proposed (ruleset "
                        + packaged + " served then, and ruleset approved-first-1 serves now). Checked again against"
                        + " the scenarios of ruleset approved-first-1, it now changes the outcome of "
                        + meanwhile.size() + " scenarios its proposal did not accept: ")
                .contains("Its proposer, demo-policy-lead, withdraws it (or another policy lead rejects it)")
                .contains("Approval is not offered, since it would be refused, as said above. You may reject it.")
                .as("said once, as certain: not also the notice that approving checks it again")
                .doesNotContain("Approve and activate", "The rules serving have changed since this was proposed")
                .contains(">Reject</button>");
        assertThat(cardOf(first.get("/rules"), "outdated-1"))
                .contains("You proposed this: withdraw it below, then check it again and propose it again")
                .doesNotContain("another policy lead must approve it", "Approve and activate")
                .contains(">Withdraw</button>");

        // A policy lead's trial: the refusal listed 37 file paths and did not say the proposal must be withdrawn.
        // The page is not the guard: an approval sent all the same is refused.
        String outdated = proposalIdIn(outdatedCard);
        assertThat(second.post(
                                "/rules/proposals/" + outdated + "/approve",
                                Map.of("_csrf", second.get("/rules").formToken()))
                        .status())
                .isEqualTo(303);
        PageClient.Page home = second.get("/rules");
        String refusal = home.body().substring(home.body().indexOf("role=\"alert\""));
        refusal = refusal.substring(0, refusal.indexOf("</div>"));
        assertThat(refusal)
                .contains("Ruleset outdated-1 was not activated: the rules serving changed since it was proposed"
                        + " (ruleset " + packaged + " served then, and ruleset approved-first-1 serves now).")
                .contains("it now changes the outcome of " + meanwhile.size()
                        + " scenarios its proposal did not accept: ")
                .contains("; and " + (meanwhile.size() - 10) + " more.")
                .contains("Its proposer, demo-policy-lead, withdraws it (or another policy lead rejects it), then"
                        + " checks ruleset outdated-1")
                .contains("cannot be proposed again while this proposal awaits review")
                .contains("href=\"/rules#proposal-" + outdated + "\"")
                .doesNotContain(".json", "scenarios/", "acceptScenarioChanges", "/api/");
        assertThat(Pattern.compile("“[^”]+”")
                        .matcher(refusal.substring(0, refusal.indexOf("; and ")))
                        .results()
                        .count())
                .as("ten scenarios by name, then how many more")
                .isEqualTo(10);
        assertThat(cardOf(home, "outdated-1"))
                .as("nothing was activated; it still awaits review")
                .isNotEmpty();
        assertThat(servingOn(home)).isEqualTo("approved-first-1");

        JsonNode problem = as(DemoClients.SECOND_POLICY_LEAD)
                .post("/api/v1/rulesets/proposals/" + outdated + "/approve", "{}")
                .json();
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("detail").asString())
                .contains("the rules serving changed since it was proposed (ruleset " + packaged
                        + " served then, and ruleset approved-first-1 serves now)")
                .contains(meanwhile.get(0))
                .contains("its proposer withdraws it (POST /api/v1/rulesets/proposals/" + outdated + "/reject")
                .contains("proposes it again (POST /api/v1/rulesets/proposals)");

        assertThat(first.post(
                                "/rules/proposals/" + outdated + "/reject",
                                Map.of("_csrf", first.get("/rules").formToken(), "reason", "Serving changed"))
                        .status())
                .isEqualTo(303);
        assertThat(first.get("/rules").body())
                .as("a policy lead's trial: the withdrawal was announced as a rejection")
                .contains("Withdrew the proposal to activate outdated-1.");
        // A user trial: the withdrawal read as "Rejected", reviewed by its proposer, and no row had a date.
        // In the partnership's time, named (PageTimes), not as a UTC offset.
        String moment = "[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}, [0-9]{2}:[0-9]{2} (GMT|BST)";
        assertThat(second.get("/rules").body())
                .containsPattern("<td>outdated-1</td>\\s*<td>By demo-policy-lead, " + moment + "</td>\\s*"
                        + "<td>Withdrawn by demo-policy-lead</td>\\s*<td>" + moment
                        + "</td>\\s*<td>Serving changed</td>")
                .containsPattern("<td>approved-first-1</td>\\s*<td>By demo-policy-lead, " + moment + "</td>\\s*"
                        + "<td>Approved by demo-second-policy-lead</td>\\s*<td>" + moment + "</td>");
        rollBack(second, packaged);
    }

    @Test
    void proposingFromACheckMadeBeforeAnotherSwitchSaysTheRulesServingChangedAndListsTheChangesToWeigh() {
        String packaged = CandidateRulesets.PACKAGED_VERSION;
        PageClient first = signedIn(DemoClients.POLICY_LEAD);
        PageClient.Page checked = first.followed(first.postFile(
                "/rules/candidates",
                Map.of("_csrf", first.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.edited("stale-check-1", "points.csv", csv -> csv))));
        assertThat(checked.body()).as("no scenario changes, so no tick box").doesNotContain("accept-changes");
        Matcher servingThen = Pattern.compile("name=\"checkedWhileServing\" value=\"([^\"]+)\"")
                .matcher(checked.body());
        assertThat(servingThen.find()).as(checked.body()).isTrue();
        assertThat(servingThen.group(1)).isEqualTo(packaged);

        proposedFromThePage(first, CandidateRulesets.raisedWeight("switched-meanwhile-1"));
        PageClient second = signedIn(DemoClients.SECOND_POLICY_LEAD);
        String meanwhile = proposalIdIn(cardOf(second.get("/rules"), "switched-meanwhile-1"));
        assertThat(second.post(
                                "/rules/proposals/" + meanwhile + "/approve",
                                Map.of("_csrf", second.get("/rules").formToken()))
                        .status())
                .isEqualTo(303);

        // A policy lead's trial: the refusal asked for a tick, with no word that the rules had changed.
        Map<String, String> proposal = new LinkedHashMap<>();
        proposal.put("_csrf", checked.formToken());
        proposal.put("version", "stale-check-1");
        proposal.put("checkedWhileServing", servingThen.group(1));
        proposal.put("reason", "Back to the packaged weights");
        PageClient.Page refused = first.post("/rules/proposals", proposal);
        assertThat(refused.status()).isEqualTo(422);
        List<String> changes = HIDDEN_ACCEPT
                .matcher(refused.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(changes).as("the changes it makes now, listed to weigh").isNotEmpty();
        assertThat(refused.body())
                .contains("<a href=\"#accept-changes\">The rules serving changed since this candidate was checked:"
                        + " ruleset " + packaged
                        + " served then, and ruleset switched-meanwhile-1 serves now. It was checked again against"
                        + " the scenarios of ruleset switched-meanwhile-1, and now changes the outcome of "
                        + changes.size() + " scenarios: this page now lists each change, to weigh before you tick"
                        + " that you intend them. Tick “I intend every one of the " + changes.size())
                .contains("id=\"accept-changes\"")
                .contains("name=\"checkedWhileServing\" value=\"switched-meanwhile-1\"");
        assertThat(first.get("/rules").body()).as("nothing was proposed").contains("No proposal is awaiting review.");

        rollBack(second, packaged);
    }

    @Test
    void aRulesetReadsAsSentencesAndTablesAndDownloadsAsAZip() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        PageClient.Page ruleset = lead.get("/rules/rulesets/" + CandidateRulesets.PACKAGED_VERSION);
        assertThat(ruleset.status()).isEqualTo(200);
        assertThat(ruleset.body())
                .contains("An applied professional judgement decides the risk level")
                .contains("The risk level is {level}, as professional judgement set it")
                .contains("Its wording template (names in braces are filled in)")
                .contains("<h3 id=\"table-points.csv\">points.csv</h3>");

        PageClient.Page zip = lead.get("/rules/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/files");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(zip.header("Content-Disposition")).contains("mset-ruleset-2026.12.2.zip");
        assertThat(ruleset.body())
                .as("each row of the actions' table is listed as a rule")
                .contains("Online grooming or images need an online harm response")
                .contains("<h3 id=\"table-action-rules.csv\">action-rules.csv</h3>")
                .contains("/rules/rulesets/2026.12.2/scenarios");
        PageClient.Page scenarios = lead.get("/rules/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/scenarios");
        assertThat(scenarios.status()).isEqualTo(200);
        assertThat(scenarios.header("Content-Disposition")).contains("mset-scenarios-2026.12.2.zip");

        PageClient.Page missing = lead.get("/rules/rulesets/no-such-version");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body())
                .as("in the workbench's own pages")
                .contains("Not found – MSET Triage rules")
                .contains("No ruleset no-such-version is kept.")
                .doesNotContain("Audit pages");
    }

    @Test
    void aKeptRulesetIsComparedWithTheOneThatServesNotWithTheCandidateCheckedBeforeIt() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        // Checked first, so it is "the version kept before" the next: it retitles CSE02, which the next keeps.
        check(
                lead,
                CandidateRulesets.edited(
                        "workbench-cmp-b",
                        "indicators.csv",
                        csv -> csv.replace("('boyfriend'/'girlfriend')", "(a 'boyfriend' or 'girlfriend')")));
        check(
                lead,
                CandidateRulesets.edited("workbench-cmp-a", "points.csv", csv -> csv.replace("V,1,1,1", "V,7,1,1")));
        String serving = servingOn(lead.get("/rules"));

        String page = lead.get("/rules/rulesets/workbench-cmp-a").body();

        assertThat(page)
                .contains("Compared with ruleset " + serving + ", which serves now")
                .doesNotContain("workbench-cmp-b")
                .doesNotContain("the version kept before it");
        int from = page.indexOf("id=\"serving-changes\"");
        String difference = page.substring(from, page.indexOf("</section>", from));
        assertThat(difference)
                .as("only what differs from the serving ruleset")
                .contains("<h4 id=\"serving-changes-points.csv\">points.csv</h4>")
                .doesNotContain("indicators.csv")
                .doesNotContain(">CSE02<");
    }

    @Test
    void aChangedEligibilityReasonReadsAsTheReasonNotItsCodeSpeltOut() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        // Emerging starts at 10, not 6: referrals scoring 6 to 9 lose their level and with it screening.
        String page = check(
                        lead,
                        CandidateRulesets.edited(
                                "workbench-reasons",
                                "score-bands.csv",
                                csv -> csv.replace("NONE,0,5,", "NONE,0,9,")
                                        .replace("EMERGING,6,12,", "EMERGING,10,12,")))
                .body()
                // A scenario's name is the policy lead's own sentence, codes and all: what is wrong is the rest.
                .replaceAll("&quot;.*?&quot;: ", "")
                .replaceAll("(?s)<h3 id=\"changes-.*?</h3>", "")
                .replaceAll("<caption class=\"visually-hidden\">What changes in [^<]*</caption>", "");

        assertThat(page)
                .contains("Reasons for or against Pre-MSET screening: expected A sign of exploitation at Emerging risk"
                        + " or above, but the candidate gives Nothing meets the screening criteria")
                .contains("Reasons for or against the MSET panel: expected Nothing shows the panel would add value,"
                        + " Below the levels the panel considers, but the candidate gives Nothing shows the panel would"
                        + " add value, Below the levels the panel considers, Does not meet the screening criteria")
                .doesNotContain("Pre exploitation", "Not indicated", "Not adds value", "Not level", "Not pre mset")
                .doesNotContain("PRE_EXPLOITATION", "NOT_INDICATED", "NOT_ADDS_VALUE", "NOT_LEVEL", "NOT_PRE_MSET");
        List<String> changes = Pattern.compile("<td>([^<]*but the candidate gives[^<]*)</td>")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(changes).hasSizeGreaterThan(40);
        assertThat(changes)
                .as("every changed value in words: a warning, a level, an action by its title")
                .contains("Warnings: expected A judgement to raise the level not applied, but the candidate gives none")
                .contains("Level by score: expected Emerging, but the candidate gives No identified risk")
                .contains("Recommended actions: expected Review the risk assessment within three months, but the"
                        + " candidate gives none")
                .allSatisfy(change -> assertThat(change)
                        .doesNotContainPattern("[A-Z]{2,}_[A-Z0-9]|\\b(Pre|Not|Ovr|Judgement) [a-z]+ [a-z]+"));
    }

    @Test
    void aCandidateThatCannotBeUsedIsListedByFileInWords() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.edited(
                        "workbench-broken",
                        "score-bands.csv",
                        csv -> csv.replace("MODERATE,13,24", "MODERATE,11,24")))));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body())
                .contains("Error: Candidate cannot be used")
                .contains("<h3 id=\"file-score-bands.csv\">score-bands.csv</h3>")
                .contains("A table cell or row")
                .contains("overlaps the band above it")
                .doesNotContain("Propose activating it");
    }

    @Test
    void aFileThatIsNotAZipIsSaidToBeNoneNotAFileOfARuleset() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);

        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.json",
                "{\"version\": \"2027.1.0\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body())
                .contains("It cannot be used. This is not a zip file: a candidate is a zip of one ruleset folder"
                        + " (its ruleset.properties, rules and tables). Nothing was kept.")
                .doesNotContain("holds no files")
                .doesNotContain("(zip)</h3>")
                .doesNotContain("A file missing, unreadable, or not part of a ruleset")
                .doesNotContain("Problems, by file")
                .as("straight back to the file field")
                .contains("<a id=\"choose-again\" href=\"/rules#candidate\">");
    }

    @Test
    void aVersionAlreadyKeptWithOtherFilesIsSaidAloneWithoutTheScenariosItWouldChange() {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        check(lead, CandidateRulesets.raisedWeight("workbench-taken"));

        PageClient.Page again = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.edited(
                        "workbench-taken", "points.csv", csv -> csv.replace("V,1,1,1", "V,3,1,1")))));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body())
                .contains("Error: Candidate cannot be used")
                .contains("It cannot be used: version <strong>workbench-taken</strong>\n      is already kept with"
                        + " other files")
                .contains("Give the candidate a new\n      version in ruleset.properties and check it again.")
                .contains("<a id=\"kept-version\" href=\"/rules/rulesets/workbench-taken\">")
                .as("nothing of a candidate that cannot be kept is listed: not the scenarios it would change")
                .doesNotContain("A scenario&#39;s outcome changes")
                .doesNotContain("Problems, by file")
                .doesNotContain("SHA-256")
                .doesNotContain("Propose activating it");
    }

    @Test
    void aCandidatesImpactIsReadOnItsOwnPageWithDecisionsAndScenariosApart() throws InterruptedException {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        String job = impactJob(lead, CandidateRulesets.raisedWeight("workbench-impact-1"));
        assertThat(job).matches("/rules/impact/[0-9a-f-]{36}");

        PageClient.Page report = whenDone(lead, job);
        assertThat(report.body())
                .contains("<dd id=\"state\">Done</dd>")
                .contains("Stored decisions (referrals about children)")
                .contains("Scenarios (tests of the policy)")
                .contains("<dd id=\"scenarios-changed\">14</dd>")
                .as("why a check of the same candidate lists more scenarios")
                .contains("it also\n      counts a scenario whose score, reasons or their order change")
                .contains("By local authority")
                .doesNotContain("NOT_GIVEN");
        assertThat(report.body())
                .as("an action added or removed by its title in the catalogue, not its code spelt out")
                .contains("<li>Review the risk assessment within three months: added for 14</li>")
                .doesNotContain("Review assessment", "Early help:");
        assertThat(lead.get("/rules/impact/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
        PageClient.Page notAnId = lead.get("/rules/impact/nonexistent");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.header("Content-Type")).startsWith("text/html");
        assertThat(notAnId.body())
                .as("a page of the workbench in words, not the API's problem document")
                .contains("There is no impact job with that id.")
                .doesNotContain("\"instance\"", "nonexistent");
        assertThat(browser().get(job).status()).as("not signed in").isEqualTo(303);
    }

    @Test
    void aFileOverTheLimitIsRefusedInWordsNamingTheLimit() {
        // A policy lead's trial uploaded a zip over 1 MB and was shown a raw problem document.
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        PageClient.Page home = lead.get("/rules");
        String token = home.formToken();
        assertThat(home.body())
                .as("the form says the limit, and that a check takes a while, before anything is sent")
                .contains("At most 1 MB (1,048,576 bytes). Checking compiles the rules and decides every"
                        + " scenario: it takes up to a minute");

        PageClient.Page refused = lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", token),
                "candidate",
                "candidate.zip",
                new byte[1_048_577],
                Map.of("Accept", "text/html,application/xhtml+xml"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body())
                .contains("<h1>The file is too large</h1>")
                .contains("may be at most 1 MB (1,048,576 bytes), and nothing of this one was kept.")
                .contains("mset.request.max-body-bytes")
                .doesNotContain("\"status\":")
                .as("refused before the security filters ran: still the signed-in lead's workbench, linked back")
                .contains("href=\"/rules\"")
                .doesNotContain("Go to the sign-in page");
        assertThat(lead.postFile("/rules/candidates", Map.of("_csrf", token), "candidate", "c.zip", new byte[1_048_577])
                        .header("Content-Type"))
                .as("anything not asking for a page still gets the problem document")
                .startsWith("application/problem+json");
    }

    @Test
    void anImpactSaysWhichActionsFallDueInAnotherTimescale() throws InterruptedException {
        // A policy lead's trial moved an action's timescale: the impact said it changed nothing.
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        String job = impactJob(
                lead,
                CandidateRulesets.edited(
                        "workbench-impact-retimed",
                        "actions.csv",
                        csv -> csv.replace(
                                "STRATEGY_DISCUSSION,CHILDRENS_SOCIAL_CARE,WITHIN_24_HOURS,",
                                "STRATEGY_DISCUSSION,CHILDRENS_SOCIAL_CARE,IMMEDIATE,")));
        PageClient.Page report = whenDone(lead, job);

        assertThat(report.body())
                .contains("<dd id=\"state\">Done</dd>")
                .containsPattern("<li>Hold a multi-agency strategy discussion \\(Children Act 1989 s47\\): due"
                        + " immediately instead of within 24 hours, for [1-9][0-9]*</li>")
                .doesNotContain("STRATEGY_DISCUSSION", "WITHIN_24_HOURS");
    }

    @Test
    void aCandidateRunsInShadowFromItsPageAndItsDifferencesAreListed() throws InterruptedException {
        PageClient lead = signedIn(DemoClients.POLICY_LEAD);
        // Weighs current vulnerabilities far above both the packaged ruleset and the raised one other tests
        // activate, so it differs from whichever serves.
        lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.edited(
                        "workbench-shadow-1", "points.csv", csv -> csv.replace("V,1,1,1", "V,9,1,1")))));
        PageClient.Page page = lead.get("/rules/shadow");
        assertThat(page.body()).contains("No ruleset runs in shadow.").contains("<option value=\"workbench-shadow-1\"");

        PageClient.Page started =
                lead.post("/rules/shadow", Map.of("_csrf", page.formToken(), "version", "workbench-shadow-1"));
        assertThat(started.status()).isEqualTo(303);
        assertThat(started.header("Location")).isEqualTo("/rules/shadow");
        String decision = http().post("/api/v1/triage", org.msettriage.service.ruleset.Referrals.UP_TO_MODERATE)
                .json()
                .path("decisionId")
                .asString();

        PageClient.Page shadow = lead.get("/rules/shadow");
        // Until both the counts and the row show: the page reads them one after the other, so a page
        // read while the comparison commits may show the row beside the counts from before it.
        for (int i = 0;
                i < 100
                        && !(shadow.body().contains("Compared on 1 live referral;")
                                && shadow.body().contains(decision));
                i++) {
            Thread.sleep(100);
            shadow = lead.get("/rules/shadow");
        }
        assertThat(shadow.body())
                .contains("Ruleset workbench-shadow-1 runs in shadow beside")
                .contains("Compared on 1 live referral; 1 decided differently.")
                .contains(decision)
                .contains(" to Significant")
                .as("whether it goes to Pre-MSET and to the panel, each named, under each ruleset")
                .containsPattern("<td>Pre-MSET: (yes|no) under [^<]+; MSET panel: (yes|no) under [^<]+</td>");
        assertThat(shadow.body())
                .as("each action added by its title in the catalogue, not its code spelt out")
                .contains("<li>Add or update the exploitation marker on police systems</li>")
                .doesNotContain("Police marker", "Strategy discussion", "Specialist support");
        PageClient.Page stopped = lead.post("/rules/shadow/stop", Map.of("_csrf", shadow.formToken()));
        assertThat(stopped.status()).isEqualTo(303);
        assertThat(lead.get("/rules/shadow").body())
                .contains("No ruleset runs in shadow.")
                .contains("<a href=\"/rules/shadow?version=workbench-shadow-1\">workbench-shadow-1</a>");
    }

    private static PageClient.Page check(PageClient lead, List<org.msettriage.rules.engine.RulesetFile> candidate) {
        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(candidate)));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body()).contains("Usable");
        return checked;
    }

    private static String servingOn(PageClient.Page home) {
        Matcher serving =
                Pattern.compile("<strong id=\"serving\">([^<]+)</strong>").matcher(home.body());
        assertThat(serving.find()).as(home.body()).isTrue();
        return serving.group(1);
    }

    /** The fields, then one "accept" field per scenario, as the form's hidden inputs send them. */
    private static List<Map.Entry<String, String>> withAccepted(Map<String, String> fields, List<String> accepted) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields.entrySet());
        accepted.forEach(scenario -> all.add(Map.entry("accept", scenario)));
        return all;
    }

    /** The changed scenarios a proposal's card lists, each item's HTML. */
    private static List<String> changedScenariosOn(String card) {
        int list = card.indexOf("<ul class=\"changed-scenarios\">");
        assertThat(list).as("the approver reads the scenarios it changes").isNotNegative();
        String items = card.substring(list, card.indexOf("</details>", list));
        String[] scenarios = items.split("<li class=\"changed-scenario\">", -1);
        return List.of(scenarios).subList(1, scenarios.length);
    }

    /** The card of the proposal awaiting review of a version, as a page shows it. */
    private static String cardOf(PageClient.Page page, String version) {
        Matcher card = Pattern.compile("(?s)<article class=\"report-entry\" id=\"proposal-[0-9a-f-]{36}\">\\s*"
                        + "<h3>Activate ruleset " + Pattern.quote(version) + "</h3>.*?</article>")
                .matcher(page.body());
        assertThat(card.find()).as(page.body()).isTrue();
        return card.group();
    }

    /** Checks a candidate from the workbench and proposes it, accepting every scenario change it makes. */
    private static List<String> proposedFromThePage(PageClient lead, List<RulesetFile> candidate) {
        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(candidate)));
        List<String> accepted = HIDDEN_ACCEPT
                .matcher(checked.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        Map<String, String> proposal = new LinkedHashMap<>();
        proposal.put("_csrf", checked.formToken());
        proposal.put("version", RulesetIdentity.of(candidate).version());
        proposal.put("reason", "Weigh current vulnerabilities more");
        proposal.put("acceptChanges", "on");
        assertThat(lead.post("/rules/proposals", withAccepted(proposal, accepted))
                        .status())
                .isEqualTo(303);
        return accepted;
    }

    private static String proposalIdIn(String html) {
        Matcher form = PROPOSAL_CARD.matcher(html);
        assertThat(form.find()).as(html).isTrue();
        return form.group(1);
    }

    /** Checks a candidate from the workbench and starts its impact replay; the job's page. */
    private static String impactJob(PageClient lead, List<RulesetFile> candidate) {
        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(candidate)));
        assertThat(checked.body()).contains("Replay past decisions through it");
        String version = RulesetIdentity.of(candidate).version();
        PageClient.Page started = lead.post("/rules/impact", Map.of("_csrf", checked.formToken(), "version", version));
        assertThat(started.status()).isEqualTo(303);
        return started.header("Location");
    }

    /** The job's page once it says Done, or after 30 s. */
    private static PageClient.Page whenDone(PageClient lead, String job) throws InterruptedException {
        PageClient.Page report = lead.get(job);
        for (int i = 0; i < 300 && !report.body().contains("<dd id=\"state\">Done</dd>"); i++) {
            Thread.sleep(100);
            report = lead.get(job);
        }
        return report;
    }

    /** A candidate's zip sent from the workbench, the answer as it comes (a kept one's is a redirect). */
    private static PageClient.Page uploaded(PageClient lead, List<RulesetFile> candidate) {
        return lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(candidate));
    }

    /**
     * A candidate of the packaged ruleset with one weight raised, sent to the workbench's check: its page, where
     * a kept one's redirect leads.
     */
    private static PageClient.Page checkRaisedWeight(PageClient lead, String formToken, String version) {
        return lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", formToken),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.raisedWeight(version))));
    }

    /** Rolls back to the ruleset that served before the test, as its last step: the next test starts there. */
    private static void rollBack(PageClient lead, String packaged) {
        assertThat(lead.post(
                                "/rules/rulesets/" + packaged + "/roll-back",
                                Map.of("_csrf", lead.get("/rules").formToken(), "reason", "End of the trial"))
                        .status())
                .isEqualTo(303);
    }
}
