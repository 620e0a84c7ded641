/** RFC 9457 problem responses: every refusal names what was wrong, and nothing refused is stored. */
package org.msettriage.service.problem;
