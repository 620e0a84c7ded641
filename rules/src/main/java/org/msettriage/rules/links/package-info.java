/**
 * Policy section 10 (version 1.1): the identifiers a referral names (a person's nickname, a vehicle, a
 * place with its type), normalised so that spellings of one name compare equal, and the links and history
 * the service found for a referral among its stored decisions. The rules read these as facts; they never
 * change a level, eligibility or route. Depends on the referral only.
 */
package org.msettriage.rules.links;
