package org.msettriage.service.report;

import org.msettriage.service.words.CodeWords;

/** The analysts' pages in words, never codes: every value a dashboard table names. */
final class AnalysisWords {

    private AnalysisWords() {}

    /** A group of a dimension in words (from {@link CodeWords}, the one table); null is "Not recorded". */
    public static String group(Dimension dimension, String code) {
        if (code == null) {
            return dimension == Dimension.LOCAL_AUTHORITY ? "No local authority given" : "Not recorded";
        }
        return switch (dimension) {
            case LOCAL_AUTHORITY -> CodeWords.localAuthority(code);
            case RISK_LEVEL -> CodeWords.riskLevel(code);
            case PATHWAY -> CodeWords.pathway(code);
            case GENDER -> CodeWords.gender(code);
            case AGE_BAND -> CodeWords.ageBand(code);
            case CARE_STATUS -> CodeWords.careStatus(code);
            case REFERRING_AGENCY -> CodeWords.agency(code);
            // A referral showing no kind of exploitation is kept as NONE.
            case EXPLOITATION_TYPE -> "NONE".equals(code) ? "None found" : CodeWords.exploitationType(code);
        };
    }

    /** An exit reason in words. */
    static String exitReason(String code) {
        return CodeWords.exitReason(code);
    }

    static String dimension(Dimension dimension) {
        return switch (dimension) {
            case LOCAL_AUTHORITY -> "Local authority";
            case RISK_LEVEL -> "Risk level";
            case PATHWAY -> "Route";
            case GENDER -> "Gender";
            case AGE_BAND -> "Age band";
            case CARE_STATUS -> "Care status";
            case REFERRING_AGENCY -> "Referring agency";
            case EXPLOITATION_TYPE -> "Exploitation type";
        };
    }
}
