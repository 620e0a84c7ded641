package org.msettriage.rules.links;

/**
 * An identifier of this referral that other stored decisions also name: how many other children, how many
 * of their decisions and how many local authorities other than this referral's own. Counts only: a
 * decision never names another child, another decision or another referral's words.
 */
public record Link(IdentifierKind kind, String field, int otherChildren, int otherReferrals, int localAuthorities) {}
