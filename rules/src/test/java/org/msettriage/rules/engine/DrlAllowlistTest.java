package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrlAllowlistTest {

    private static final String HEAD = """
            package org.msettriage.ruleset;

            import java.util.ArrayList;
import java.util.List;
            import org.msettriage.rules.engine.Findings;
            import org.msettriage.rules.facts.AssessedChild;
            import org.msettriage.rules.facts.Warning;
            """;

    /** A whole rule whose consequence is the given statement. */
    private static String ruleDoing(String consequence) {
        return HEAD + """

                rule "r"
                    @id("R")
                when
                    $child : AssessedChild()
                then
                    %s
                end
                """.formatted(consequence);
    }

    private static List<RulesetProblem> refused(String drl) {
        return DrlAllowlist.refused(List.of(new RulesetFile("candidate.drl", drl)));
    }

    private static List<String> refusedMessages(String drl) {
        return refused(drl).stream().map(RulesetProblem::message).toList();
    }

    @Test
    void thePackagedRulesetUsesNothingOutsideTheAllowlist() {
        assertThat(DrlAllowlist.refused(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER)))
                .isEmpty();
    }

    @Test
    void whatTheRulesNeedIsAllowed() {
        assertThat(refused(ruleDoing(
                        "Findings.record(kcontext, new Warning(\"W\", List.of(String.valueOf(Math.max(1, 2)))),"
                                + " \"age\", $child.getAgeYears(), \"all\", java.util.List.of());")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            writing a file, qualified      | java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/x"), "x"); | java.nio.file.Files
            System.exit                    | System.exit(1);                                                       | System
            Runtime.exec                   | Runtime.getRuntime().exec("touch /tmp/x");                            | Runtime
            Runtime.exec, qualified        | java.lang.Runtime.getRuntime().exec("id");                            | java.lang.Runtime
            reflection from a value        | $child.getClass().getMethod("toString").invoke($child);               | getClass
            reflection by class name       | Class.forName("java.lang.Runtime");                                   | Class
            class literal                  | String.class.getClassLoader();                                        | class
            class loading                  | Thread.currentThread().getContextClassLoader().loadClass("x");        | Thread
            a class loader by name         | ClassLoader.getSystemClassLoader();                                   | ClassLoader
            a process                      | new ProcessBuilder("id").start();                                     | ProcessBuilder
            static call into the engine    | org.msettriage.rules.engine.RulesetFiles.fromClasspath("x");          | org.msettriage.rules.engine.RulesetFiles
            static call into the policy    | org.msettriage.rules.policy.PolicyFiles.read(null);                   | org.msettriage.rules.policy.PolicyFiles
            the session through kcontext   | kcontext.getKieRuntime().halt();                                      | kcontext
            the session through drools     | drools.getKieRuntime().halt();                                        | drools
            an endless loop                | while (true) { }                                                      | while
            an anonymous class             | new Object() { public String toString() { return ""; } };             | new
            a thrown exception             | throw new IllegalStateException();                                    | throw
            a method handle                | java.lang.invoke.MethodHandles.lookup();                              | java.lang.invoke.MethodHandles
            a method reference escape      | List.of($child).forEach(Object::getClass);                            | getClass
            getClass without a receiver    | Findings.record(kcontext, getClass());                                | getClass
            a primitive's class            | Integer.TYPE.getMethods();                                            | TYPE
            a system property via Integer  | Integer.getInteger("x");                                              | getInteger
            a system property via Boolean  | Boolean.getBoolean("x");                                              | getBoolean
            a stream without end           | java.util.stream.Stream.iterate(0, n -> n + 1).count();               | iterate
            the generated consequence      | execute();                                                            | execute
            the generated code's DSL       | Findings.record(kcontext, declarationOf(String.class));               | declarationOf
            a loop made of lambdas         | List.of(1).forEach(a -> List.of(2).forEach(b -> { }));                | ->
            a method reference             | List.of($child).forEach(Findings::equals);                            | ::
            a text of a gigabyte           | "x".repeat(1 << 30);                                                  | repeat
            two billion copies             | java.util.Collections.nCopies(Integer.MAX_VALUE, 0).toString();       | nCopies
            minutes of arithmetic          | java.math.BigInteger.TEN.pow(100000000);                              | pow
            the shared worker pool         | List.of(1).parallelStream().count();                                  | parallelStream
            an array the size of the heap  | long[] a = new long[Integer.MAX_VALUE - 8];                           | new
            kcontext handed on first       | java.util.Optional.of(kcontext).get().getMatch();                     | kcontext
            drools held in a variable      | Object d = drools;                                                    | drools
            a variable named end           | int end = 0; Findings.record(kcontext, new Warning(name(), List.of())); | end
            end as a type, no as a name    | end no = null; StringBuilder b = new StringBuilder(foo());               | end
            kcontext kept in a switch      | Findings.record(kcontext, switch (1) { default: var k = kcontext; yield null; }); | kcontext
            drools kept in a switch        | Findings.record(kcontext, switch (1) { default: var d = drools; yield null; }); | drools
            the engine's channels          | Findings.record(kcontext, null, "c", $child.getChannel("mset-engine"));      | getChannel
            chance                         | Findings.record(kcontext, null, "c", Math.random());                  | random
            today's date                   | Findings.record(kcontext, null, "c", java.time.LocalDate.now());      | now
            the clock's instant            | Findings.record(kcontext, null, "c", java.time.Instant.now());        | now
            an object's identity           | Findings.record(kcontext, null, "c", $child.hashCode());              | hashCode
            a shuffled list                | java.util.Collections.shuffle(new java.util.ArrayList<>());           | shuffle
            """)
    void aConsequenceReachingOutsideTheRulesIsRefusedByName(String what, String consequence, String name) {
        assertThat(refusedMessages(ruleDoing(consequence)))
                .as(what)
                .anyMatch(m -> m.startsWith("refused " + name + ":"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an import                      | import java.io.File;                                         | java.io.File
            a wildcard import              | import java.io.*;                                            | java.io.*
            a static import                | import static java.lang.System.exit;                         | java.lang.System.exit
            a function import              | import function java.lang.System.exit;                       | java.lang.System.exit
            an accumulate import           | import accumulate java.lang.Object evil;                     | java.lang.Object
            a global                       | global java.io.File out;                                     | java.io.File
            a function body                | function void f() { Runtime.getRuntime(); }                  | Runtime
            a function at all              | function int down(int n) { return down(n - 1); }             | function
            an annotation that is a call   | declare Leak @id(Math.max(1, 2)) end                         | @id
            a java.lang class redeclared   | declare ProcessBuilder end                                   | ProcessBuilder
            a fact class redeclared        | declare Warning end                                          | Warning
            a type named end               | declare end no : int end                                     | end
            a declared field's type        | declare Leak handle : java.io.File end                       | java.io.File
            a declared supertype           | declare Leak extends Thread end                              | Thread
            the mvel dialect               | dialect "mvel"                                               | dialect
            a package with other classes   | package org.msettriage.rules.engine;                         | org.msettriage.rules.engine
            """)
    void aDeclarationReachingOutsideTheRulesIsRefused(String what, String declaration, String name) {
        assertThat(refusedMessages(HEAD + declaration + "\n")).as(what).anyMatch(m -> m.startsWith("refused " + name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a condition's constraint       | AssessedChild( ageYears > Runtime.getRuntime().availableProcessors() )
            a class loader as a property   | AssessedChild( $loader : getClass().classLoader )
            a protection domain path       | AssessedChild( $where : this.protectionDomain.codeSource.location )
            an eval                        | eval( System.currentTimeMillis() > 0 )
            a from expression              | $f : Object() from java.nio.file.Files.list(java.nio.file.Path.of("/"))
            an accumulate's expression     | accumulate( AssessedChild( $a : ageYears ); $s : sum(System.nanoTime()) )
            """)
    void aConditionReachingOutsideTheRulesIsRefused(String what, String condition) {
        String drl = HEAD + "rule \"r\"\nwhen\n    " + condition + "\nthen\nend\n";

        assertThat(refused(drl)).as(what).isNotEmpty();
    }

    @Test
    void aConditionReadingTheClockOrChanceIsRefusedByTheMembersName() {
        // A policy lead's trial: both passed validation, one in five runs or until 1 January 2027.
        assertThat(refusedMessages(HEAD + "rule \"r\"\nwhen\n    eval( Math.random() < 0.5 )\nthen\nend\n"))
                .containsExactly("refused random: the member random reads the clock, chance or an object's identity,"
                        + " so the same referral could be decided differently from one run to the next; a rule's"
                        + " moment is the referral's assessedAt");
        assertThat(refusedMessages(
                        HEAD + "rule \"r\"\nwhen\n    eval( java.time.LocalDate.now().getYear() < 2027 )\nthen\nend\n"))
                .containsExactly("refused now: the member now reads the clock, chance or an object's identity,"
                        + " so the same referral could be decided differently from one run to the next; a rule's"
                        + " moment is the referral's assessedAt");
    }

    @Test
    void aTextMissingItsClosingQuoteIsReportedOnceWhereItOpens() {
        // A policy lead's trial: one missing quote gave 20 problems about the words of the texts after it.
        String level = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER).stream()
                .filter(file -> file.name().equals("level.drl"))
                .findFirst()
                .orElseThrow()
                .content();
        String unclosed = level.replace("as professional judgement set it\")", "as professional judgement set it)");
        assertThat(unclosed).isNotEqualTo(level);

        List<RulesetProblem> problems = DrlAllowlist.refused(List.of(new RulesetFile("level.drl", unclosed)));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message())
                .isEqualTo(
                        "refused text: the text opened here does not end on its line: close it with its quote (\") on the line it opens");
        assertThat(problems.get(0).line()).isEqualTo(13);
        assertThat(refusedMessages(ruleDoing("Findings.record(kcontext, null, \"c\", \"open);")))
                .containsExactly(
                        "refused text: the text opened here does not end on its line: close it with its quote (\") on the line it opens");
    }

    @Test
    void anAnnotationMissingItsClosingParenthesisIsReportedOnceAtTheAnnotation() {
        String drl = HEAD + """
                rule "r"
                    @id("R1")
                    @explanation("The risk level is {level}"
                    @guidance("Policy v1")
                when
                then
                end
                """;

        assertThat(refusedMessages(drl))
                .containsExactly("refused @explanation: is not closed: the ')' after its value is missing at the end"
                        + " of line " + (HEAD.split("\n", -1).length + 2));
    }

    @Test
    void attributesAndAnnotationsAreCheckedToo() {
        String drl = HEAD + """
                rule "r"
                    @id(Runtime.getRuntime().exec("id"))
                    salience ( System.identityHashCode(null) )
                    enabled ( java.lang.Boolean.getBoolean("x") && Thread.interrupted() )
                when
                then
                end
                """;

        assertThat(refusedMessages(drl))
                .anyMatch(m -> m.startsWith("refused @id:"))
                .anyMatch(m -> m.startsWith("refused System:"))
                .anyMatch(m -> m.startsWith("refused Thread:"));
    }

    @Test
    void aRefusalIsPlacedAtItsFileLineAndColumn() {
        String drl = ruleDoing("Thread.yield();");
        int offset = drl.indexOf("Thread.yield");

        assertThat(refused(drl)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.NOT_ALLOWED);
            assertThat(problem.file()).isEqualTo("candidate.drl");
            assertThat(problem.line()).isEqualTo(TextPosition.lineOf(drl, offset));
            assertThat(problem.column()).isEqualTo(5);
        });
    }

    @Test
    void aRuleNameCannotCloseTheCommentDroolsCopiesItInto() {
        // The executable model writes "/** Rule name: <name> */" into the Java it generates.
        String drl = HEAD + "rule \"r */ static { System.exit(1); } /* \"\nwhen\nthen\nend\n";

        assertThat(refusedMessages(drl)).anyMatch(m -> m.startsWith("refused text:"));
    }

    @Test
    void aSingleQuotedTextCannotCloseTheJavaStringDroolsCopiesItInto() {
        // Drools writes 'x' as "x" without escaping, so a " inside would end the string and start code.
        String drl = HEAD + "rule 'a\" + new java.io.File(\"x\").mkdir() + \"'\nwhen\nthen\nend\n";

        assertThat(refusedMessages(drl)).anyMatch(m -> m.startsWith("refused text:"));
    }

    @Test
    void aTextBlockCannotPutTheReaderOutOfStepWithJava() {
        String drl = ruleDoing("String a = \"\"\"\n    \"\n    \"\"\";\n    System.exit(1);");

        assertThat(refusedMessages(drl)).singleElement().asString().startsWith("refused \"\"\":");
    }

    @Test
    void aUnicodeEscapeCannotSpellARefusedNameInAComment() {
        // Java reads a backslash-u escape of a line break before it compiles, ending the comment: the call runs.
        String drl = ruleDoing("// harmless \\u000a Runtime.getRuntime().exec(\"id\");");

        assertThat(refusedMessages(drl)).singleElement().asString().startsWith("refused \\:");
    }

    @Test
    void aLoneCarriageReturnEndsACommentAsItDoesInJava() {
        String drl = ruleDoing("// harmless\r Runtime.getRuntime().exec(\"id\");");

        assertThat(refusedMessages(drl)).anyMatch(m -> m.startsWith("refused Runtime:"));
    }

    @Test
    void aNameWithACharacterJavaIgnoresIsRefused() {
        String drl = ruleDoing("Findings.record(kcontext, $child.get\u00adClass());");

        assertThat(refusedMessages(drl)).anyMatch(m -> m.startsWith("refused get\u00adClass:"));
    }

    @Test
    void aControlCharacterJavaIgnoresInNamesIsRefused() {
        String drl = ruleDoing("Findings.record(kcontext, $child.get\u0001Class());");

        assertThat(refusedMessages(drl)).singleElement().asString().startsWith("refused U+0001:");
    }

    @Test
    void bracketsNestedDeeperThanTheParsersCanFollowAreRefusedBeforeTheyOverflowTheStack() {
        int deep = DrlAllowlist.MAX_NESTING + 1;
        String drl = ruleDoing("int x = " + "(".repeat(deep) + "1" + ")".repeat(deep) + ";");

        assertThat(refusedMessages(drl))
                .singleElement()
                .asString()
                .startsWith("refused (:")
                .contains("nest more than " + DrlAllowlist.MAX_NESTING);
        assertThat(refused(ruleDoing("int x = " + "(".repeat(8) + "1" + ")".repeat(8) + ";")))
                .isEmpty();
    }

    @Test
    void aRuleEndingOnItsConditionsLineOrBeforeTheNextRuleIsStillARule() {
        String drl = HEAD + "rule \"a\" when AssessedChild() then end\nrule \"b\" when then\nend;\n"
                + "rule \"c\" when then\nend";

        assertThat(refused(drl)).isEmpty();
    }

    @Test
    void aCallInABareBracketOfAConditionIsRefusedByName() {
        // Its bracket follows no name: the check once read the first letter of that empty name and failed.
        String drl = HEAD + "rule \"r\" when AssessedChild( ageYears > (foo()) ) then\nend\n";

        assertThat(refusedMessages(drl)).singleElement().asString().startsWith("refused foo:");
    }

    @Test
    void namesInCommentsAndTextAreNotCode() {
        String drl = ruleDoing("// System.exit(1) would be refused here\n"
                + "    Findings.record(kcontext, new Warning(\"Runtime.getRuntime()\", List.of()));");

        assertThat(refused(drl)).isEmpty();
    }

    @Test
    void aClassNamedThroughAWildcardOfTheFactsIsAllowedAndAnUnknownOneIsNot() {
        String drl = "package org.msettriage.ruleset;\nimport org.msettriage.rules.facts.*;\n"
                + "rule \"r\" when Evidence() Nonexistent() then end\n";

        assertThat(refusedMessages(drl)).singleElement().asString().startsWith("refused Nonexistent:");
    }

    @Test
    void compilingARefusedRulesetFailsBeforeTheCompiler() {
        List<RulesetFile> files = new ArrayList<>(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
        files.add(new RulesetFile("leak.drl", ruleDoing("System.exit(1);")));

        assertThatThrownBy(() -> TriageEngine.compile(files))
                .isInstanceOfSatisfying(
                        RulesetException.class,
                        e -> assertThat(e.problems())
                                .extracting(RulesetProblem::kind)
                                .containsOnly(RulesetProblem.Kind.NOT_ALLOWED));
    }
}
