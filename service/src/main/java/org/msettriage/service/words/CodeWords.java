package org.msettriage.service.words;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words for every code of the referral, the decision and the panel, in one place: the pages, the
 * printouts, the panel's agenda and the analysts' tables all read them here (titles of indicators and
 * actions come from the ruleset's own tables instead). A code no table knows (a ruleset may bring a new
 * lead agency) reads as its words in sentence case, never as the raw code.
 */
public final class CodeWords {

    private CodeWords() {}

    public static String riskLevel(Object code) {
        return switch (name(code)) {
            case "NONE" -> "No identified risk";
            case "EMERGING" -> "Emerging";
            case "MODERATE" -> "Moderate";
            case "SIGNIFICANT" -> "Significant";
            default -> words(code);
        };
    }

    /** A risk level as a phrase of its own ("Significant risk", "No identified risk"), as in a heading. */
    public static String riskLevelPhrase(Object code) {
        return "NONE".equals(name(code)) ? riskLevel(code) : riskLevel(code) + " risk";
    }

    /** The older three-step scale some partners still use. */
    public static String legacyRiskLevel(Object code) {
        return switch (name(code)) {
            case "LOW" -> "Low";
            case "MEDIUM" -> "Medium";
            case "HIGH" -> "High";
            default -> words(code);
        };
    }

    public static String pathway(Object code) {
        return switch (name(code)) {
            case "IMMEDIATE_SAFEGUARDING" -> "Immediate safeguarding";
            case "MSET_PANEL" -> "MSET panel";
            case "PRE_MSET" -> "Pre-MSET screening";
            case "SINGLE_AGENCY" -> "Single agency";
            default -> words(code);
        };
    }

