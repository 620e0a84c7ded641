package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code instance} of a problem answered before any operation ran (in a filter, by the container, on
 * its error dispatch): the pattern of the operation served at the request's path, its variables by name,
 * as an operation's own problems give it. Never the path as sent, whose every character the caller chose
 * (a child's name where an id goes). The security package knows the operations and provides it.
 */
@FunctionalInterface
public interface OperationAddress {

    /**
     * The operation's pattern as a URI reference ({@code /api/v1/decisions/%7BdecisionId%7D}), or null when no
     * operation is served at the request's path or the path cannot be read.
     */
    String of(HttpServletRequest request);
}
