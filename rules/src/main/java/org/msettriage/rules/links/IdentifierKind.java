package org.msettriage.rules.links;

/** What an identifier names; the same words of two kinds are two identifiers. */
public enum IdentifierKind {
    /** A perpetrator's nickname. */
    PERSON,
    /** A perpetrator's vehicle (spaces do not count: "NK19 ABC" is "nk19abc"). */
    VEHICLE,
    /** A location's description, together with its type. */
    PLACE
}
