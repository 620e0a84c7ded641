package org.msettriage.rules.facts;

/** A question about something the referral left out (policy section 8), pointing at the field to fill. */
public final class InformationGap implements Described {

    private final String field;
    private String ruleId;
    private String question;

    public InformationGap(String field) {
        this.field = field;
    }

    /** A JSON pointer into the referral, as bad-request problems point at fields. */
    public String getField() {
        return field;
    }

    @Override
    public void describe(String ruleId, String text) {
        if (question == null) {
            this.ruleId = ruleId;
            this.question = text;
        }
    }

    @Override
    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String getText() {
        return question;
    }
}
