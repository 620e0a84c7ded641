package org.msettriage.service.pages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.KeptPolicies;
import org.springframework.stereotype.Component;

/**
 * The policy tables a decision's words come from: those of the ruleset that made it when the service
 * still keeps it, else those serving now (codes are never reused, so a title there means the same).
 */
@Component
class RulesetPolicies {

    /** "section 3", and the first of "sections 1 and 2". */
    private static final Pattern SECTION = Pattern.compile("sections? (\\d+)");

    private final ActiveRuleset active;
    private final KeptPolicies kept;
    private volatile Steps steps;

    RulesetPolicies(ActiveRuleset active, KeptPolicies kept) {
        this.active = active;
        this.kept = kept;
    }

    /** The tables of the ruleset with this version, or the serving ruleset's when that one is not kept. */
    Policy of(String version) {
        // Every kept ruleset was readable when kept; should one not be, the serving tables stand in.
        return version == null ? kept.serving() : kept.of(version).orElseGet(kept::serving);
    }

    /** The policy section a rule belongs to, as its guidance names it; 0 when it names none. */
    int section(String ruleId) {
        return steps().sections().getOrDefault(ruleId, 0);
    }

    /**
     * A rule's name, the sentence a panel chair reads aloud, from the serving ruleset (rule ids are never
     * reused, so a name there means the same rule); null when it serves no rule of that id.
     */
    String ruleName(String ruleId) {
        return steps().names().get(ruleId);
    }

    private Steps steps() {
        TriageEngine serving = active.engine();
        Steps known = steps;
        if (known == null || known.engine() != serving) {
            known = new Steps(
                    serving,
                    serving.rules().stream()
                            .collect(Collectors.toMap(
                                    RuleDescription::id, RulesetPolicies::sectionOf, (first, again) -> first)),
                    serving.rules().stream()
                            .collect(Collectors.toMap(
                                    RuleDescription::id, RuleDescription::name, (first, again) -> first)));
            steps = known;
        }
        return known;
    }

    static int sectionOf(RuleDescription rule) {
        String guidance = rule.guidance() == null ? "" : rule.guidance();
        Matcher section = SECTION.matcher(guidance);
        if (section.find()) {
            return Integer.parseInt(section.group(1));
        }
        // The policy's "words used" say which indicators are exploitation indicators: a reading of the
        // indicators, as section 1 reads them for points.
        return guidance.contains("words used") ? 1 : 0;
    }

    private record Steps(TriageEngine engine, Map<String, Integer> sections, Map<String, String> names) {}
}
