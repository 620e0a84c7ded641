package org.msettriage.service.pages;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.CategoryDefinition;
import org.msettriage.rules.policy.IndicatorDefinition;
import org.msettriage.rules.policy.OverrideLevel;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.RiskLevel;
import org.msettriage.service.words.CodeWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Words for every code a decision or its referral holds, in one place: indicator and category titles
 * from the ruleset's own tables, everything else from here. Pages call it as {@code @labels}; a code it
 * does not know (a ruleset may bring a new lead agency) reads as its words in sentence case.
 */
@Component("labels")
public class Labels {

    /** A bracketed list of codes in a sentence of the rules: "(CSE02, CSE03)", "(OVR_CRITICAL)". */
    private static final Pattern CODE_LIST =
            Pattern.compile("\\(([A-Z][A-Z0-9_]*[A-Z0-9](?:, [A-Z][A-Z0-9_]*[A-Z0-9])*)\\)");

    private final Function<String, Policy> policies;
    private final ToIntFunction<String> sections;
    private final Function<String, String> ruleNames;

    @Autowired
    Labels(RulesetPolicies policies) {
        this(policies::of, policies::section, policies::ruleName);
    }

    /** Words from the given tables, rules placed in policy sections by the given lookup. */
    Labels(Function<String, Policy> policies, ToIntFunction<String> sections) {
        this(policies, sections, ruleId -> null);
    }

    Labels(Function<String, Policy> policies, ToIntFunction<String> sections, Function<String, String> ruleNames) {
        this.policies = policies;
        this.sections = sections;
        this.ruleNames = ruleNames;
    }

    /** A field of a decision's summary, as the record API names it, in words. */
    public String summaryField(String field) {
        return switch (field) {
            case "riskLevel" -> "risk level";
            case "pathway" -> "route";
            case "preMsetEligible" -> "Pre-MSET eligibility";
            case "msetPanelEligible" -> "MSET panel eligibility";
            case "ruleset.version" -> "ruleset version";
            case "ruleset.sha256" -> "ruleset SHA-256";
            default -> words(field);
        };
    }

    /** A rule by its name, the sentence a panel chair reads aloud; its id in words when no ruleset serves it. */
    public String ruleName(String ruleId) {
        String name = ruleNames.apply(ruleId);
        return name == null ? "Rule " + ruleId + " (no longer in the rules)" : name;
    }

    /** An indicator's title from the catalogue of the ruleset that made the decision. */
    public String indicator(String rulesetVersion, String code) {
        IndicatorDefinition indicator = policies.apply(rulesetVersion).indicator(code);
        return indicator == null ? "Indicator " + code + " (not in the catalogue)" : indicator.getTitle();
    }

    /**
     * A sentence of the rules with the codes it lists in brackets put in words: "(CSE02, CSE03)" as the
     * indicators' titles, an override's code as what it means. A list holding a code without words stays.
     */
    public String sentence(String rulesetVersion, String text) {
        if (text == null) {
            return "";
        }
        Policy policy = policies.apply(rulesetVersion);
        Matcher list = CODE_LIST.matcher(text);
        StringBuilder worded = new StringBuilder();
        while (list.find()) {
            List<String> words = Stream.of(list.group(1).split(", "))
                    .map(code -> codeInWords(policy, code))
                    .toList();
            String replacement = words.contains(null) ? list.group() : "(" + String.join("; ", words) + ")";
            list.appendReplacement(worded, Matcher.quoteReplacement(replacement));
        }
        return list.appendTail(worded).toString();
    }

    /**
     * A sentence of a decision's explanation wholly in words: a bracketed list of codes as {@link
     * #sentence} words it, then any indicator code standing alone as its title with the code after it,
     * and a tier letter as the tier's name.
     */
    public String explanation(String rulesetVersion, String text) {
        return text == null
                ? ""
                : ExplanationWords.word(policies.apply(rulesetVersion), sentence(rulesetVersion, text));
    }

