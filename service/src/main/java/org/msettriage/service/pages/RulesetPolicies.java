package org.msettriage.service.pages;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.stereotype.Component;

/**
 * The policy tables a decision's words come from: those of the ruleset that made it when the service
 * still keeps it, else those serving now (codes are never reused, so a title there means the same). A
 * kept ruleset never changes under its version, so its tables are read once.
 */
@Component
class RulesetPolicies {

    /** "section 3", and the first of "sections 1 and 2". */
    private static final Pattern SECTION = Pattern.compile("sections? (\\d+)");

    private final ActiveRuleset active;
    private final RulesetStore store;
    private final Map<String, Optional<Policy>> kept = new ConcurrentHashMap<>();
    private volatile Steps steps;

    RulesetPolicies(ActiveRuleset active, RulesetStore store) {
        this.active = active;
        this.store = store;
    }

    /** The tables of the ruleset with this version, or the serving ruleset's when that one is not kept. */
    Policy of(String version) {
        TriageEngine serving = active.engine();
        if (version == null || version.equals(serving.identity().version())) {
            return serving.policy();
        }
        return kept.computeIfAbsent(version, this::read).orElse(serving.policy());
    }

    /** The policy section a rule belongs to, as its guidance names it; 0 when it names none. */
    int section(String ruleId) {
        TriageEngine serving = active.engine();
        Steps known = steps;
        if (known == null || known.engine() != serving) {
            known = new Steps(
                    serving,
                    serving.rules().stream()
                            .collect(Collectors.toMap(
                                    RuleDescription::id, RulesetPolicies::sectionOf, (first, again) -> first)));
            steps = known;
        }
        return known.sections().getOrDefault(ruleId, 0);
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

    private Optional<Policy> read(String version) {
        var files = store.files(version);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TriageEngine.readPolicy(files));
        } catch (RulesetException unreadable) {
            // Every kept ruleset was readable when kept; should one not be, the serving tables stand in.
            return Optional.empty();
        }
    }

    private record Steps(TriageEngine engine, Map<String, Integer> sections) {}
}
