package org.msettriage.rules.facts;

import java.util.List;

/** One reason a request to lower the level cannot be applied. */
public final class LowerRefusal implements Explained, Described {

    private final List<String> codes;
    private String text;

    public LowerRefusal(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    @Override
    public List<String> codes() {
        return codes;
    }

    @Override
    public void setText(String text) {
        this.text = text;
    }

    @Override
    public String getText() {
        return text;
    }
}
