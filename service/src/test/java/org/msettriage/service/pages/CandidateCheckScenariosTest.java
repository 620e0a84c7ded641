package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The check page's figures for the scenarios: the outcomes a candidate changes are counted apart from its
 * problems, and the scenarios it carries are counted among those it was checked by (and run again when
 * it is proposed), and replayed in its impact. Nothing here switches what serves.
 */
class CandidateCheckScenariosTest extends ServiceTest {

    /** A scenario that holds for the raised weight, as the packaged set has it. */
    private static final String HOLDS = "actions-cawn-consider-age-15-cse02.json";

    private static final Pattern UNUSABLE = Pattern.compile(
            "It cannot be used: (\\d+) problems? to correct, listed by file below\\. Nothing was kept\\."
                    + " Apart from those, it changes the expected outcome of (\\d+) of (\\d+) scenarios");

    private static final Pattern USABLE =
            Pattern.compile("Usable, and kept: it changes the expected outcome of (\\d+) of (\\d+) scenarios");

    @Autowired
    ScenarioLibrary library;

    private PageClient lead() {
        PageClient lead = new PageClient("http://localhost:" + port);
        assertThat(lead.signIn(DemoClients.POLICY_LEAD.key()).status()).isEqualTo(303);
        return lead;
    }

    private static PageClient.Page check(PageClient lead, String version, List<RulesetFile> carried) {
        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(CandidateRulesets.raisedWeight(version), carried)));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        return checked;
    }

    private static String renamed(String prefix) {
        return TestData.read("scenarios/" + HOLDS).replace("\"name\": \"", "\"name\": \"" + prefix);
    }

    @Test
    void anUnusableCandidateCountsItsProblemsApartFromTheScenarioOutcomesItWouldChange() {
        // A trial counted the 35 outcomes a weight changes among the problems of a candidate one own scenario broke.
        String wrongRoute = TestData.read("scenarios/" + HOLDS).replace("\"MSET_PANEL\"", "\"SINGLE_AGENCY\"");
        assertThat(wrongRoute).isNotEqualTo(TestData.read("scenarios/" + HOLDS));

        String page = check(lead(), "check-unusable-own", List.of(new RulesetFile("ours.json", wrongRoute)))
                .body();

        var verdict = UNUSABLE.matcher(page);
        assertThat(verdict.find()).as(page).isTrue();
        assertThat(verdict.group(1)).isEqualTo("1");
        assertThat(Integer.parseInt(verdict.group(2))).isPositive();
        assertThat(Integer.parseInt(verdict.group(3)))
                .isEqualTo(ScenarioLibrary.packaged().size() + 1);
        String problems = section(page, "problems-title");
        assertThat(problems)
                .contains("Problems, by file", "scenarios/ours.json", "a scenario the candidate carries does not hold");
        assertThat(problems.split("<tr>", -1))
                .as("a heading row and one problem")
                .hasSize(3);
        assertThat(section(page, "changes-title"))
                .contains("Scenario outcomes it would change", "These are not problems")
                .doesNotContain("scenarios/ours.json");
    }

    @Test
    void anUnusableCandidateWhoseScenariosCouldNotRunSaysSo() {
        // A trial read "1 problem(s)" for a misspelt lead agency and took it that the weight changed nothing.
        List<RulesetFile> misspelt = CandidateRulesets.edited(
                "check-not-run", "actions.csv", csv -> csv.replaceFirst(",POLICE,", ",POLISE,"));
        PageClient lead = lead();
        PageClient.Page checked = lead.followed(lead.postFile(
                "/rules/candidates",
                Map.of("_csrf", lead.get("/rules").formToken()),
                "candidate",
                "candidate.zip",
                CandidateRulesets.zip(misspelt)));

        assertThat(checked.body())
                .contains("It cannot be used: 1 problem to correct, listed by file below. Nothing was kept. Its"
                        + " scenarios were not run: they run once the rules and tables can be read, so what it"
                        + " would change is not known yet.");
    }

    @Test
    void everyBadScenarioFileOfAnUploadIsNamedAndCountedInOneCheck() {
        // A trial saw mine.yaml alone, and the misspelt scenario beside it only on the next upload.
        String misspelt = TestData.read("scenarios/" + HOLDS).replace("\"nickname\": \"Dan\"", "\"nicknam\": \"Dan\"");
        List<RulesetFile> carried =
                List.of(new RulesetFile("mine.yaml", "name: mine"), new RulesetFile("misspelt.json", misspelt));

        String page = check(lead(), "check-bad-files", carried).body();

        assertThat(page)
                .contains("It cannot be used: 2 problems to correct, listed by file below. Nothing was kept. Its"
                        + " scenarios were not run");
        assertThat(section(page, "problems-title"))
                .contains("scenarios/mine.yaml", "scenario files are JSON")
                .contains("scenarios/misspelt.json", "request.perpetrators[0].nicknam");
    }

    @Test
    void aCandidatesOwnScenariosAreCountedWhenCheckedAndWhenProposedAndReplayedInItsImpact() {
        int packaged = ScenarioLibrary.packaged().size();
        List<RulesetFile> carried =
                List.of(new RulesetFile("ours-new.json", renamed("New: ")), new RulesetFile(HOLDS, renamed("Ours: ")));
        PageClient lead = lead();
        String counted = "scenarios; 2 of the " + (packaged + 1) + " are its own, and those hold for it.";

        PageClient.Page checked = check(lead, "check-own", carried);

        assertThat(checked.body())
                .as("one of its own in place of one of the serving set's counted once")
                .containsPattern("Usable, and kept: it changes the expected outcome of \\d+ of " + (packaged + 1) + " ")
                .contains(counted);
        PageClient.Page unticked = lead.post(
                "/rules/proposals",
                Map.of("_csrf", checked.formToken(), "version", "check-own", "reason", "Raise the weight"));
        assertThat(unticked.status()).isEqualTo(422);
        assertThat(unticked.body()).as("checked again with its own scenarios").contains(counted);

        List<Scenario> replayed = library.scenariosCarriedBy("check-own");
        assertThat(replayed).hasSize(packaged + 1);
        assertThat(replayed)
                .extracting(Scenario::name)
                .anySatisfy(name -> assertThat(name).startsWith("New: "))
                .anySatisfy(name -> assertThat(name).startsWith("Ours: "));
        assertThat(library.scenarios()).as("the serving set as it is").hasSize(packaged);
    }

    @Test
    void aScenarioItCarriesInPlaceOfAServingOneIsCheckedOnlyInItsVersionAndNamedAsReplacingIt() {
        // A trial's page listed a corrected scenario as a change to accept against the expectation it replaced.
        int packaged = ScenarioLibrary.packaged().size();
        List<RulesetFile> candidate = CandidateRulesets.raisedWeight("check-corrected");
        RulesetFile corrected = CandidateRulesets.correctedFirstChange(candidate, "Corrected: ");
        String changed = "scenarios/" + corrected.name();
        PageClient lead = lead();
        PageClient.Page without = check(lead, "check-uncorrected", List.of());
        var before = USABLE.matcher(without.body());
        assertThat(before.find()).as(without.body()).isTrue();
        assertThat(without.body()).contains("value=\"" + changed + "\"");

        PageClient.Page checked =
                check(lead, "check-corrected", List.of(corrected, new RulesetFile("ours-new.json", renamed("New: "))));

        String page = checked.body();
        var verdict = USABLE.matcher(page);
        assertThat(verdict.find()).as(page).isTrue();
        assertThat(Integer.parseInt(verdict.group(1)))
                .as("its corrected scenario is no longer a change to accept")
                .isEqualTo(Integer.parseInt(before.group(1)) - 1);
        assertThat(verdict.group(2)).isEqualTo(String.valueOf(packaged + 1));
        assertThat(section(page, "changes-title")).doesNotContain(changed);
        assertThat(page).doesNotContain("value=\"" + changed + "\"");
        String own = page.substring(page.indexOf("id=\"own-title\""), page.indexOf("id=\"changes-title\""));
        String correctedName = nameOf(corrected.content());
        assertThat(own)
                .contains("Scenarios of its own", correctedName, "New: " + nameOf(TestData.read("scenarios/" + HOLDS)))
                .contains("Replaces the serving scenario of the same file name with a new expectation; what the"
                        + " candidate changes of the serving one&#39;s expected outcome:")
                .contains("New: the serving set has no scenario of its file name.")
                .contains("but the candidate gives")
                .doesNotContain(".json");
    }

    /** A scenario's name as the page gives it: an apostrophe in it is escaped. */
    private static String nameOf(String json) {
        return HtmlUtils.htmlEscape(HttpJson.JSON.readTree(json).path("name").asString());
    }

    private static String section(String page, String heading) {
        String from = page.substring(page.indexOf("aria-labelledby=\"" + heading + "\""));
        return from.substring(0, from.indexOf("</section>\n  </section>"));
    }
}
