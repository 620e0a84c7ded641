/**
 * Policy v1.1, section 10, against the store: a referral's identifiers hashed under their own key, the
 * other children's decisions that name them within the link window, and the child's own earlier decisions.
 * Counts only leave this package: never another child's reference, another decision's id or another
 * referral's words.
 */
package org.msettriage.service.links;
