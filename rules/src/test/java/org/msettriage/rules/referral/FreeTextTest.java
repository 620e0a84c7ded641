package org.msettriage.rules.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Empty or only whitespace" in the policy: nothing a person could see, not what Java's isBlank sees. */
class FreeTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\t\n\r",
                "\u00A0",
                "\u2007",
                "\u202F",
                "\u0085",
                "\u1680",
                "\u2002\u2003\u2009",
                "\u2028\u2029",
                "\u205F\u3000",
                " \u00A0 \u0085 "
            })
    void onlyWhitespaceCountsAsAbsent(String text) {
        assertThat(FreeText.isPresent(text)).isFalse();
        assertThat(FreeText.orNull(text)).isNull();
    }

    // Characters that show nothing are no more a name than a space is: an approver of one zero-width
    // space would otherwise let a LOWER judgement through (policy section 3).
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200B",
                "\uFEFF",
                "\u200E\u200F",
                "\u2060",
                "\u0000",
                "\u0001\u007F",
                "\u3164",
                "\u115F\u1160\uFFA0",
                "\u2800",
                "\u034F",
                "\uFE0F\uFE00",
                "\u0301",
                "\u20DD",
                " \u200B\u00A0\u0000 ",
                "\uFFFE",
                "\uFFFF\uFFFF",
                "\uFDD0",
                "\uFDEF",
                "\uD87F\uDFFF",
                "\uE000",
                "\uF8FF",
                "\uDBFF\uDFFD",
                "\uFFFC",
                "\uD834\uDD59"
            })
    void charactersThatShowNothingCountAsAbsent(String text) {
        assertThat(FreeText.isPresent(text)).isFalse();
        assertThat(FreeText.orNull(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A. Manager",
                "\u00A0x",
                "\u200Bx",
                "-",
                "\uD83D\uDE00",
                "\u0645",
                "\u06DD",
                "\u0600",
                "e\u0301",
                "\u2764\uFE0F",
                "\uD83E\uDEE0",
                "\uFFF0"
            })
    void anythingElseIsPresentAsWritten(String text) {
        // Among them an emoji of Unicode 14 (U+1FAE0) and a code point unassigned today (U+FFF0): what
        // counts as written may not depend on the JVM's tables of what is assigned (a review).
        assertThat(FreeText.isPresent(text)).isTrue();
        assertThat(FreeText.orNull(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " pad-1",
                "pad-1 ",
                "pad-1\u00A0",
                "\tpad-1",
                "pad-1\u0085",
                "pad\u200B-1",
                "ab\u0000cd",
                "pad-1\u202E",
                "\uFEFFpad-1",
                "pad-1\u200D",
                "\u200Cpad-1",
                "pad-1\u3164",
                "pad-1\u2800",
                "child-x\uFFFF",
                "child\uFDD0-x",
                "child-x\uE000",
                "child-\uD87F\uDFFFx"
            })
    void aReferencePaddedWithBlanksOrHoldingAnInvisibleCharacterHidesParts(String text) {
        assertThat(FreeText.hidesParts(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pad-1",
                "child 7f3a",
                "Zoe\u0301",
                "\u2764\uFE0F",
                "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
                "\u0600\u0661",
                "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F-1"
            })
    void aReferenceAsWrittenHidesNothing(String text) {
        // A space inside, a decomposed accent, an emoji's variation selector, a Persian joiner, a drawn mark,
        // England's flag (a black flag and tag characters).
        assertThat(FreeText.hidesParts(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0"})
    void javaIsBlankAloneWouldHaveCountedTheseAsPresent(String text) {
        // Pins why FreeText does not use String.isBlank.
        assertThat(text.isBlank()).isFalse();
        assertThat(FreeText.isBlank(text)).isTrue();
    }
}
