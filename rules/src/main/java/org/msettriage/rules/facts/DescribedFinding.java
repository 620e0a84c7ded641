package org.msettriage.rules.facts;

/**
 * A finding that carries a sentence: the one its rule rendered, unless it was made with one already (an
 * override reporting a floor keeps the floor's own sentence). Set once, then fixed.
 */
public abstract class DescribedFinding implements Explained, Described {

    private String text;

    @Override
    public void setText(String text) {
        if (this.text == null) {
            this.text = text;
        }
    }

    @Override
    public String getText() {
        return text;
    }
}