    private static String codeInWords(Policy policy, String code) {
        IndicatorDefinition indicator = policy.indicator(code);
        if (indicator != null) {
            return indicator.getTitle();
        }
        OverrideLevel override = policy.overrideLevel(code);
        if (override != null) {
            return override.getSummary();
        }
        // A reason for the panel or a link across referrals, as every page words it, inside the sentence.
        if (CodeWords.knows(CodeWords::because, code)) {
            String words = CodeWords.because(code);
            return Character.toLowerCase(words.charAt(0)) + words.substring(1);
        }
        return null;
    }

    /**
     * A recommended action by its title in the catalogue of that ruleset (or of the one serving, which
     * keeps an action a candidate dropped: codes are never reused, so its title there means the same).
     */
    public String action(String rulesetVersion, String code) {
        ActionDefinition action = policies.apply(rulesetVersion).action(code);
        if (action == null) {
            action = policies.apply(null).action(code);
        }
        return action == null ? words(code) : action.title();
    }

    /**
     * When a recommended action is due under that ruleset's catalogue, in words to stand inside a sentence
     * ("within 72 hours"); "in a timescale this service no longer knows" when the catalogue lacks it.
     */
    public String actionTimescale(String rulesetVersion, String code) {
        ActionDefinition action = policies.apply(rulesetVersion).action(code);
        if (action == null) {
            return "in a timescale this service no longer knows";
        }
        String words = CodeWords.timescale(action.timescale());
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    /** An indicator category's title (CSE: "Sexual exploitation"). */
    public String category(String rulesetVersion, String code) {
        CategoryDefinition category = policies.apply(rulesetVersion).category(code);
        return category == null ? words(code) : category.getTitle();
    }

    /** The section of the policy a rule belongs to, as its guidance names it; 0 when it names none. */
    public int section(String ruleId) {
        return sections.applyAsInt(ruleId);
    }

    /** The policy sections of these rules, each once, in the order the policy applies them (none last). */
    public List<Integer> sections(List<String> ruleIds) {
        return ruleIds.stream()
                .map(sections::applyAsInt)
                .distinct()
                .sorted(Comparator.comparingInt(section -> section == 0 ? Integer.MAX_VALUE : section))
                .toList();
    }

    /** A step of the policy by its section, as the policy heads it. */
    public String policyStep(int section) {
        return switch (section) {
            case 1 -> "1. Indicators and scoring";
            case 2 -> "2. Indicators from missing episodes";
            case 3 -> "3. From score to risk level";
            case 4 -> "4. Pre-MSET and panel eligibility";
            case 5 -> "5. Pathway";
            case 6 -> "6. Recommended actions";
            case 7 -> "7. Explanations";
            case 8 -> "8. Information that is missing";
            case 10 -> "10. Links across referrals";
            case 11 -> "11. The panel's cycle";
            default -> "Other rules";
        };
    }

    /** A level's band of scores in the decision's ruleset: "13 to 24 points". */
    public String band(String rulesetVersion, Object level) {
        try {
            return policies.apply(rulesetVersion)
                            .band(RiskLevel.valueOf(name(level)))
                            .getRange() + " points";
        } catch (IllegalArgumentException | java.util.NoSuchElementException notABand) {
            return "";
        }
    }

    /** Which step of reaching the level an override is: "cap", "judgement" or "floor". */
    public String overrideStep(String code) {
        return stepOf(code);
    }

    /** As {@link #overrideStep(String)}, for the pages' own words. */
    static String stepOf(String code) {
        if ("OVR_NO_EXPLOITATION_INDICATOR".equals(code)) {
            return "cap";
        }
        return code != null && code.startsWith("OVR_JUDGEMENT") ? "judgement" : "floor";
    }

    /** Points as a reader writes them: "1 point", "+5 points", "-2 points", "no points". */
    public String points(Integer points) {
        if (points == null || points == 0) {
            return "no points";
        }
        String signed = points > 0 ? "+" + points : "\u2212" + Math.abs(points);
        return signed + (Math.abs(points) == 1 ? " point" : " points");
    }

    /** How long a missing episode lasted (or has lasted, until the assessment): "2 days 4 hours". */
    public String duration(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null || to.isBefore(from)) {
            return "Not known";
        }
        Duration lasted = Duration.between(from, to);
        long days = lasted.toDays();
        long hours = lasted.toHoursPart();
        if (days > 0) {
            return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
        }
        long minutes = lasted.toMinutesPart();
        return hours > 0
                ? count(hours, "hour") + (minutes > 0 ? " " + count(minutes, "minute") : "")
                : count(minutes, "minute");
    }

