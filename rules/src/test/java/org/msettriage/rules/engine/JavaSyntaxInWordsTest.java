package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java compiler's syntax errors, as it writes them in a consequence, in a policy lead's words. */
class JavaSyntaxInWordsTest {

    @Test
    void whatIsMissingIsNamedInWordsNotByTheCompilersGrammar() {
        assertThat(JavaSyntaxInWords.of(
                        "Rule Compilation error Syntax error, insert \"VariableDeclarators\" to complete"
                                + " LocalVariableDeclaration"))
                .isEqualTo("Rule Compilation error a name for the variable is missing here, to complete the variable's"
                        + " declaration");
        assertThat(JavaSyntaxInWords.of(
                        "Syntax error, insert VariableDeclarators to complete LocalVariableDeclaration"))
                .isEqualTo("a name for the variable is missing here, to complete the variable's declaration");
        assertThat(JavaSyntaxInWords.of("Syntax error, insert \";\" to complete BlockStatements"))
                .isEqualTo("\";\" is missing here, to complete the statement");
        assertThat(JavaSyntaxInWords.of("Syntax error, insert \"}\" to complete ClassBody"))
                .isEqualTo("\"}\" is missing here, to complete the consequence");
        assertThat(JavaSyntaxInWords.of("Syntax error, insert \")\" to complete SwitchLabelConstant"))
                .as("a name of the grammar not listed, in its words")
                .isEqualTo("\")\" is missing here, to complete switch label constant");
    }

    @Test
    void whatIsExpectedOrDoesNotBelongIsSaidOfTheTokenItConcerns() {
        assertThat(JavaSyntaxInWords.of("Syntax error on token \"=\", Expression expected after this token"))
                .isEqualTo("a value is expected after \"=\"");
        assertThat(JavaSyntaxInWords.of("Syntax error on token \"else\", { expected before this token"))
                .isEqualTo("\"{\" is expected before \"else\"");
        assertThat(JavaSyntaxInWords.of("Syntax error on token \")\", ; expected"))
                .isEqualTo("\";\" is expected here, not \")\"");
        assertThat(JavaSyntaxInWords.of("Syntax error on token \"\"b\"\", delete this token"))
                .isEqualTo("\"b\" does not belong here: delete it");
        assertThat(JavaSyntaxInWords.of("Syntax error on tokens, delete these tokens"))
                .isEqualTo("these words do not belong here: delete them");
    }

    @Test
    void eachErrorOfAMessageIsWordedAndOthersAreLeftAsTheCompilerWroteThem() {
        assertThat(JavaSyntaxInWords.of("Rule Compilation error x cannot be resolved to a variable; Syntax error on"
                        + " token \"=\", Expression expected after this token"))
                .isEqualTo(
                        "Rule Compilation error x cannot be resolved to a variable; a value is expected after \"=\"");
        assertThat(JavaSyntaxInWords.of("Syntax error on token \"x\", invalid AssignmentOperator"))
                .isEqualTo("Syntax error on token \"x\", invalid AssignmentOperator");
    }

    @Test
    void errorsOfDifferentFormsInOneMessageAreEachWordedAlone() {
        // A review: matched across the "; " between them, the first error took the second's words.
        assertThat(JavaSyntaxInWords.of("Rule Compilation error Syntax error on token \"if\", ( expected; Syntax"
                        + " error on token \")\", ; expected after this token"))
                .isEqualTo("Rule Compilation error \"(\" is expected here, not \"if\"; \";\" is expected after \")\"");
        assertThat(JavaSyntaxInWords.of("Syntax error on token \"x\", delete this token; y cannot be resolved;"
                        + " Syntax error on token \"y\", Expression expected after this token"))
                .isEqualTo("\"x\" does not belong here: delete it; y cannot be resolved; a value is expected after"
                        + " \"y\"");
    }

    @Test
    void manyErrorsNoPatternFitsAreLeftQuickly() {
        String many = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> "Syntax error on token \"" + "s".repeat(1000) + i + "\", invalid Expression")
                .collect(java.util.stream.Collectors.joining("; "));
        long began = System.nanoTime();

        assertThat(JavaSyntaxInWords.of(many)).isEqualTo(many);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - began))
                .as("a review measured 20 s for 400 errors when the patterns ran across them")
                .isLessThan(java.time.Duration.ofSeconds(5));
    }
}
