package org.msettriage.rules.facts;

import java.util.List;
import org.msettriage.rules.links.IdentifierKind;
import org.msettriage.rules.links.Link;

/**
 * An identifier of this referral that other stored decisions name (policy section 10), with its counts
 * said in words for explanations. Never names another child, decision or referral.
 */
public final class LinkedIdentifier {

    private final Link link;

    public LinkedIdentifier(Link link) {
        this.link = link;
    }

    public int getOtherChildren() {
        return link.otherChildren();
    }

    public String getField() {
        return link.field();
    }

    /** The code an action gives as its cause: LINKED_PERSON, LINKED_VEHICLE or LINKED_PLACE. */
    public String getBecause() {
        return "LINKED_" + link.kind().name();
    }

    public List<String> getBecauseList() {
        return List.of(getBecause());
    }

    /** "A person", "A vehicle" or "A place", as the sentence begins. */
    public String getWhat() {
        return switch (link.kind()) {
            case PERSON -> "A person";
            case VEHICLE -> "A vehicle";
            case PLACE -> "A place";
        };
    }

    /** Where in this referral, in words: "perpetrator 1" or "location 2". */
    public String getWhere() {
        String[] parts = link.field().split("/");
        int number = Integer.parseInt(parts[2]) + 1;
        return (link.kind() == IdentifierKind.PLACE ? "location " : "perpetrator ") + number;
    }

    /** "1 other child" or "3 other children". */
    public String getChildren() {
        return counted(link.otherChildren(), "other child", "other children");
    }

    /**
     * The local authorities other than this referral's own: "in 2 other local authorities", or "in no
     * other local authority" (the same one, or none recorded).
     */
    public String getAreas() {
        return link.localAuthorities() == 0
                ? "in no other local authority"
                : "in " + counted(link.localAuthorities(), "other local authority", "other local authorities");
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
