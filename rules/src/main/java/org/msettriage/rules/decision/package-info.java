/** The result of evaluating a referral: plain records the service turns into its response. */
package org.msettriage.rules.decision;
