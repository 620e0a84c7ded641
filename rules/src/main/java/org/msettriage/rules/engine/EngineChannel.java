package org.msettriage.rules.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.Channel;
import org.msettriage.rules.policy.ActionRules;
import org.msettriage.rules.policy.PolicySettings;

/**
 * What a rule's consequence needs from its engine: the policy's settings, so that an explanation may
 * name a setting ({repeat_missing_episodes}) and say the number the rules use without the rule passing
 * it, each rule's id and explanation, read from its metadata once per ruleset rather than at every
 * firing, and every explanation's template (the rules' and action-rules.csv's), parsed once per ruleset.
 * Registered on each session as a channel because a channel is the one per-session object a
 * consequence can reach without a fact; nothing is ever sent on it.
 */
final class EngineChannel implements Channel {

    static final String NAME = "mset-engine";

    private final PolicySettings settings;
    private final Map<Rule, RuleTexts> texts = new IdentityHashMap<>();
    // Filled here and only read after: a decision stopped over its budget cannot leave it half-changed.
    private final Map<String, Sentences.Template> templates;

    /** A rule's metadata as the explanations use it. */
    record RuleTexts(String id, String explanation) {

        static RuleTexts of(Rule rule) {
            return new RuleTexts(RuleMetadata.id(rule), RuleMetadata.explanation(rule));
        }
    }

    EngineChannel(PolicySettings settings, Optional<ActionRules> actionRules, KieBase kieBase) {
        this.settings = settings;
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getRules().forEach(rule -> texts.put(rule, RuleTexts.of(rule)));
        }
        Map<String, Sentences.Template> parsed = new HashMap<>();
        texts.values().forEach(rule -> keepParsed(parsed, rule.explanation()));
        actionRules.ifPresent(rows -> rows.getRows().forEach(row -> keepParsed(parsed, row.explanation())));
        this.templates = Map.copyOf(parsed);
    }

    private static void keepParsed(Map<String, Sentences.Template> parsed, String explanation) {
        if (explanation != null) {
            parsed.computeIfAbsent(explanation, Sentences::parsed);
        }
    }

    /** A setting's value by its name in settings.csv, or null when the name is not a setting. */
    Object value(String name) {
        return settings == null ? null : settings.value(name);
    }

    /**
     * An explanation's template as parsed when the engine was made; parsed afresh for a text the ruleset
     * does not hold (never expected), and null for none.
     */
    Sentences.Template template(String explanation) {
        if (explanation == null) {
            return null;
        }
        Sentences.Template kept = templates.get(explanation);
        return kept != null ? kept : Sentences.parsed(explanation);
    }

    /** The rule's id and explanation; read afresh for a rule the ruleset did not list (never expected). */
    RuleTexts texts(Rule rule) {
        RuleTexts kept = texts.get(rule);
        return kept != null ? kept : RuleTexts.of(rule);
    }

    @Override
    public void send(Object object) {
        throw new UnsupportedOperationException("The engine channel is read, never sent to");
    }
}
