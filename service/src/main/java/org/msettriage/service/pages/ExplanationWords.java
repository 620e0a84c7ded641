package org.msettriage.service.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.policy.IndicatorDefinition;
import org.msettriage.rules.policy.Policy;

/**
 * Puts in words the indicator codes and tier letters a rule's explanation leaves bare, as in "Sexual
 * exploitation: shown by CSE03" or "(MIS02, tier S, current)". The stored sentence is the ruleset's own
 * and case systems receive it as it is; only what a page shows is worded. A code keeps a place where an
 * auditor traces it, after its title; only codes of the decision's catalogue change, nothing else.
 */
final class ExplanationWords {

    /** An indicator code standing as a word of its own: CSE03, PROT06, PULL01. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,5}\\d{2}\\b");

    /** A tier named by its letters, as the points rule writes it: "tier S", "tier PL". */
    private static final Pattern TIER = Pattern.compile("\\btier ([A-Z]{1,2})\\b");

    private ExplanationWords() {}

    static String word(Policy policy, String text) {
        return tiers(policy, codes(policy, text));
    }

    private static String codes(Policy policy, String text) {
        Matcher code = CODE.matcher(text);
        StringBuilder worded = new StringBuilder();
        while (code.find()) {
            IndicatorDefinition indicator = policy.indicator(code.group());
            String replacement = indicator == null ? code.group() : inWords(text, code, indicator.getTitle());
            code.appendReplacement(worded, Matcher.quoteReplacement(replacement));
        }
        return code.appendTail(worded).toString();
    }

    private static String inWords(String text, Matcher code, String title) {
        String before = text.substring(0, code.start());
        if (before.endsWith(title + " (")) {
            // "Title (CSE03, tier S...)": already in words, the code there traces it.
            return code.group();
        }
        if (bracketsOpen(before)) {
            // Inside brackets a title reads alone, as a bracketed list of codes does on every page.
            return title;
        }
        if (text.startsWith(" (", code.end())) {
            // "PROT06 (a stable placement...)": the code joins the bracket that follows it.
            return title + " [" + code.group() + "]";
        }
        return title + " (" + code.group() + ")";
    }

    private static boolean bracketsOpen(String before) {
        int depth = 0;
        for (char c : before.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private static String tiers(Policy policy, String text) {
        Matcher tier = TIER.matcher(text);
        StringBuilder worded = new StringBuilder();
        while (tier.find()) {
            String name = policy.tierName(tier.group(1));
            String replacement = name.equals(tier.group(1)) ? tier.group() : name + " tier";
            tier.appendReplacement(worded, Matcher.quoteReplacement(replacement));
        }
        return tier.appendTail(worded).toString();
    }
}
