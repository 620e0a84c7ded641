/** The referral as a case system sends it: plain immutable input, named as in the API contract. */
package org.msettriage.rules.referral;
