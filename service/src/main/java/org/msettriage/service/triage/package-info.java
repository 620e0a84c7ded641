/** The triage endpoint: validate a referral as policy section 9 says, evaluate it, store the decision, answer. */
package org.msettriage.service.triage;
