package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.Referrals;
import tools.jackson.databind.JsonNode;

/** The offline command line a policy lead runs against folders, without the service. */
class RulesetCommandsTest {

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun();

    @Test
    void aCandidateWithATableOverlapIsReportedAtItsCellAndExitsOne() {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(
                candidate,
                CandidateRulesets.edited(
                        "cli-broken", "score-bands.csv", csv -> csv.replace("MODERATE,13,24", "MODERATE,11,24")));

        int status = run("rulesets", "validate", candidate.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out())
                .contains("TABLE score-bands.csv:4:2: overlaps the band above it")
                .contains("not usable");
    }

    @Test
    void everyBadCellOfATableRowIsReportedAtItsOwnColumn() {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(
                candidate,
                CandidateRulesets.edited(
                        "cli-two-cells",
                        "score-bands.csv",
                        csv -> csv.replace("MODERATE,13,24,MEDIUM", "MODERATE,11,24,MEDUIM")));

        int status = run("rulesets", "validate", candidate.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out())
                .contains("TABLE score-bands.csv:4:2: overlaps the band above it")
                .contains("TABLE score-bands.csv:4:4: column 'legacy_level' has an unknown value: MEDUIM")
                .contains("not usable; 2 problem(s)");
    }

    @Test
    void aTableThatIsNotUtf8MakesTheCandidateUnusableAndExitsOne() throws Exception {
        Path candidate = folder.resolve("latin-1");
        CandidateRulesets.write(candidate, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        Path indicators = candidate.resolve("indicators.csv");
        Files.write(
                indicators,
                (Files.readString(indicators) + "CSE99,CSE,S,RISK,Seen at the caf\u00e9\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        int status = run("rulesets", "validate", candidate.toString());

        assertThat(status).as(err()).isEqualTo(1);
        assertThat(out())
                .contains("not usable; 1 problem(s)")
                .contains("FILES indicators.csv:")
                .contains("is not UTF-8");
        assertThat(err()).isEmpty();
    }

    @Test
    void thePackagedRulesetValidatesWithEveryScenario() {
        Path copy = folder.resolve("packaged");
        CandidateRulesets.write(copy, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

        assertThat(run("rulesets", "validate", copy.toString())).as(err()).isZero();
        assertThat(out()).contains("2026.12.2: valid;").contains("scenarios give their expected outcome");
    }

    @Test
    void aScenarioFolderWithFilesThatAreNotScenariosNamesThemWithoutQuotingThem() throws Exception {
        // Found by a data protection review: a bad value in a scenario crashed the command with a stack trace
        // quoting it; the service names such a file and says no more.
        Path copy = folder.resolve("packaged");
        CandidateRulesets.write(copy, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
        Files.writeString(
                scenarios.resolve("a.json"),
                "{\"name\": \"x\", \"request\": {\"localAuthority\":" + " \"CANARY-LA-SC\"}, \"expected\": {}}");
        Files.writeString(scenarios.resolve("b.json"), "{\"name\": \"cut");
        Files.writeString(scenarios.resolve("c.txt"), "notes");

        int status = run("rulesets", "validate", copy.toString(), "--scenarios", scenarios.toString());

        assertThat(status).as(err()).isEqualTo(1);
        assertThat(out())
                .contains("not checked; 3 problem(s) in the scenarios of " + scenarios)
                .contains("SCENARIO_FILE " + scenarios.resolve("a.json") + ": is not a scenario")
                .contains("SCENARIO_FILE " + scenarios.resolve("b.json") + ": is not a scenario")
                .contains("SCENARIO_FILE " + scenarios.resolve("c.txt") + ": is not a scenario: scenario files are"
                        + " JSON")
                .doesNotContain("CANARY")
                .doesNotContain("Exception");
        assertThat(err()).isEmpty();
    }

    @Test
    void aScenarioFolderIsReadAsStrictlyAsTheScenariosACandidateCarries() throws Exception {
        // Found in a trial: --scenarios read its files leniently, so a misspelt field was ignored, a Latin-1
        // file read with its letters replaced and a scenario pinning nothing passed any candidate.
        Path copy = folder.resolve("packaged");
        CandidateRulesets.write(copy, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        String good = Files.readString(
                org.msettriage.service.TestData.ROOT.resolve("scenarios/actions-cawn-consider-age-15-cse02.json"));
        Path scenarios = Files.createDirectories(folder.resolve("strict"));
        Files.writeString(scenarios.resolve("good.json"), good);
        Files.writeString(scenarios.resolve("misspelt.json"), good.replace("\"localAuthority\"", "\"localAuthorty\""));
        Files.write(
                scenarios.resolve("latin-1.json"),
                good.replace("\"nickname\": \"Dan\"", "\"nickname\": \"Ren\u00e9e\"")
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(
                scenarios.resolve("pins-nothing.json"),
                good.replaceAll("(?s)\"expected\": \\{.*", "\"expected\": {}}"));
        Files.writeString(scenarios.resolve("twice.json"), good.replace("\"name\":", "\"name\": \"x\", \"name\":"));

        int status = run("rulesets", "validate", copy.toString(), "--scenarios", scenarios.toString());

        assertThat(status).as(err()).isEqualTo(1);
        assertThat(out())
                .contains("not checked; 4 problem(s)")
                .contains("SCENARIO_FILE " + scenarios.resolve("latin-1.json") + ":23:25: is not UTF-8 text")
                .contains("SCENARIO_FILE " + scenarios.resolve("misspelt.json")
                        + ":7:1: is not a scenario: a scenario file is JSON with a name, the request and the"
                        + " expected fields; it has a field no scenario has: request.localAuthorty (line 7)")
                .contains("SCENARIO_FILE " + scenarios.resolve("pins-nothing.json") + ":28:1: expects nothing, so it"
                        + " would hold for any candidate")
                .contains("SCENARIO_FILE " + scenarios.resolve("twice.json") + ":2:1: is not a scenario")
                .contains("it gives a key twice in one object (line 2)")
                .doesNotContain("good.json")
                .doesNotContain("GATESHEAD")
                .doesNotContain("Exception");
        assertThat(err()).isEmpty();

        // The same files, carried by a candidate, are the same problems (under scenarios/, as OWN_SCENARIO).
        command.forgetOut();
        Path carrying = folder.resolve("carrying");
        CandidateRulesets.write(carrying, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        Files.createDirectories(carrying.resolve("scenarios"));
        for (String file : java.util.List.of("misspelt.json", "latin-1.json")) {
            Files.copy(scenarios.resolve(file), carrying.resolve("scenarios").resolve(file));
        }
        assertThat(run("rulesets", "validate", carrying.toString())).isEqualTo(1);
        assertThat(out()).contains("OWN_SCENARIO scenarios/latin-1.json:23:25: is not UTF-8 text");

        // Fixed, the folder is checked against; a hidden file a file manager leaves is not the policy lead's.
        command.forgetOut();
        for (String file : java.util.List.of("misspelt.json", "latin-1.json", "pins-nothing.json", "twice.json")) {
            Files.delete(scenarios.resolve(file));
        }
        Files.writeString(scenarios.resolve(".DS_Store"), "a file manager's");
        assertThat(run("rulesets", "validate", copy.toString(), "--scenarios", scenarios.toString()))
                .as(err())
                .isZero();
        assertThat(out()).contains("2026.12.2: valid; 1 scenarios give their expected outcome");
    }

    @Test
    void aScenarioTheCandidateCarriesThatIsNotJsonIsRefusedAsAScenariosFolderRefusesIt() throws Exception {
        Path candidate = folder.resolve("carrying");
        CandidateRulesets.write(candidate, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        Path scenarios = Files.createDirectories(candidate.resolve("scenarios"));
        Files.writeString(scenarios.resolve("mine.yaml"), "name: mine");

        assertThat(run("rulesets", "validate", candidate.toString())).isEqualTo(1);
        assertThat(out())
                .contains("not usable; 1 problem(s)")
                .contains("OWN_SCENARIO scenarios/mine.yaml: is not a scenario: scenario files are JSON (*.json)");
    }

    @Test
    void aBrokenScenarioTheCandidateCarriesIsNamedWithRulesThatDoNotCompile() throws Exception {
        Path candidate = folder.resolve("not-compiling");
        CandidateRulesets.write(candidate, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        Path level = candidate.resolve("level.drl");
        Files.writeString(level, Files.readString(level).replaceFirst("\nend\n", "\n"));
        Path scenarios = Files.createDirectories(candidate.resolve("scenarios"));
        Files.writeString(scenarios.resolve("broken.json"), "{ \"name\": \"cut short");

        assertThat(run("rulesets", "validate", candidate.toString())).isEqualTo(1);
        assertThat(out())
                .contains("not usable; 2 problem(s)")
                .contains("COMPILE level.drl")
                .contains("OWN_SCENARIO scenarios/broken.json");
    }

    @Test
    void aScenarioFolderThatIsNotThereOrHoldsNoScenariosIsSaidPlainly() throws Exception {
        Path copy = folder.resolve("packaged");
        CandidateRulesets.write(copy, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

        assertThat(run(
                        "rulesets",
                        "validate",
                        copy.toString(),
                        "--scenarios",
                        folder.resolve("nowhere").toString()))
                .isEqualTo(2);
        assertThat(err())
                .contains("error: --scenarios " + folder.resolve("nowhere") + ": there is no such folder")
                .doesNotContain("Exception");

        command.forgetErr();
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertThat(run("rulesets", "validate", copy.toString(), "--scenarios", empty.toString()))
                .isEqualTo(2);
        assertThat(err())
                .contains(
                        "error: --scenarios " + empty + " holds no scenario files (*.json): nothing would be checked");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnusableCandidatesVerdictCountsItsProblemsApartFromTheOutcomesItChanges() throws Exception {
        Path candidate = folder.resolve("raised-and-carrying");
        CandidateRulesets.write(candidate, CandidateRulesets.raisedWeight("cli-raised-and-carrying"));
        String file = "actions-cawn-consider-age-15-cse02.json";
        Path scenarios = Files.createDirectories(candidate.resolve("scenarios"));
        Files.writeString(
                scenarios.resolve("ours.json"),
                Files.readString(org.msettriage.service.TestData.ROOT.resolve("scenarios/" + file))
                        .replace("\"MSET_PANEL\"", "\"SINGLE_AGENCY\""));

        assertThat(run("rulesets", "validate", candidate.toString())).isEqualTo(1);
        assertThat(out())
                .containsPattern("cli-raised-and-carrying: not usable; 1 problem\\(s\\); apart from those, it changes"
                        + " the expected outcome of [1-9][0-9]* scenario\\(s\\) \\(the SCENARIO lines\\)")
                .contains("OWN_SCENARIO scenarios/ours.json");
    }

    @Test
    void aScenarioTheCandidateCarriesMustHoldForIt() throws Exception {
        Path candidate = folder.resolve("carrying");
        CandidateRulesets.write(candidate, RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        String file = "actions-cawn-consider-age-15-cse02.json";
        Path scenarios = Files.createDirectories(candidate.resolve("scenarios"));
        Files.writeString(
                scenarios.resolve(file),
                Files.readString(org.msettriage.service.TestData.ROOT.resolve("scenarios/" + file))
                        .replace("\"riskLevel\": \"MODERATE\"", "\"riskLevel\": \"NONE\""));

        assertThat(run("rulesets", "validate", candidate.toString())).isEqualTo(1);
        assertThat(out())
                .contains("not usable")
                .contains("OWN_SCENARIO scenarios/" + file)
                .contains("riskLevel: expected NONE but was MODERATE");
    }

    @Test
    void impactReplaysAFolderOfReferralsAndCountsWhatChanges() throws Exception {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(candidate, CandidateRulesets.raisedWeight("cli-1"));
        Path referrals = Files.createDirectories(folder.resolve("referrals"));
        Files.writeString(referrals.resolve("a.json"), Referrals.UP_TO_EMERGING);
        Files.writeString(referrals.resolve("b.json"), Referrals.UP_TO_MODERATE);
        Files.writeString(referrals.resolve("c.json"), Referrals.SAME_LEVEL);
        Files.writeString(referrals.resolve("d.json"), Referrals.NO_VULNERABILITY);
        Files.writeString(referrals.resolve("e.json"), "{\"referralId\": \"no child\"}");
        Files.writeString(referrals.resolve("f.json"), Referrals.SAME_LEVEL.replace("\"ageYears\"", "\"agYears\""));
        Files.writeString(referrals.resolve("g.txt"), Referrals.SAME_LEVEL);

        int status =
                run("rulesets", "impact", "--candidate", candidate.toString(), "--referrals", referrals.toString());

        assertThat(status).as(err()).isZero();
        assertThat(out())
                .contains("Active 2026.12.2, candidate cli-1: 4 referrals replayed (4 referral files, 0 scenarios)")
                .contains("Referral files: 4 replayed, 2 changed (level up 2, level down 0)");
        assertThat(err())
                .contains("skipped e.json")
                .contains("skipped f.json: not a referral in the contract's JSON; it has a field no referral has:"
                        + " child.agYears (line 3)")
                .contains("skipped g.txt: not a JSON file (*.json), so not read");

        command.forgetOut();
        run("rulesets", "impact", "--candidate", candidate.toString(), "--referrals", referrals.toString(), "--json");
        JsonNode report = ReferralFiles.JSON.readTree(out());
        assertThat(report.path("decisions").path("changes"))
                .extracting(
                        c -> c.path("id").asString() + " " + c.path("toLevel").asString())
                .containsExactly("a.json EMERGING", "b.json MODERATE");
    }

    @Test
    void anExportedZipServesAsTheActiveRulesetOrTheCandidateAsItDownloaded() throws Exception {
        // Found on the command line: export gives a zip, and --active and --candidate took folders only.
        Path active = zipped("cli-active", CandidateRulesets.raisedWeight("cli-active"));
        Path candidate = zipped(
                "cli-zipped",
                CandidateRulesets.edited(
                        "cli-zipped", "indicators.csv", csv -> csv.replaceAll("(?m)^CSE07,.*\\R", "")));
        Path referrals = Files.createDirectories(folder.resolve("referrals"));
        Files.writeString(referrals.resolve("a.json"), Referrals.UP_TO_EMERGING);

        assertThat(run("rulesets", "validate", candidate.toString(), "--active", active.toString()))
                .as(out() + err())
                .isZero();
        assertThat(out())
                .contains("WARNING REMOVED_CODE indicators.csv: removes indicator CSE07 that the active ruleset"
                        + " cli-active has");
        command.forgetOut();
        assertThat(run(
                        "rulesets",
                        "impact",
                        "--candidate",
                        candidate.toString(),
                        "--active",
                        active.toString(),
                        "--referrals",
                        referrals.toString()))
                .as(err())
                .isZero();
        assertThat(out()).contains("Active cli-active, candidate cli-zipped: 1 referrals replayed");
    }

    /** The candidate's files zipped as `rulesets export` writes a ruleset. */
    private Path zipped(String version, List<RulesetFile> files) throws Exception {
        return Files.write(folder.resolve(version + ".zip"), RulesetFiles.toZip(version, files));
    }

    @Test
    void anImpactOnAFolderWithNoReferralFilesOrNoFolderIsAUsageError() throws Exception {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(candidate, CandidateRulesets.raisedWeight("cli-none"));
        Path referrals = Files.createDirectories(folder.resolve("referrals"));
        Files.writeString(referrals.resolve("a.txt"), Referrals.UP_TO_EMERGING);

        int status =
                run("rulesets", "impact", "--candidate", candidate.toString(), "--referrals", referrals.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("error: --referrals " + referrals + " holds no referral files (*.json)");
        assertThat(out()).isEmpty();

        command.forgetErr();
        Path missing = folder.resolve("no-such-folder");
        status = run("rulesets", "impact", "--candidate", candidate.toString(), "--referrals", missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("error: --referrals " + missing + ": there is no such folder");
    }

    @Test
    void anImpactOnAReferralTheCandidateNeverFinishesNamesItAndExitsOne() throws Exception {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(
                candidate,
                CandidateRulesets.edited(
                        "cli-loop", "missing.drl", drl -> drl + CandidateRulesets.LOOPS_FOR_A_SEVEN_YEAR_OLD));
        Path referrals = Files.createDirectories(folder.resolve("referrals"));
        Files.writeString(referrals.resolve("seven.json"), Referrals.sevenYearOld());
        // Users get the service's 5 s; the loop is stopped as surely after a shorter budget, without the wait.
        RuleBudgets shortCandidateBudget = new RuleBudgets(RuleBudgets.DEFAULT.live(), Duration.ofMillis(300));

        int status = new RulesetCommands(command.outStream(), command.errStream(), shortCandidateBudget)
                .run(List.of(
                        "rulesets",
                        "impact",
                        "--candidate",
                        candidate.toString(),
                        "--referrals",
                        referrals.toString()));

        assertThat(status).isEqualTo(1);
        assertThat(err())
                .contains("the candidate did not decide seven.json (it took longer than 300 ms): a rule of it"
                        + " never finishes on that referral")
                .doesNotContain("Exception");
    }

    @Test
    void aUsableCandidateThatChangesScenariosExitsZeroWithItsVerdictFirst() {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(candidate, CandidateRulesets.raisedWeight("cli-usable"));

        assertThat(run("rulesets", "validate", candidate.toString())).as(err()).isZero();
        assertThat(out().lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first)
                        .startsWith("cli-usable: usable; it changes the expected outcome of ")
                        .endsWith("scenario(s), which an activation must accept"));
    }

    @Test
    void aCorrectedScenarioTheCandidateCarriesIsNotAnOutcomeItChanges() throws Exception {
        Path without = folder.resolve("uncorrected");
        CandidateRulesets.write(without, CandidateRulesets.raisedWeight("cli-uncorrected"));
        assertThat(run("rulesets", "validate", without.toString())).as(err()).isZero();
        String uncorrected = out();
        command.forgetOut();
        Path candidate = folder.resolve("corrected");
        List<RulesetFile> files = CandidateRulesets.raisedWeight("cli-corrected");
        CandidateRulesets.write(candidate, files);
        RulesetFile corrected = CandidateRulesets.correctedFirstChange(files, "Corrected: ");
        Files.writeString(
                Files.createDirectories(candidate.resolve("scenarios")).resolve(corrected.name()), corrected.content());

        assertThat(run("rulesets", "validate", candidate.toString())).as(err()).isZero();

        assertThat(uncorrected).contains("SCENARIO scenarios/" + corrected.name() + ":");
        assertThat(out()).doesNotContain("SCENARIO scenarios/" + corrected.name() + ":");
        assertThat(changes(out())).isEqualTo(changes(uncorrected) - 1);
    }

    /** How many scenario outcomes a usable candidate's verdict says it changes. */
    private static int changes(String output) {
        java.util.regex.Matcher verdict = java.util.regex.Pattern.compile(
                        "usable; it changes the expected outcome of (\\d+) ")
                .matcher(output);
        assertThat(verdict.find()).as(output).isTrue();
        return Integer.parseInt(verdict.group(1));
    }

    @Test
    void aCandidateThatDropsAnIndicatorOfTheActiveRulesetIsWarnedOfIt() {
        Path candidate = folder.resolve("candidate");
        CandidateRulesets.write(
                candidate,
                CandidateRulesets.edited(
                        "cli-dropped", "indicators.csv", csv -> csv.replaceAll("(?m)^CSE07,.*\\R", "")));

        assertThat(run("rulesets", "validate", candidate.toString())).as(out()).isZero();
        assertThat(out())
                .contains("warning(s)")
                .contains("WARNING REMOVED_CODE indicators.csv: removes indicator CSE07 that the active ruleset"
                        + " 2026.12.2 has");
    }

    @Test
    void thePackagedRulesetExportsAsAZipThatValidatesAsItIs() throws Exception {
        // Into folders not made yet: the export makes them, where it stopped with "cannot write".
        Path zip = folder.resolve("exports").resolve("december").resolve("packaged.zip");

        assertThat(run("rulesets", "export", "packaged", "--out", zip.toString()))
                .as(err())
                .isZero();

        assertThat(out()).contains("Exported ruleset 2026.12.2 to " + zip);
        try (var in = Files.newInputStream(zip)) {
            assertThat(RulesetFiles.fromZip(in))
                    .isEqualTo(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        }
    }

    @Test
    void thePackagedRulesetExportsWithSpreadsheetsThatValidateAsAFolder() throws Exception {
        Path zip = folder.resolve("packaged-xlsx.zip");
        assertThat(run("rulesets", "export", "packaged", "--out", zip.toString(), "--tables", "xlsx"))
                .as(err())
                .isZero();
        Path candidate = folder.resolve("from-spreadsheets");
        Files.createDirectories(candidate);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Files.write(candidate.resolve(name), in.readAllBytes());
            }
        }
        assertThat(candidate.resolve("points.xlsx")).exists();
        assertThat(candidate.resolve("points.csv")).doesNotExist();
        command.forgetOut();

        assertThat(run("rulesets", "validate", candidate.toString())).as(out()).isZero();
        assertThat(out()).startsWith("2026.12.2: valid;");
    }

    @Test
    void exportingAnythingButThePackagedRulesetNeedsAServiceAndAKey() {
        String zip = folder.resolve("x.zip").toString();
        assertThat(run("rulesets", "export", "active", "--out", zip)).isEqualTo(2);
        assertThat(err()).contains("--service");
        assertThat(RulesetExport.export(
                        "active",
                        java.util.Map.of("out", zip, "service", "http://localhost:1"),
                        " ",
                        command.outStream(),
                        command.errStream()))
                .isEqualTo(2);
        assertThat(err()).contains("MSET_API_KEY");
    }

    @Test
    void aWrongCommandPrintsTheUsageAndExitsTwo() {
        assertThat(run("rulesets", "impact", "--candidate")).isEqualTo(2);
        assertThat(err()).contains("Usage:");
    }

    @Test
    void helpPrintsTheUsageOnceForEachCommandAndExitsZero() {
        assertThat(run("rulesets", "--help")).isEqualTo(0);
        assertThat(out()).startsWith("Usage:");
        assertThat(out().split("rulesets validate", -1)).hasSize(2);
        assertThat(err()).isEmpty();
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String out() {
        return command.out();
    }

    private String err() {
        return command.err();
    }
}
