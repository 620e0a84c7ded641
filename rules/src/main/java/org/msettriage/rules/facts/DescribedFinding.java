package org.msettriage.rules.facts;

/**
 * A finding that carries a sentence: the one its rule rendered, unless it was made with one already (an
 * override reporting a floor keeps the floor's own sentence). Set once, then fixed.
 */
public abstract class DescribedFinding implements Explained, Described {

    private String ruleId;
    private String text;

    @Override
    public void describe(String ruleId, String text) {
        if (this.text == null) {
            this.ruleId = ruleId;
            this.text = text;
        }
    }

    @Override
    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String getText() {
        return text;
    }
}
