package org.msettriage.rules.policy;

/** The names of the policy tables in a ruleset folder. */
public final class PolicyFiles {

    public static final String INDICATORS = "indicators.csv";
    public static final String CATEGORIES = "categories.csv";
    public static final String POINTS = "points.csv";
    public static final String SCORE_BANDS = "score-bands.csv";
    public static final String OVERRIDE_LEVELS = "override-levels.csv";
    public static final String SETTINGS = "settings.csv";
    public static final String ACTIONS = "actions.csv";
    public static final String TIMESCALES = "timescales.csv";
    /** What each tier letter means; optional, as rulesets before 2026.12.0 have none. */
    public static final String TIERS = "tiers.csv";

    /**
     * The recommended actions' conditions, one row each; optional, as rulesets before 2026.12.1 say them
     * in DRL.
     */
    public static final String ACTION_RULES = "action-rules.csv";

    /**
     * The words that never identify a person, vehicle or place (policy section 10); optional, as rulesets
     * before 2026.12.2 do not link referrals.
     */
    public static final String LINK_STOP_WORDS = "link-stop-words.csv";

    private PolicyFiles() {}
}
