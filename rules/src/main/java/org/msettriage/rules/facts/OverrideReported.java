package org.msettriage.rules.facts;

import java.util.List;

/** An override step that applies, as a decision reports it: its code, whether it raised the level, and why. */
public final class OverrideReported extends DescribedFinding {

    private final String code;
    private final boolean raised;

    public OverrideReported(String code, boolean raised) {
        this.code = code;
        this.raised = raised;
    }

    /** Reports a floor with the sentence that said why it applies. */
    public static OverrideReported floor(Floor floor, boolean raised) {
        OverrideReported reported = new OverrideReported(floor.getCode(), raised);
        reported.describe(floor.getRuleId(), floor.getText());
        return reported;
    }

    public String getCode() {
        return code;
    }

    public boolean isRaised() {
        return raised;
    }

    @Override
    public List<String> codes() {
        return List.of(code);
    }
}
