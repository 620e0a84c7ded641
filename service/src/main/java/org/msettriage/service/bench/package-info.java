/** Only for the HTTP benchmark (profile {@code bench}): a JSON echo to compare triage's cost against. */
package org.msettriage.service.bench;
