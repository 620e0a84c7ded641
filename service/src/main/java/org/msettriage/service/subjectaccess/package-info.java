/**
 * Subject access: everything the service holds about one child, gathered from the features that hold
 * it (their decisions, and what the panel decided about them), for an auditor answering a request.
 */
package org.msettriage.service.subjectaccess;
