package org.msettriage.service.panel;

import java.util.Locale;
import java.util.Map;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.springframework.stereotype.Component;

/**
 * The coordinator's pages in words, never codes: risk levels, routes, lead agencies and what a linked
 * name is. A code with no words here is shown in lower case with spaces, never as the raw code.
 */
@Component("panelWords")
public class PanelWords {

    private final ActiveRuleset active;

    PanelWords(ActiveRuleset active) {
        this.active = active;
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("NONE", "No identified risk"),
            Map.entry("EMERGING", "Emerging"),
            Map.entry("MODERATE", "Moderate"),
            Map.entry("SIGNIFICANT", "Significant"),
            Map.entry("IMMEDIATE_SAFEGUARDING", "Immediate safeguarding"),
            Map.entry("MSET_PANEL", "MSET panel"),
            Map.entry("PRE_MSET", "Pre-MSET screening"),
            Map.entry("SINGLE_AGENCY", "Single agency"),
            Map.entry("POLICE", "Police"),
            Map.entry("CHILDRENS_SOCIAL_CARE", "Children's social care"),
            Map.entry("ADULT_SOCIAL_CARE", "Adult social care"),
            Map.entry("LOCAL_AUTHORITY", "Local authority"),
            Map.entry("PLACEMENT_PROVIDER", "Placement provider"),
            Map.entry("VOLUNTARY_SECTOR", "Voluntary sector"),
            Map.entry("REFERRING_AGENCY", "Referring agency"),
            Map.entry("EARLY_HELP", "Early help"),
            Map.entry("EDUCATION", "Education"),
            Map.entry("HEALTH", "Health"),
            Map.entry("YOUTH_JUSTICE", "Youth justice"),
            Map.entry("GATESHEAD", "Gateshead"),
            Map.entry("NEWCASTLE", "Newcastle"),
            Map.entry("NORTH_TYNESIDE", "North Tyneside"),
            Map.entry("SOUTH_TYNESIDE", "South Tyneside"),
            Map.entry("SUNDERLAND", "Sunderland"),
            Map.entry("NORTHUMBERLAND", "Northumberland"),
            Map.entry("OTHER", "Another local authority"),
            Map.entry("PERSON", "Person"),
            Map.entry("VEHICLE", "Vehicle"),
            Map.entry("PLACE", "Place"));

    /** The words for a code. */
    public String of(String code) {
        if (code == null) {
            return "";
        }
        String words = WORDS.get(code);
        if (words != null) {
            return words;
        }
        String plain = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    private static final Map<String, String> OUTCOMES = Map.of(
            "PLAN_AGREED", "Plan agreed",
            "NOT_HEARD", "Not heard",
            "EXITED", "Exited MSET",
            "REFERRAL", "New referral",
            "REVIEW", "Review of the agreed plan",
            "NOT_HEARD_BEFORE", "Not heard at the last meeting");

    private static final Map<String, String> EXIT_REASONS = Map.of(
            "SUFFICIENTLY_SAFE", "The child is now sufficiently safe",
            "NOTHING_MORE_MSET_CAN_OFFER", "MSET has nothing more to offer",
            "MOVED_OUT_OF_AREA", "The child moved out of the area",
            "TURNED_18_TRANSITIONED", "The child turned 18 and moved to adult services",
            "CHILD_PROTECTION_LEADS", "Child protection leads the work now",
            "OTHER", "Another reason");

    /** An outcome, or why a child is on an agenda, in words. */
    public String outcome(String code) {
        return OUTCOMES.getOrDefault(code, of(code));
    }

    /** An exit reason in words. */
    public String exitReason(String code) {
        return EXIT_REASONS.getOrDefault(code, of(code));
    }

    /** A lead agency in words: OTHER is "another agency" here, not another local authority. */
    public String agency(String code) {
        return "OTHER".equals(code) ? "Another agency" : of(code);
    }

    /**
     * The title of a planned action: the serving catalogue's for a code it has, else the words given (or
     * the code, for an action a later ruleset dropped).
     */
    public String title(PanelOutcome.PlanAction action) {
        if (action.code() == null) {
            return action.text();
        }
        ActionDefinition known = active.engine().policy().action(action.code());
        return known == null ? of(action.code()) : known.title();
    }

    /** What a linked name is: "Person", "Vehicle", or "Place (takeaway)". */
    public String named(String kind, String placeType) {
        if (placeType == null) {
            return of(kind);
        }
        // A place's type in plain words: OTHER is "other", not the other local authority of WORDS.
        return of(kind) + " (" + placeType.replace('_', ' ').toLowerCase(Locale.ROOT) + ")";
    }
}
