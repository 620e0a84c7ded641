package org.msettriage.rules.facts;

import java.util.List;

/** Something in the referral the reader should know: a duplicate, a contradiction, a refused judgement. */
public final class Warning extends DescribedFinding {

    private final String code;
    private final List<String> codes;

    public Warning(String code, List<String> about) {
        this.code = code;
        this.codes = List.copyOf(about);
    }

    public String getCode() {
        return code;
    }

    /** The indicator codes the warning is about (empty when it is about the referral as a whole). */
    public List<String> getAbout() {
        return codes;
    }

    @Override
    public List<String> codes() {
        return codes;
    }
}
