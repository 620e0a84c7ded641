package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Slips a policy lead's trial made in the DRL, each reported once, on one line, at the place to correct
 * and in words: they were placed at the rule's first line or past the end of their line, worded by Drools,
 * split over two lines, or repeated as the knock-on of another.
 */
class CompileProblemsInWordsTest {

    @Test
    void aMethodAValueDoesNotHaveIsPlacedWhereItIsCalled() {
        assertThat(problems("level.drl", drl -> drl.replaceFirst("then\n", "then\n    String y = \\$level.nme();\n")))
                .containsExactly("level.drl:20:23 The method nme() is undefined for the type" + " RiskLevel");
    }

    @Test
    void aProblemTheCompilerPlacedPastItsLinesEndIsPlacedAtTheNameItCannotResolveOnOneLine() {
        assertThat(problems(
                        "scoring.drl",
                        drl -> drl.replaceFirst(
                                "        \"points\", \\$entry.getPoints\\(\\)\\);\n",
                                "        \"points\", \\$entry.getPoints());\n        x = ;\n")))
                .containsExactly(
                        "scoring.drl:41:9 x cannot be resolved to a variable; a value is" + " expected after \"=\"");
    }

    @Test
    void aSyntaxSlipInAConsequenceIsToldInWordsNotInTheCompilersGrammar() {
        // A policy lead's trial met "Syntax error, insert VariableDeclarators to complete LocalVariableDeclaration".
        assertThat(problems("level.drl", drl -> drl.replaceFirst("then\n", "then\n    String ;\n")))
                .singleElement()
                .asString()
                .endsWith(" a name for the variable is missing here, to complete the variable's" + " declaration");
    }

    @Test
    void aFieldAFactDoesNotHaveIsNamedWithItsFieldsOnceAndNotAgainWhereItsDeclarationIsUsed() {
        assertThat(problems(
                        "level.drl",
                        drl -> drl.replaceFirst("Judgement\\( \\$level : level \\)", "Judgement( \\$level : levle )")))
                .containsExactly("level.drl:18:25 Judgement has no field levle; its fields are approved, direction,"
                        + " level ($level cannot be declared from it)");
    }

    @Test
    void aMisspeltMethodOfFindingsIsNamedAsSuch() {
        List<RulesetProblem> refused = DrlAllowlist.refused(
                edited("level.drl", drl -> drl.replaceFirst("then\n", "then\n    Findings.recrod(kcontext);\n")));

        assertThat(refused)
                .extracting(RulesetProblem::message)
                .containsExactly("refused kcontext: Findings has no method recrod; did you mean Findings.record?"
                        + " (kcontext may only be passed on, as in Findings.record(kcontext, ...))");
    }

    private static List<String> problems(String file, UnaryOperator<String> edit) {
        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> TriageEngine.compile(edited(file, edit)));
        return refused.problems().stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column() + " " + p.message())
                .toList();
    }

    private static List<RulesetFile> edited(String file, UnaryOperator<String> edit) {
        return RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER).stream()
                .map(f -> f.name().equals(file) ? new RulesetFile(f.name(), edit.apply(f.content())) : f)
                .toList();
    }
}
