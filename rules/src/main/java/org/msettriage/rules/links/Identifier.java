package org.msettriage.rules.links;

/**
 * One identifier of a referral: its kind, where it is (a JSON pointer such as
 * {@code /perpetrators/0/nickname}) and the text it is compared by. {@code key} is what two referrals
 * must share to be linked: the kind, a place's type and the normalised words, so that the same words of
 * another kind or another type of place never match. It is personal data: the service stores only its
 * keyed hash.
 */
public record Identifier(IdentifierKind kind, String field, String key) {}