    public static String gender(Object code) {
        return switch (name(code)) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            case "NON_BINARY" -> "Non-binary";
            case "NOT_KNOWN" -> "Not known";
            default -> words(code);
        };
    }

    public static String careStatus(Object code) {
        return switch (name(code)) {
            case "NONE" -> "Not known to children's social care";
            case "EARLY_HELP" -> "Early help";
            case "CHILD_IN_NEED" -> "Child in need";
            case "CHILD_PROTECTION" -> "Child protection plan";
            case "LOOKED_AFTER_S20" -> "Looked after (section 20, by agreement)";
            case "LOOKED_AFTER_S31" -> "Looked after (section 31, care order)";
            case "CARE_LEAVER" -> "Care leaver";
            default -> words(code);
        };
    }

    /** A referring agency, or an action's lead agency (the action table may name others). */
    public static String agency(Object code) {
        return switch (name(code)) {
            case "CHILDRENS_SOCIAL_CARE" -> "Children's social care";
            case "ADULT_SOCIAL_CARE" -> "Adult social care";
            case "POLICE" -> "Police";
            case "EDUCATION" -> "Education";
            case "HEALTH" -> "Health";
            case "YOUTH_JUSTICE" -> "Youth justice";
            case "VOLUNTARY_SECTOR" -> "Voluntary sector";
            case "EARLY_HELP" -> "Early help";
            case "COMMUNITY_SAFETY" -> "Community safety";
            case "LOCAL_AUTHORITY" -> "The local authority";
            case "PLACEMENT_PROVIDER" -> "The placement provider";
            case "REFERRING_AGENCY" -> "The referring agency";
            case "OTHER" -> "Another agency";
            default -> words(code);
        };
    }

    public static String localAuthority(Object code) {
        return switch (name(code)) {
            case "GATESHEAD" -> "Gateshead";
            case "NEWCASTLE" -> "Newcastle";
            case "NORTH_TYNESIDE" -> "North Tyneside";
            case "SOUTH_TYNESIDE" -> "South Tyneside";
            case "SUNDERLAND" -> "Sunderland";
            case "NORTHUMBERLAND" -> "Northumberland";
            case "OTHER" -> "Another local authority";
            default -> words(code);
        };
    }

    public static String recency(Object code) {
        return switch (name(code)) {
            case "CURRENT" -> "Current";
            case "RECENT" -> "Recent";
            case "HISTORIC" -> "Historic";
            default -> words(code);
        };
    }

    public static String policeGrade(Object code) {
        return switch (name(code)) {
            case "NO_APPARENT_RISK" -> "No apparent risk";
            case "LOW" -> "Low risk";
            case "MEDIUM" -> "Medium risk";
            case "HIGH" -> "High risk";
            default -> words(code);
        };
    }

    public static String locationType(Object code) {
        return switch (name(code)) {
            case "HOTEL" -> "Hotel";
            case "TAXI" -> "Taxi";
            case "TAKEAWAY" -> "Takeaway";
            case "LICENSED_PREMISES" -> "Licensed premises";
            case "ADDRESS" -> "Address";
            case "PARK" -> "Park";
            case "TRANSPORT_HUB" -> "Transport hub";
            case "SCHOOL_OR_COLLEGE" -> "School or college";
            case "ONLINE_PLATFORM" -> "Online platform";
            case "OTHER" -> "Another kind of place";
            default -> words(code);
        };
    }

    public static String judgementDirection(Object code) {
        return switch (name(code)) {
            case "RAISE" -> "Raise";
            case "LOWER" -> "Lower";
            default -> words(code);
        };
    }

    public static String exploitationType(Object code) {
        return switch (name(code)) {
            case "CSE" -> "Sexual exploitation";
            case "CCE" -> "Criminal exploitation";
            case "MISSING" -> "Going missing";
            case "TRAFFICKING" -> "Modern slavery and trafficking";
            case "ONLINE" -> "Online exploitation";
            default -> words(code);
        };
    }

    public static String timescale(Object code) {
        return switch (name(code)) {
            case "IMMEDIATE" -> "Immediately";
            case "WITHIN_24_HOURS" -> "Within 24 hours";
            case "WITHIN_72_HOURS" -> "Within 72 hours";
            case "WITHIN_7_DAYS" -> "Within 7 days";
            case "WITHIN_3_MONTHS" -> "Within 3 months";
            case "BEFORE_NEXT_PANEL" -> "Before the next panel";
            default -> words(code);
        };
    }

    public static String feedbackOutcome(Object code) {
        return switch (name(code)) {
            case "ACCEPTED" -> "Accepted";
            case "OVERRIDDEN" -> "Overridden: the practitioner acted otherwise";
            default -> words(code);
        };
    }

    public static String overrideReason(Object code) {
        return switch (name(code)) {
            case "NEW_INFORMATION" -> "New information since the referral";
            case "INFORMATION_INACCURATE" -> "The referral was inaccurate";
            case "PROFESSIONAL_JUDGEMENT" -> "The practitioner's view of the risk differs";
            case "ALREADY_IN_A_PLAN" -> "Already supported under another plan";
            case "CIRCUMSTANCES_CHANGED" -> "The child's circumstances have changed";
            case "OTHER" -> "Another reason (see the comment)";
            default -> words(code);
        };
    }

    /**
     * How a decision was read: opened, or only listed in search results. PAGE, recorded before the two were
     * told apart, may be either, and says so rather than guess.
     */
    public static String channel(Object code) {
        return switch (name(code)) {
            case "API" -> "Opened through the API";
            case "DECISION_PAGE" -> "Opened on the auditors' decision page";
            case "SEARCH_RESULTS" ->
                "Listed in search results (its referral reference and summary's first sentence shown)";
            case "ACCESS_LOG" -> "Listed in the access log narrowed to its child (who read it and why shown)";
            case "PAGE" ->
                "On an auditor's page: opened, or only listed in search results (recorded before"
                        + " the two were told apart)";
            case "SUBJECT_ACCESS" -> "In a subject access report";
            case "PANEL_AGENDA" -> "On a panel agenda";
            default -> words(code);
        };
    }

    /** What links a referral to other children's. */
    public static String linkKind(Object code) {
        return switch (name(code)) {
            case "PERSON" -> "A person of concern";
            case "VEHICLE" -> "A vehicle";
            case "PLACE" -> "A place of concern";
            default -> words(code);
        };
    }

    /** What the panel decided for a child (policy v1.1, section 11). */
    public static String panelOutcome(Object code) {
        return switch (name(code)) {
            case "PLAN_AGREED" -> "Plan agreed";
            case "NOT_HEARD" -> "Not heard";
            case "EXITED" -> "Exited MSET";
            default -> words(code);
        };
    }

    /** Why a child is on a panel agenda. */
    public static String agendaItem(Object code) {
        return switch (name(code)) {
            case "REFERRAL" -> "New referral";
            case "REVIEW" -> "Review of the agreed plan";
            case "NOT_HEARD_BEFORE" -> "Not heard at the last meeting";
            default -> words(code);
        };
    }

    /** Why a child left MSET. */
    public static String exitReason(Object code) {
        return switch (name(code)) {
            case "SUFFICIENTLY_SAFE" -> "Sufficiently safe";
            case "NOTHING_MORE_MSET_CAN_OFFER" -> "Nothing more MSET can offer";
            case "MOVED_OUT_OF_AREA" -> "Moved out of the area";
            case "TURNED_18_TRANSITIONED" -> "Turned 18, moved to adult services";
            case "CHILD_PROTECTION_LEADS" -> "Child protection leads";
            case "OTHER" -> "Another reason";
            default -> words(code);
        };
    }

    /** An age band the analysts' figures keep instead of the age. */
    public static String ageBand(Object code) {
        return switch (name(code)) {
            case "UNDER_10" -> "Under 10";
            case "10_TO_12" -> "10 to 12";
            case "13_TO_15" -> "13 to 15";
            case "16_TO_17" -> "16 to 17";
            case "18_AND_OVER" -> "18 and over";
            default -> words(code);
        };
    }

    /**
     * A reason for or against Pre-MSET screening or the MSET panel (policy v1, section 4; a link across
     * referrals, v1.1 section 10), as the rule that gives it names it: PRE_EXPLOITATION as "A sign of
     * exploitation at Emerging risk or above". No commas, as a list of reasons is written with them.
     */
    public static String eligibilityReason(Object code) {
        return switch (name(code)) {
            case "PRE_EXPLOITATION" -> "A sign of exploitation at Emerging risk or above";
            case "PRE_MISSING" -> "Missing episodes of concern or a child missing now";
            case "PRE_INTELLIGENCE" -> "A named person or place of concern";
            case "PRE_JUDGEMENT" -> "A professional judgement raising the level";
            case "NOT_INDICATED" -> "Nothing meets the screening criteria";
            case "ADDS_PERPETRATOR" -> "A person of concern is named";
            case "ADDS_LOCATION" -> "A place of concern is named";
            case "ADDS_CROSS_BOUNDARY" -> "Movement across a boundary or a placement out of area";
            case "ADDS_SIGNIFICANT" -> "The risk is Significant";
            case "ADDS_TRAFFICKING" -> "Signs of modern slavery or trafficking";
            case "ADDS_NOT_REDUCING" -> "Moderate or Significant risk not reduced after six weeks or more";
            case "ADDS_LINKED" -> "Someone or something also named about other children";
            case "NOT_LEVEL" -> "Below the levels the panel considers";
            case "NOT_PRE_MSET" -> "Does not meet the screening criteria";
            case "NOT_ADDS_VALUE" -> "Nothing shows the panel would add value";
            default -> words(code);
        };
    }

    /**
     * A code an action gives as why it is recommended, besides its indicators and overrides: a reason the
     * panel adds value (ADDS_PERPETRATOR) or a link across referrals (LINKED_PERSON).
     */
    public static String because(Object code) {
        return switch (name(code)) {
            case "LINKED_PERSON" -> "A person other children's referrals also name";
            case "LINKED_VEHICLE" -> "A vehicle other children's referrals also name";
            case "LINKED_PLACE" -> "A place other children's referrals also name";
            default -> eligibilityReason(code);
        };
    }

    /** A warning a decision carries about what it was asked. */
    public static String warning(Object code) {
        return switch (name(code)) {
            case "DUPLICATE_INDICATOR" -> "An indicator given more than once";
            case "CONTRADICTORY_INDICATOR" -> "A stable placement set aside while a missing indicator is current";
            case "JUDGEMENT_RAISE_REFUSED" -> "A judgement to raise the level not applied";
            case "JUDGEMENT_LOWER_REFUSED" -> "A judgement to lower the level not applied";
            default -> words(code);
        };
    }

    /** Whether a table here has words of its own for the code, rather than its words in sentence case. */
    public static boolean knows(Function<Object, String> table, Object code) {
        return !table.apply(code).equals(words(code));
    }

    /** What kind of identifier links referrals, as a noun ("Person"); {@link #linkKind} as a phrase. */
    public static String identifierKind(Object code) {
        return switch (name(code)) {
            case "PERSON" -> "Person";
            case "VEHICLE" -> "Vehicle";
            case "PLACE" -> "Place";
            default -> words(code);
        };
    }

    /**
     * A code whose kind is not known where it is shown (a level, a route, a panel reason...): the words of
     * the first table that knows it.
     */
    public static String any(Object code) {
        for (Function<Object, String> table : List.<Function<Object, String>>of(
                CodeWords::riskLevel,
                CodeWords::pathway,
                CodeWords::localAuthority,
                CodeWords::agency,
                CodeWords::timescale,
                CodeWords::exploitationType,
                CodeWords::panelOutcome,
                CodeWords::exitReason,
                CodeWords::eligibilityReason,
                CodeWords::warning)) {
            String words = table.apply(code);
            if (!words.equals(words(code))) {
                return words;
            }
        }
        return words(code);
    }

    private static String name(Object code) {
        return code == null ? "" : code.toString();
    }

    /** A code no table here knows, in sentence case: NEW_AGENCY as "New agency"; none as "Not given". */
    public static String words(Object code) {
        String name = name(code);
        if (name.isEmpty()) {
            return "Not given";
        }
        String words = name.toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
