package org.msettriage.rules.engine;

import java.util.List;
import org.kie.api.runtime.Channel;
import org.kie.api.runtime.rule.RuleContext;
import org.msettriage.rules.facts.ActionMatch;
import org.msettriage.rules.facts.ActionSituation;
import org.msettriage.rules.facts.Described;
import org.msettriage.rules.facts.Explained;
import org.msettriage.rules.facts.InformationGap;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.facts.Recommendation;
import org.msettriage.rules.policy.ActionRule;

/**
 * The one helper a rule's consequence calls: it inserts the finding and, beside it, the explanation
 * reason rendered from the rule's own @id and @explanation metadata with the facts the rule passes.
 */
public final class Findings {

    private Findings() {}

    /** Inserts a finding with its reason; names and values fill the rule's explanation template. */
    public static void record(RuleContext kcontext, Object finding, Object... namesAndValues) {
        EngineChannel engine = engine(kcontext);
        EngineChannel.RuleTexts rule = texts(engine, kcontext);
        String ruleId = rule.id();
        String text = render(engine, ruleId, rule.explanation(), namesAndValues);
        List<String> codes = List.of();
        int points = 0;
        if (finding instanceof Explained explained) {
            codes = explained.codes();
            points = explained.points();
        }
        if (finding instanceof Described described) {
            described.describe(ruleId, text);
        }
        keep(kcontext, finding);
        keep(kcontext, new Reason(ruleId, text, codes, points));
    }

    /**
     * Inserts the recommendation of a row of action-rules.csv with its reason, under the row's own id and
     * explanation: the one DRL rule that checks the rows stands for each of them.
     */
    public static void recordRow(RuleContext kcontext, ActionRule row, ActionMatch match) {
        Recommendation recommendation = match.getRecommendation();
        String text = render(engine(kcontext), row.id(), row.explanation(), match.getNamesAndValues());
        recommendation.describe(row.id(), text);
        keep(kcontext, recommendation);
        keep(kcontext, new Reason(row.id(), text, recommendation.codes(), 0));
    }

    /**
     * Inserts what the actions are decided from, which explains nothing by itself. Typed, not any fact:
     * every finding a decision shows must come with its reason, through {@link #record}.
     */
    public static void note(RuleContext kcontext, ActionSituation situation) {
        kcontext.getKieRuntime().insert(situation);
    }

    /**
     * Inserts a question about missing information, worded by the rule's explanation. It is not a
     * reason: a gap in the referral explains nothing about the decision, it asks for what would.
     */
    public static void ask(RuleContext kcontext, InformationGap gap, Object... namesAndValues) {
        EngineChannel engine = engine(kcontext);
        EngineChannel.RuleTexts rule = texts(engine, kcontext);
        gap.describe(rule.id(), render(engine, rule.id(), rule.explanation(), namesAndValues));
        keep(kcontext, gap);
    }

    /** Inserts the finding, unless no rule matches its type: then the evaluation's trace takes it. */
    private static void keep(RuleContext kcontext, Object finding) {
        Channel channel = kcontext.getKieRuntime().getChannels().get(UnmatchedFindings.CHANNEL);
        if (!(channel instanceof UnmatchedFindings.Sink sink) || !sink.took(finding)) {
            kcontext.getKieRuntime().insert(finding);
        }
    }

    /** The session's engine channel, looked up once per finding; null in a session without one. */
    private static EngineChannel engine(RuleContext kcontext) {
        return kcontext.getKieRuntime().getChannels().get(EngineChannel.NAME) instanceof EngineChannel engine
                ? engine
                : null;
    }

    /** The firing rule's id and explanation, as its engine read them once. */
    private static EngineChannel.RuleTexts texts(EngineChannel engine, RuleContext kcontext) {
        return engine != null ? engine.texts(kcontext.getRule()) : EngineChannel.RuleTexts.of(kcontext.getRule());
    }

    private static String render(EngineChannel engine, String ruleId, String template, Object... namesAndValues) {
        if (engine == null) {
            return Sentences.render(ruleId, template, name -> null, namesAndValues);
        }
        return Sentences.render(ruleId, engine.template(template), engine::value, namesAndValues);
    }
}
