/** The ruleset the service runs: compiled once at start-up and named in every decision and in actuator info. */
package org.msettriage.service.ruleset;
