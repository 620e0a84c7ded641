package org.msettriage.rules.facts;

/** A finding that carries its rule's rendered sentence (an override or a warning shows it as text). */
public interface Described {

    void setText(String text);

    String getText();
}
