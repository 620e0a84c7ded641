package org.msettriage.rules.facts;

import java.util.List;

/** Something that sends the referral to immediate safeguarding, with the codes that show it. */
public final class ImmediateCause extends DescribedFinding {

    private final List<String> because;

    public ImmediateCause(List<? extends Object> because) {
        this.because = CodeLists.merge(because);
    }

    public List<String> getBecause() {
        return because;
    }

    @Override
    public List<String> codes() {
        return because;
    }
}
