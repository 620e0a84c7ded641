package org.msettriage.rules.referral;

/**
 * The policy's reading of free text: empty or only whitespace counts as absent. Read as "nothing a
 * person could see": whitespace is Unicode's (its White_Space property, not Java's {@code isBlank}, which
 * sees neither the no-break spaces U+00A0, U+2007, U+202F nor NEXT LINE U+0085), and characters that show
 * nothing count with it: controls (NUL), format characters (zero-width space U+200B, the byte order mark
 * U+FEFF, direction marks), combining marks on their own (U+0301, variation selectors), the fillers
 * that render blank (Hangul fillers, the blank Braille pattern, the null notehead), and what no font draws
 * as the writer meant: the code points Unicode never assigns (the noncharacters U+FDD0 to U+FDEF and the
 * last two of every plane, U+FFFE and U+FFFF among them), private use (U+E000), and the object replacement
 * character U+FFFC, a stand-in for something left out (a hostile caller's trial: an approver of U+FFFE
 * applied a LOWER judgement). Fixed lists, not the JVM's tables of what is assigned, so that every JVM
 * decides alike: a character merely unassigned in this JVM's Unicode (a newer emoji) counts as written.
 * An approver of one zero-width space is no approver, and a child's reference of one is no reference.
 */
public final class FreeText {

    private static final int NEXT_LINE = 0x85;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int TAG_FIRST = 0xE0020;
    private static final int TAG_LAST = 0xE007F;
    private static final int HANGUL_CHOSEONG_FILLER = 0x115F;
    private static final int HANGUL_JUNGSEONG_FILLER = 0x1160;
    private static final int HANGUL_FILLER = 0x3164;
    private static final int HALFWIDTH_HANGUL_FILLER = 0xFFA0;
    private static final int BRAILLE_PATTERN_BLANK = 0x2800;
    private static final int OBJECT_REPLACEMENT = 0xFFFC;
    private static final int MUSICAL_NULL_NOTEHEAD = 0x1D159;

    private FreeText() {}

    public static String orNull(String text) {
        return isBlank(text) ? null : text;
    }

    public static boolean isPresent(String text) {
        return !isBlank(text);
    }

    /** True for null, empty, or nothing but characters that show nothing (see the class comment). */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(FreeText::showsNothing);
    }

    /**
     * Whether a reference holds what no one reading it would see as part of it: whitespace at either end
     * (a space, a no-break space, a tab), or a control or format character anywhere (NUL, a zero-width
     * space, a byte order mark, a direction override), or a code point no font draws as meant (a
     * noncharacter such as U+FFFF, private use): {@code child-x} and {@code child-x} with U+FFFF after it
     * looked the same and were two children's histories. Two references that differ only so look the same and
     * are not. The joiners (U+200C, U+200D), which some scripts and emoji need inside a word, the tags of a
     * flag, and accents written as combining marks (a name in decomposed form) are part of what is written.
     */
    public static boolean hidesParts(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return blankAtAnEnd(text.codePointAt(0))
                || blankAtAnEnd(text.codePointBefore(text.length()))
                || text.codePoints().anyMatch(FreeText::hidden);
    }

    /**
     * At an end, anything that shows nothing but an accent's combining mark (which belongs to the letter
     * before it, or ends an emoji): the joiners and the blank fillers too, which join nothing there.
     */
    private static boolean blankAtAnEnd(int c) {
        int type = Character.getType(c);
        return showsNothing(c) && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }

    /**
     * Anywhere, a control or format character, but for the joiners some scripts and emoji need inside a
     * word and the tag characters that spell a subdivision's flag (England's, Scotland's, Wales's).
     */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || undrawn(c)
                || (type == Character.FORMAT
                        && !prependedMark(c)
                        && c != ZERO_WIDTH_NON_JOINER
                        && c != ZERO_WIDTH_JOINER
                        && !(c >= TAG_FIRST && c <= TAG_LAST));
    }

    /**
     * The format characters that are drawn: Unicode's prepended concatenation marks (the Arabic number
     * sign U+0600, the end of ayah U+06DD, ...), which a person sees, unlike a zero-width space.
     */
    private static boolean prependedMark(int c) {
        return (c >= 0x0600 && c <= 0x0605)
                || c == 0x06DD
                || c == 0x070F
                || c == 0x0890
                || c == 0x0891
                || c == 0x08E2
                || c == 0x110BD
                || c == 0x110CD;
    }

    private static boolean showsNothing(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == NEXT_LINE
                || type == Character.CONTROL
                || (type == Character.FORMAT && !prependedMark(c))
                // Combining marks (an accent, a variation selector, the grapheme joiner) draw nothing of
                // their own: text of only marks is no name, while a name's accents sit on its letters.
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || c == HANGUL_CHOSEONG_FILLER
                || c == HANGUL_JUNGSEONG_FILLER
                || c == HANGUL_FILLER
                || c == HALFWIDTH_HANGUL_FILLER
                || c == BRAILLE_PATTERN_BLANK
                || c == OBJECT_REPLACEMENT
                || c == MUSICAL_NULL_NOTEHEAD
                || undrawn(c);
    }

    /** A noncharacter (never assigned, in any version of Unicode) or a private-use code point. */
    private static boolean undrawn(int c) {
        boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        return noncharacter || Character.getType(c) == Character.PRIVATE_USE;
    }
}
