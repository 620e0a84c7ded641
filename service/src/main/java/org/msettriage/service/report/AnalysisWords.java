package org.msettriage.service.report;

import java.util.Locale;
import java.util.Map;

/** The analysts' pages in words, never codes: every value a dashboard table names. */
final class AnalysisWords {

    private AnalysisWords() {}

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("GATESHEAD", "Gateshead"),
            Map.entry("NEWCASTLE", "Newcastle"),
            Map.entry("NORTH_TYNESIDE", "North Tyneside"),
            Map.entry("SOUTH_TYNESIDE", "South Tyneside"),
            Map.entry("SUNDERLAND", "Sunderland"),
            Map.entry("NORTHUMBERLAND", "Northumberland"),
            Map.entry("RISK_LEVEL:NONE", "No identified risk"),
            Map.entry("EMERGING", "Emerging"),
            Map.entry("MODERATE", "Moderate"),
            Map.entry("SIGNIFICANT", "Significant"),
            Map.entry("IMMEDIATE_SAFEGUARDING", "Immediate safeguarding"),
            Map.entry("MSET_PANEL", "MSET panel"),
            Map.entry("PRE_MSET", "Pre-MSET screening"),
            Map.entry("SINGLE_AGENCY", "Single agency"),
            Map.entry("FEMALE", "Female"),
            Map.entry("MALE", "Male"),
            Map.entry("NON_BINARY", "Non-binary"),
            Map.entry("NOT_KNOWN", "Not known"),
            Map.entry("UNDER_10", "Under 10"),
            Map.entry("10_TO_12", "10 to 12"),
            Map.entry("13_TO_15", "13 to 15"),
            Map.entry("16_TO_17", "16 to 17"),
            Map.entry("18_AND_OVER", "18 and over"),
            Map.entry("CARE_STATUS:NONE", "No involvement"),
            Map.entry("EARLY_HELP", "Early help"),
            Map.entry("CHILD_IN_NEED", "Child in need"),
            Map.entry("CHILD_PROTECTION", "Child protection"),
            Map.entry("LOOKED_AFTER_S20", "Looked after (section 20)"),
            Map.entry("LOOKED_AFTER_S31", "Looked after (section 31)"),
            Map.entry("CARE_LEAVER", "Care leaver"),
            Map.entry("CHILDRENS_SOCIAL_CARE", "Children's social care"),
            Map.entry("POLICE", "Police"),
            Map.entry("EDUCATION", "Education"),
            Map.entry("HEALTH", "Health"),
            Map.entry("YOUTH_JUSTICE", "Youth justice"),
            Map.entry("VOLUNTARY_SECTOR", "Voluntary sector"),
            Map.entry("CSE", "Sexual exploitation"),
            Map.entry("CCE", "Criminal exploitation"),
            Map.entry("MISSING", "Missing"),
            Map.entry("TRAFFICKING", "Trafficking and modern slavery"),
            Map.entry("ONLINE", "Online"),
            Map.entry("EXPLOITATION_TYPE:NONE", "None found"),
            Map.entry("SUFFICIENTLY_SAFE", "Sufficiently safe"),
            Map.entry("NOTHING_MORE_MSET_CAN_OFFER", "Nothing more MSET can offer"),
            Map.entry("MOVED_OUT_OF_AREA", "Moved out of the area"),
            Map.entry("TURNED_18_TRANSITIONED", "Turned 18, moved to adult services"),
            Map.entry("CHILD_PROTECTION_LEADS", "Child protection leads"));

    /** A group of a dimension in words; null is "Not recorded". */
    public static String group(Dimension dimension, String code) {
        if (code == null) {
            return dimension == Dimension.LOCAL_AUTHORITY ? "No local authority given" : "Not recorded";
        }
        String words = WORDS.getOrDefault(dimension + ":" + code, WORDS.get(code));
        if (words != null) {
            return words;
        }
        if ("OTHER".equals(code)) {
            return dimension == Dimension.LOCAL_AUTHORITY ? "Another local authority" : "Another agency";
        }
        String plain = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** An exit reason in words. */
    static String exitReason(String code) {
        return "OTHER".equals(code) ? "Another reason" : WORDS.getOrDefault(code, code);
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
