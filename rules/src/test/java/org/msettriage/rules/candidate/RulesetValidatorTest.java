package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.RulesetProblem.Kind;
import org.msettriage.rules.engine.TriageEngine;

class RulesetValidatorTest {

    @Test
    void thePackagedRulesetPassesWithEveryScenario() {
        RulesetValidation validation =
                RulesetValidator.validate(Candidates.packaged(), Candidates.scenarios(), Candidates::engine);

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.passed()).isTrue();
        assertThat(validation.scenariosRun()).isEqualTo(Candidates.scenarios().size());
        assertThat(validation.identity().version()).isEqualTo("2026.12.2");
    }

    @Test
    void aSyntaxErrorInARuleIsReportedAtItsLineAndColumn() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst("Judgement\\( \\$level : level \\)", "Judgement( \\$level : level"));
        // The parser stops at the first token that cannot follow (the "then" after the unclosed pattern);
        // the problem is told at the bracket left open, where the policy lead must write the ")".
        int[] at = Candidates.positionOf(text(files, "level.drl"), "Judgement( $level : level\n");

        assertCompileProblemAt(files, "level.drl", at[0], at[1] + "Judgement".length());
    }

    @Test
    void aSyntaxErrorInAConsequenceIsReportedAtItsLineNotTheRules() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst(
                        "Findings.record\\(kcontext, new DecidedLevel", "Findings.record(kcontext new DecidedLevel"));
        // The consequence parser points at the token before the missing comma.
        int[] at = Candidates.positionOf(text(files, "level.drl"), "kcontext new");

        assertCompileProblemAt(files, "level.drl", at[0], at[1]);
    }

    @Test
    void aCandidateThatWouldWriteAFileIsRefusedAtValidationAndWritesNothing(@TempDir Path dir) {
        Path target = dir.resolve("written-by-a-rule");
        String decided = "Findings.record(kcontext, new DecidedLevel($level), \"level\", $level);";
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replace(
                        decided,
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target + "\"), \"x\");\n    "
                                + decided));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.scenariosRun()).isZero();
        assertThat(validation.problems())
                .extracting(RulesetProblem::kind, RulesetProblem::file, RulesetProblem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        Kind.NOT_ALLOWED,
                        "level.drl",
                        "refused java.nio.file.Files: the class java.nio.file.Files is not one a rule may use; a rule"
                                + " may use only the fact classes, the policy tables, Findings and plain JDK value"
                                + " and collection types"));
        assertThat(target).doesNotExist();
    }

    @Test
    void aMisspeltPlaceholderNamesTheRuleThePlaceholderAndTheLineOfTheExplanation() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replace(
                        "The risk level is {level}, as professional judgement set it",
                        "The risk level is {levle}, as professional judgement set it"));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.METADATA);
            assertThat(problem.file()).isEqualTo("level.drl");
            assertThat(problem.line())
                    .isEqualTo(
                            Candidates.positionOf(text(files, "level.drl"), "@explanation(\"The risk level is {levle}")[
                                    0]);
            assertThat(problem.message())
                    .contains("rule \"An applied professional judgement decides the risk level\"")
                    .contains("{levle}")
                    .contains("it gives level");
        });
    }

    @Test
    void aQuoteThatWouldVanishFromATitleMakesTheCandidateUnusable() {
        List<RulesetFile> files = Candidates.edited(
                "indicators.csv",
                csv -> csv.replaceFirst("(?m)^(CSE02,CSE,S,RISK,)(.*)$", "$1Seen with an \"older\" adult"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.TABLE);
            assertThat(problem.file()).isEqualTo("indicators.csv");
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).startsWith("a quote inside a cell that does not begin with one");
        });
    }

    @Test
    void everyRowWithTheWrongNumberOfCellsIsNamedOnceInOneCheck() {
        // A policy lead's trial: three descriptions with unquoted commas took three checks to find, as
        // reading a table stops at its first such row.
        List<RulesetFile> files = Candidates.edited(
                "indicators.csv",
                csv -> csv.replaceFirst("(?m)^(CSE02,CSE,S,RISK,)(.*)$", "$1Seen, often, with adults")
                        .replaceFirst("(?m)^(CSE03,[^\\n]*)$", "$1,extra")
                        .replaceFirst("(?m)^(CSE04,[^\\n]*)$", "$1,one,two"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .filteredOn(problem -> problem.message().startsWith("expected 5 fields but found"))
                .extracting(problem -> problem.file() + ":" + problem.line() + " " + problem.message())
                .containsExactlyInAnyOrder(
                        // The first, where reading the table stopped, says so.
                        "indicators.csv:3 expected 5 fields but found 7; a cell holding a comma must be in quotes"
                                + " (\"one, two\"); nothing that depends on this file was checked",
                        "indicators.csv:4 expected 5 fields but found 6; a cell holding a comma must be in quotes"
                                + " (\"one, two\")",
                        "indicators.csv:5 expected 5 fields but found 7; a cell holding a comma must be in quotes"
                                + " (\"one, two\")");
    }

    @Test
    void aPathwayTheContractDoesNotHaveMakesTheCandidateUnusable() {
        // A typo in a pathway's code would otherwise pass validation and fail every referral routed there.
        List<RulesetFile> files = Candidates.edited(
                "pathway.drl", drl -> drl.replace("new Pathway(\"PRE_MSET\")", "new Pathway(\"PRE_MEST\")"));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .isNotEmpty()
                .anySatisfy(problem -> assertThat(problem.message())
                        .contains("'PRE_MEST' is not a pathway: a pathway is one of IMMEDIATE_SAFEGUARDING,"
                                + " MSET_PANEL, PRE_MSET, SINGLE_AGENCY"));
    }

    @Test
    void aRuleFailingWhileDecidingIsNamedWithWhatFailed() {
        // Passes "level" only on a branch never taken, so the check of the source is satisfied and the
        // template fails when the rule fires.
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst(
                        "(?s)(FlooredLevel\\( \\$level : level \\)\nthen\n)    Findings.record\\(kcontext, new"
                                + " DecidedLevel\\(\\$level\\), \"level\", \\$level\\);",
                        "$1    if (\\$level == null) { Findings.record(kcontext, new DecidedLevel(\\$level), \"level\","
                                + " \\$level); } else { Findings.record(kcontext, new DecidedLevel(\\$level)); }"));
        assertThat(text(files, "level.drl")).contains("if ($level == null)");

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.RUNTIME);
            assertThat(problem.message())
                    .contains("rule \"Without an applied judgement the level after the floors is the risk"
                            + " level\" failed: Rule LEVEL_BY_RULES left {level} unfilled");
        });
    }

    @Test
    void aRuleFileLeftOutIsSaidOnceForEveryScenarioItFailsNamingTheFindingNoRuleGave() {
        // Found in a policy lead's trial: without scoring.drl, 274 identical "IllegalStateException" problems.
        List<RulesetFile> files = Candidates.edited("ruleset.properties", p -> p.replace("scoring.drl,", "")).stream()
                .filter(file -> !file.name().equals("scoring.drl"))
                .toList();
        List<org.msettriage.rules.scenario.Scenario> scenarios = Candidates.scenarios();

        RulesetValidation validation = RulesetValidator.validate(files, scenarios);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.RUNTIME);
            assertThat(problem.file()).isEqualTo("scenarios/" + scenarios.get(0).file());
            assertThat(problem.message())
                    .startsWith(scenarios.size() + " scenarios failed the same way, the first \""
                            + scenarios.get(0).name() + "\": the candidate failed deciding it: ")
                    .endsWith("no rule gave a Score, which every decision needs: the rules that give it are"
                            + " missing (a rule file left out?) or none of them fired");
        });
    }

    @Test
    void aCandidateThatNeverFinishesDecidingIsRefusedWithinItsBudget() {
        // Found by a red team: a rule that updates its own fact fires again for ever, and held a core (and
        // ever more heap) until the service restarted. No name in it is refused; the budget stops it.
        List<RulesetFile> files = Candidates.edited("level.drl", drl -> drl + """

                rule "Fires itself again for ever"
                    @id("LOOP")
                    @explanation("Never ends")
                    @guidance("Never ends")
                when
                    $judgement : Judgement()
                then
                    update($judgement);
                end
                """);
        // Compiled before the clock starts, and a short budget: the rule never finishes, so any budget stops
        // it, and the time is then the budget's alone.
        TriageEngine compiled = TriageEngine.compile(files);
        Duration budget = Duration.ofMillis(500);
        long started = System.nanoTime();

        RulesetValidation validation =
                RulesetValidator.validate(files, Candidates.scenarios(), given -> compiled, budget);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.RUNTIME);
            assertThat(problem.message()).contains("the candidate did not decide it: it took longer than 500 ms");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as(
                        "one scenario's budget, not one for each of the %s scenarios",
                        Candidates.scenarios().size())
                .isLessThan(budget.multipliedBy(4));
    }

    private static void assertCompileProblemAt(List<RulesetFile> files, String file, int line, int column) {
        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.engine()).isNull();
        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .extracting(RulesetProblem::file, RulesetProblem::line, RulesetProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(file, line, column));
    }

    @Test
    void aMistypedNameInAConsequenceIsReportedWhereItIsUsed() {
        // Found by a policy lead: "$levl cannot be resolved" was placed at the rule's first line, not at the
        // consequence line that used it.
        List<RulesetFile> files = Candidates.edited(
                "level.drl", drl -> drl.replaceFirst("new DecidedLevel\\(\\$level\\)", "new DecidedLevel(\\$levl)"));
        int[] at = Candidates.positionOf(text(files, "level.drl"), "$levl");

        assertCompileProblemAt(files, "level.drl", at[0], at[1]);
    }

    @Test
    void aMistypedNameThatAlsoStandsInTheConditionsIsPlacedInTheConsequence() {
        // Found in review: "code" also stands in the rule's conditions, and "level" in its name.
        for (String name : List.of("code", "level")) {
            List<RulesetFile> files = Candidates.edited(
                    "level.drl",
                    drl -> drl.replaceFirst("new DecidedLevel\\(\\$level\\)", "new DecidedLevel(" + name + ")"));
            int[] at = Candidates.positionOf(text(files, "level.drl"), "new DecidedLevel(" + name + ")");

            assertCompileProblemAt(files, "level.drl", at[0], at[1] + "new DecidedLevel(".length());
        }
    }

    @Test
    void aRuleWithoutItsEndIsReportedInWordsWhereTheNextRuleStarts() {
        // Found by a policy lead: Drools said "mismatched input 'Findings'" in the next rule's consequence,
        // then "Parser returned a null Package".
        List<RulesetFile> files = Candidates.edited("level.drl", drl -> drl.replaceFirst("\nend\n", "\n"));
        int[] first = Candidates.positionOf(text(files, "level.drl"), "rule \"An applied professional judgement");
        int[] next = Candidates.positionOf(text(files, "level.drl"), "rule \"Without an applied judgement");

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("level.drl");
                    assertThat(p.line()).isEqualTo(next[0]);
                    assertThat(p.message())
                            .isEqualTo("rule \"An applied professional judgement decides the risk level\" (line "
                                    + first[0] + ") has no \"end\": write \"end\" on a line of its own after its"
                                    + " consequence, before rule \"Without an applied judgement the level after the"
                                    + " floors is the risk level\" starts here");
                });
    }

    @Test
    void anEndWithACommentIsAnEndAndTheParsersOwnProblemStands() {
        // Found in review: "end // ..." is an end to Drools, so a syntax error elsewhere is not a missing end.
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst("\nend\n", "\nend // the judgement decides\n")
                        .replaceFirst("FlooredLevel\\( \\$level : level \\)", "FlooredLevel( \\$level : level"));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .isNotEmpty()
                .noneMatch(p -> p.message().contains("has no \"end\""))
                .anyMatch(p -> p.message().contains("is not closed before"));
    }

    @Test
    void aBracketLeftOpenIsReportedWhereItOpensNotWhereTheParserStumbles() {
        // A policy lead's trial: a ")" missing on one line gave "[ERR 102] Line 30:4 mismatched input 'not'"
        // on the next.
        List<RulesetFile> files = Candidates.edited(
                "scoring.drl",
                drl -> drl.replaceFirst(
                        "\\$evidence : Evidence\\( \\$code : code, \\$rank : recency.rank \\)",
                        "\\$evidence : Evidence( \\$code : code, \\$rank : recency.rank"));
        int[] open = Candidates.positionOf(text(files, "scoring.drl"), "Evidence( $code");

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file() + ":" + p.line() + ":" + p.column())
                            .isEqualTo("scoring.drl:" + open[0] + ":" + (open[1] + "Evidence".length()));
                    assertThat(p.message())
                            .isEqualTo("rule \"Each indicator counts once, at its most recent recency, for the points"
                                    + " its tier earns then\": the \"(\" at line " + open[0] + ", column "
                                    + (open[1] + "Evidence".length()) + " is not closed before \"then\": add the"
                                    + " \")\" it needs");
                });
    }

    @Test
    void aClosingBracketThatClosesNothingIsReportedWhereItStands() {
        List<RulesetFile> files = Candidates.edited(
                "scoring.drl", drl -> drl.replaceFirst("recency.rank > \\$rank \\)", "recency.rank > \\$rank ) )"));
        int[] extra = Candidates.positionOf(text(files, "scoring.drl"), "$rank ) )");

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(extra[0]);
                    assertThat(p.column()).isEqualTo(extra[1] + "$rank ) ".length());
                    assertThat(p.message())
                            .endsWith(": this \")\" closes no \"(\": take it out, or add the \"(\" it closes");
                });
    }

    @Test
    void aFieldAFactDoesNotHaveIsReportedWithTheFieldsItHas() {
        // Found by a policy lead: Drools said only "unable to resolve method using strict-mode".
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst("OverrideReported\\( code ==", "OverrideReported( overrideCode =="));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        int[] at = Candidates.positionOf(text(files, "level.drl"), "overrideCode ==");
        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .anySatisfy(p -> {
                    assertThat(p.message())
                            .contains("(OverrideReported has no field overrideCode; its fields are ")
                            .contains("code, ")
                            .contains("raised");
                    assertThat(new int[] {p.line(), p.column()})
                            .as("placed at the name, not at column 0")
                            .containsExactly(at);
                });
    }

    @Test
    void aConstraintOnAnUnknownFieldIsReportedInTheDrlNotInGeneratedJava() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst("FlooredLevel\\( \\$level", "FlooredLevel( noSuchField == 3, \\$level"));
        int[] rule = Candidates.positionOf(
                text(files, "level.drl"), "rule \"Without an applied judgement the level after the floors");

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.COMPILE)
                .isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo("level.drl");
                    assertThat(p.line()).isBetween(rule[0], rule[0] + 10);
                    assertThat(p.message()).contains("noSuchField");
                });
    }

    @Test
    void anOverlapAndAGapInTheScoreBandsAreReportedAtTheirCells() {
        List<RulesetFile> overlap =
                Candidates.edited("score-bands.csv", csv -> csv.replace("MODERATE,13,24", "MODERATE,11,24"));
        List<RulesetFile> gap =
                Candidates.edited("score-bands.csv", csv -> csv.replace("SIGNIFICANT,25,", "SIGNIFICANT,27,"));

        assertThat(RulesetValidator.validate(overlap, List.of()).problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Kind.TABLE);
                    assertThat(p.toString())
                            .isEqualTo("score-bands.csv:4:2: overlaps the band above it: scores 11 to 12 are in"
                                    + " both; expected this band to start at 13");
                });
        assertThat(RulesetValidator.validate(gap, List.of()).problems())
                .singleElement()
                .hasToString("score-bands.csv:5:2: leaves a gap: no band covers scores 25 to 26; expected this band"
                        + " to start at 25");
    }

    @Test
    void aRuleWithoutItsMetadataAndTwoRulesSharingAnIdAreReportedAtTheirRules() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replace(
                                "    @guidance(\"MSET policy v1, section 3: riskLevel is the result of steps 1 to 3\")\n    salience 100\nwhen\n    OverrideReported",
                                "    salience 100\nwhen\n    OverrideReported")
                        .replace("@id(\"LEVEL_BY_RULES\")", "@id(\"LEVEL_BY_JUDGEMENT\")"));
        String level = text(files, "level.drl");

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.problems())
                .extracting(p -> p.kind() + " " + p.file() + ":" + p.line())
                .containsExactlyInAnyOrder(
                        "METADATA level.drl:" + Candidates.positionOf(level, "rule \"An applied")[0],
                        "DUPLICATE_ID level.drl:" + Candidates.positionOf(level, "rule \"Without an applied")[0]);
    }

    @Test
    void codesTheTablesDoNotDefineAreReportedWhereTheRuleNamesThem() {
        List<RulesetFile> files = Candidates.edited(
                "actions.drl",
                // A rule written in DRL (as a policy lead still may) beside the table's rows.
                drl -> drl.replace(
                                "import org.msettriage.rules.facts.Pathway;",
                                "import org.msettriage.rules.facts.Pathway;\n"
                                        + "import org.msettriage.rules.facts.Recommendation;")
                        + """

                        rule "A county-lines sign needs a police response"
                            @id("COUNTY_LINES_RESPONSE")
                            @explanation("Recommended: a police response")
                            @guidance("MSET policy v1, section 6")
                            salience 50
                        when
                            IndicatorUsed( code == "CCE91" )
                        then
                            Findings.record(kcontext, new Recommendation("POLICE_IMMEDIATE_RESPOND"));
                        end
                        """);
        String actions = text(files, "actions.drl");
        int[] action = Candidates.positionOf(actions, "POLICE_IMMEDIATE_RESPOND\"");
        int[] indicator = Candidates.positionOf(actions, "CCE91");

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.UNKNOWN_CODE)
                .extracting(RulesetProblem::toString)
                .containsExactlyInAnyOrder(
                        "actions.drl:" + action[0] + ":" + action[1]
                                + ": action code POLICE_IMMEDIATE_RESPOND is not in actions.csv",
                        "actions.drl:" + indicator[0] + ":" + indicator[1]
                                + ": indicator code CCE91 is not in indicators.csv");
    }

    @Test
    void anOverrideRowTakenOutOfItsTableIsRefusedWhereTheRuleReadsIt() {
        // A trial's policy lead removed the critical-indicator floor's row: the rule reading it could no
        // longer apply, and a current critical indicator came back MODERATE instead of SIGNIFICANT.
        List<RulesetFile> files =
                Candidates.edited("override-levels.csv", csv -> csv.replaceAll("(?m)^OVR_CRITICAL,.*\\R", ""));
        int[] read = Candidates.positionOf(text(files, "thresholds.drl"), "OVR_CRITICAL\" )");

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .filteredOn(p -> p.kind() == Kind.UNKNOWN_CODE)
                .extracting(RulesetProblem::toString)
                .containsExactly("thresholds.drl:" + read[0] + ":" + read[1]
                        + ": override OVR_CRITICAL is not in override-levels.csv, so the rule that reads its row"
                        + " can never apply: put the row back, or take the rule out as well");
    }

    @Test
    void aRuleThatCompilesButFailsWhenRunMakesTheCandidateUnusable() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replaceFirst(
                        "Findings.record\\(kcontext, new DecidedLevel\\(\\$level\\)",
                        "if (\\$level != null) { Integer.parseInt(\"boom\"); }\n    Findings.record(kcontext, new DecidedLevel(\\$level)"));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.RUNTIME));
    }

    @Test
    void aFileThatIsNotPartOfARulesetIsNamedNotSkipped() {
        List<RulesetFile> files = new ArrayList<>(Candidates.packaged());
        files.add(new RulesetFile("indicators.xlsx", "not read"));

        assertThat(RulesetValidator.validate(files, List.of()).problems())
                .extracting(p -> p.kind() + " " + p.file())
                .containsExactly("FILES indicators.xlsx", "FILES ruleset.properties");
    }

    @Test
    void aCandidateWithoutItsTiersTableIsUnusableSoAnUnnamedTierCannotSlipThrough() {
        // Found in a policy lead's trial: with tiers.csv gone, a tier X scored and used was usable.
        List<RulesetFile> files = new ArrayList<>();
        for (RulesetFile file : Candidates.edited("points.csv", csv -> csv + "X,4,2,1\n")) {
            String content = file.content();
            if (file.name().equals("indicators.csv")) {
                content = content.replace("CSE03,CSE,S,", "CSE03,CSE,X,");
            } else if (file.isProperties()) {
                content = content.replace("tiers.csv,", "").replace(",tiers.csv", "");
            }
            if (!file.name().equals("tiers.csv")) {
                files.add(new RulesetFile(file.name(), content));
            }
        }

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.FILES);
            assertThat(p.file()).isEqualTo("tiers.csv");
            assertThat(p.message()).startsWith("is missing: every tier points.csv scores must be named");
        });
    }

    @Test
    void aCarriedScenarioThatExpectsNothingOrTooLittleIsRefusedNamingItsFile() {
        // Found in a policy lead's trial: "expected": {} was usable and passed, checking nothing.
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode scenario = (tools.jackson.databind.node.ObjectNode)
                json.readTree(Candidates.testData("scenarios/actions-cawn-consider-age-15-cse02.json"));
        tools.jackson.databind.node.ObjectNode nothing = scenario.deepCopy();
        nothing.putObject("expected");
        tools.jackson.databind.node.ObjectNode tooLittle = scenario.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) tooLittle.get("expected")).remove(List.of("pathway", "actions"));
        List<RulesetFile> files = Candidates.packaged();
        List<RulesetFile> carried = List.of(
                new RulesetFile("complete.json", json.writeValueAsString(scenario)),
                new RulesetFile("nothing.json", json.writeValueAsString(nothing)),
                new RulesetFile("too-little.json", json.writeValueAsString(tooLittle)));

        RulesetValidation validation = RulesetValidator.withOwnScenarios(
                RulesetValidator.validate(files, List.of(), Candidates::engine),
                files,
                carried,
                java.util.Set.of(),
                Candidates::engine);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .extracting(p -> p.kind() + " " + p.file() + ": " + p.message())
                .containsExactly(
                        "OWN_SCENARIO scenarios/nothing.json: expects nothing, so it would hold for any candidate:"
                                + " every scenario pins the outcome for the child (riskLevel, exploitationTypes,"
                                + " pathway, preMset, msetPanel, actions, insufficientInformation, warnings)",
                        "OWN_SCENARIO scenarios/too-little.json: does not pin pathway, actions: every scenario pins"
                                + " the outcome for the child (riskLevel, exploitationTypes, pathway, preMset,"
                                + " msetPanel, actions, insufficientInformation, warnings)");
    }

    @Test
    void aCandidateWhoseRulesDoNotCompileHasItsBrokenScenarioFilesNamedInTheSameCheck() {
        // Carried over several notes: the scenario files were read only once the rules compiled, so a policy
        // lead learnt of a broken one only at the next check.
        List<RulesetFile> files = Candidates.edited("level.drl", drl -> drl.replaceFirst("\nend\n", "\n"));
        List<RulesetFile> carried = List.of(
                new RulesetFile("broken.json", "{ \"name\": \"cut short"),
                new RulesetFile("fine.json", Candidates.testData("scenarios/actions-cawn-consider-age-15-cse02.json")));
        RulesetValidation compiled = RulesetValidator.validate(files, Candidates.scenarios());

        RulesetValidation validation =
                RulesetValidator.withOwnScenarios(compiled, files, carried, java.util.Set.of(), Candidates::engine);

        assertThat(validation.usable()).isFalse();
        assertThat(validation.problems())
                .extracting(p -> p.kind() + " " + p.file())
                .containsExactly("COMPILE level.drl", "OWN_SCENARIO scenarios/broken.json");
        assertThat(validation.scenariosRun())
                .as("none run: the candidate cannot decide")
                .isZero();
        assertThat(RulesetValidator.withOwnScenarios(
                        compiled, files, carried.subList(1, 2), java.util.Set.of(), Candidates::engine))
                .as("nothing to add")
                .isSameAs(compiled);
    }

    @Test
    void anUnusableCandidateDoesNotChangeASetScenarioItCarriesAReplacementFor() {
        RulesetProblem replaced = new RulesetProblem(Kind.SCENARIO, "scenarios/mine.json", 0, 0, "pathway: changed");
        RulesetProblem other = new RulesetProblem(Kind.SCENARIO, "scenarios/theirs.json", 0, 0, "pathway: changed");
        RulesetProblem failed = new RulesetProblem(Kind.RUNTIME, "scenarios/theirs.json", 0, 0, "failed deciding");
        RulesetValidation unusable = new RulesetValidation(null, List.of(replaced, other, failed), null, 2);
        String mine = Candidates.testData("scenarios/actions-cawn-consider-age-15-cse02.json");

        RulesetValidation validation = RulesetValidator.withOwnScenarios(
                unusable,
                List.of(),
                List.of(new RulesetFile("mine.json", mine)),
                java.util.Set.of("mine.json", "theirs.json"),
                Candidates::engine);

        assertThat(validation.problems()).containsExactly(other, failed);
    }

    @Test
    void aCandidatesOwnScenariosAreCountedAmongThoseItIsCheckedByOneInPlaceOfTheSetsOnce() {
        // A trial's page said "35 of 274" for a candidate carrying two scenarios of its own.
        String file = "actions-cawn-consider-age-15-cse02.json";
        String holds = Candidates.testData("scenarios/" + file);
        List<RulesetFile> files = Candidates.packaged();
        RulesetValidation bySet = RulesetValidator.validate(
                files, List.of(org.msettriage.rules.scenario.Scenario.parse(file, holds)), Candidates::engine);

        RulesetValidation validation = RulesetValidator.withOwnScenarios(
                bySet,
                files,
                List.of(new RulesetFile(file, holds), new RulesetFile("new.json", holds)),
                java.util.Set.of(file),
                Candidates::engine);

        assertThat(validation.passed()).isTrue();
        assertThat(validation.scenariosRun())
                .as("the set's one, and a new one of its own")
                .isEqualTo(2);
        assertThat(validation.ownScenarios()).isEqualTo(2);
        assertThat(bySet.ownScenarios()).isZero();
    }

    @Test
    void aCarriedScenarioReplacesTheSetsOfTheSameNameSoItsChangeIsNotOneToAccept() {
        // A trial listed a candidate's corrected scenario as a change to accept against the expectation it replaced.
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        String file = "actions-cawn-consider-age-15-cse02.json";
        String holds = Candidates.testData("scenarios/" + file);
        tools.jackson.databind.node.ObjectNode stale = (tools.jackson.databind.node.ObjectNode) json.readTree(holds);
        String pathway = stale.get("expected").get("pathway").asString();
        String other = pathway.equals("SINGLE_AGENCY") ? "PRE_MSET" : "SINGLE_AGENCY";
        ((tools.jackson.databind.node.ObjectNode) stale.get("expected")).put("pathway", other);
        List<RulesetFile> files = Candidates.packaged();
        RulesetValidation bySet = RulesetValidator.validate(
                files,
                List.of(org.msettriage.rules.scenario.Scenario.parse(file, json.writeValueAsString(stale))),
                Candidates::engine);
        assertThat(bySet.brokenScenarios()).containsExactly("scenarios/" + file);

        RulesetValidation validation = RulesetValidator.withOwnScenarios(
                bySet,
                files,
                List.of(new RulesetFile(file, holds), new RulesetFile("new.json", holds)),
                java.util.Set.of(file),
                Candidates::engine);

        assertThat(validation.passed()).isTrue();
        assertThat(validation.brokenScenarios()).isEmpty();
        assertThat(validation.scenariosRun()).isEqualTo(2);
        assertThat(validation.own())
                .extracting(own -> own.file() + " replaces " + own.replaces())
                .containsExactly(file + " replaces true", "new.json replaces false");
        assertThat(validation.own().get(0).replaced()).singleElement().satisfies(change -> {
            assertThat(change.mismatch().field()).isEqualTo("pathway");
            assertThat(change.mismatch().expected()).containsExactly(other);
            assertThat(change.mismatch().actual()).containsExactly(pathway);
        });
        assertThat(validation.own().get(1).replaced()).isEmpty();
    }

    @Test
    void aCarriedScenarioThatDoesNotHoldGivesItsChangeAsDataWithTheScenariosName() {
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode scenario = (tools.jackson.databind.node.ObjectNode)
                json.readTree(Candidates.testData("scenarios/actions-cawn-consider-age-15-cse02.json"));
        String pathway = scenario.get("expected").get("pathway").asString();
        String other = pathway.equals("SINGLE_AGENCY") ? "PRE_MSET" : "SINGLE_AGENCY";
        ((tools.jackson.databind.node.ObjectNode) scenario.get("expected")).put("pathway", other);
        List<RulesetFile> files = Candidates.packaged();

        RulesetValidation validation = RulesetValidator.withOwnScenarios(
                RulesetValidator.validate(files, List.of(), Candidates::engine),
                files,
                List.of(new RulesetFile("mine.json", json.writeValueAsString(scenario))),
                java.util.Set.of(),
                Candidates::engine);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.OWN_SCENARIO);
            assertThat(p.mismatch().scenario()).isEqualTo(scenario.get("name").asString());
            assertThat(p.mismatch().field()).isEqualTo("pathway");
            assertThat(p.mismatch().expected()).containsExactly(other);
            assertThat(p.mismatch().actual()).containsExactly(pathway);
            assertThat(p.message())
                    .isEqualTo(RulesetValidator.CARRIED_DOES_NOT_HOLD + "\""
                            + p.mismatch().scenario() + "\": pathway:" + " expected " + other + " but was " + pathway);
        });
    }

    @Test
    void aTableGivenAsCsvAndAsSpreadsheetIsOneProblemNotAlsoAnEmptyFilesListMismatch() {
        List<RulesetFile> files = new ArrayList<>(Candidates.packaged());
        files.add(org.msettriage.rules.engine.SpreadsheetTables.read(
                "points.xlsx",
                org.msettriage.rules.engine.SpreadsheetTables.write(files.stream()
                        .filter(f -> f.name().equals("points.csv"))
                        .findFirst()
                        .orElseThrow())));

        assertThat(RulesetValidator.validate(files, List.of()).problems())
                .extracting(p -> p.kind() + " " + p.file() + ": " + p.message())
                .containsExactly("FILES points.csv: given twice: as a .csv and as a .xlsx; keep one of them");
    }

    @Test
    void aRaisedWeightIsUsableButNamesEveryScenarioItBreaksWithItsExpectation() {
        List<RulesetFile> files = Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1"));

        RulesetValidation validation = RulesetValidator.validate(files, Candidates.scenarios(), Candidates::engine);

        assertThat(validation.usable()).isTrue();
        assertThat(validation.passed()).isFalse();
        assertThat(validation.brokenScenarios()).isNotEmpty().allMatch(file -> file.startsWith("scenarios/"));
        assertThat(validation.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SCENARIO);
            assertThat(p.line()).isPositive();
        });
    }

    private static String text(List<RulesetFile> files, String name) {
        return files.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow()
                .content();
    }
}
