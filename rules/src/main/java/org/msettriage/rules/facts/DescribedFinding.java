package org.msettriage.rules.facts;

/** A finding that carries the sentence its rule rendered, set once by the Findings helper. */
public abstract class DescribedFinding implements Explained, Described {

    private String text;

    @Override
    public void setText(String text) {
        this.text = text;
    }

    @Override
    public String getText() {
        return text;
    }
}
