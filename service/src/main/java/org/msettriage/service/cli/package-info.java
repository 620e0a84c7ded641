/** The policy lead's offline command line: validate a candidate folder, replay a folder of referrals. */
package org.msettriage.service.cli;