    /** The identifier a link names, by its JSON pointer: /perpetrators/0/nickname as "Person of concern 1: nickname". */
    public String linkedField(String pointer) {
        return ReferralFields.named(pointer);
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    public String riskLevel(Object code) {
        return CodeWords.riskLevel(code);
    }

    public String legacyRiskLevel(Object code) {
        return CodeWords.legacyRiskLevel(code);
    }

    public String pathway(Object code) {
        return CodeWords.pathway(code);
    }

    public String gender(Object code) {
        return CodeWords.gender(code);
    }

    public String careStatus(Object code) {
        return CodeWords.careStatus(code);
    }

    public String agency(Object code) {
        return CodeWords.agency(code);
    }

    public String localAuthority(Object code) {
        return CodeWords.localAuthority(code);
    }

    public String recency(Object code) {
        return CodeWords.recency(code);
    }

    public String policeGrade(Object code) {
        return CodeWords.policeGrade(code);
    }

    public String locationType(Object code) {
        return CodeWords.locationType(code);
    }

    public String judgementDirection(Object code) {
        return CodeWords.judgementDirection(code);
    }

    public String exploitationType(Object code) {
        return CodeWords.exploitationType(code);
    }

    public String timescale(Object code) {
        return CodeWords.timescale(code);
    }

    public String feedbackOutcome(Object code) {
        return CodeWords.feedbackOutcome(code);
    }

    public String overrideReason(Object code) {
        return CodeWords.overrideReason(code);
    }

    public String channel(Object code) {
        return CodeWords.channel(code);
    }

    public String linkKind(Object code) {
        return CodeWords.linkKind(code);
    }

    public String panelOutcome(Object code) {
        return CodeWords.panelOutcome(code);
    }

    public String agendaItem(Object code) {
        return CodeWords.agendaItem(code);
    }

    public String exitReason(Object code) {
        return CodeWords.exitReason(code);
    }

    /** A code whose kind is not known where it is shown (see {@link CodeWords#any}). */
    public String any(Object code) {
        return CodeWords.any(code);
    }

    public String identifierKind(Object code) {
        return CodeWords.identifierKind(code);
    }

    public String yesNo(Boolean answer) {
        return answer == null ? "Not given" : answer ? "Yes" : "No";
    }

    /** Who a reader or requester is, as the record names them (API_KEY:demo-auditor), in words. */
    public String who(String qualifiedName) {
        if (qualifiedName == null) {
            return "Not recorded";
        }
        int colon = qualifiedName.indexOf(':');
        if (colon < 0) {
            return qualifiedName.equals("service") ? "The service itself" : qualifiedName;
        }
        String name = qualifiedName.substring(colon + 1);
        return switch (qualifiedName.substring(0, colon)) {
            case "API_KEY" -> name + " (API key)";
            case "JWT" -> name + " (signed in by the identity provider)";
            default -> name;
        };
    }

    private static String name(Object code) {
        return code == null ? "" : code.toString();
    }

    /** A code the switch does not know, in sentence case: NEW_AGENCY as "New agency". */
    private static String words(Object code) {
        return CodeWords.words(code);
    }
}
