package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.service.problem.OperationAddress;
import org.msettriage.service.problem.RequestPaths;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every operation the API serves, by method and path pattern, so a refused call can be told apart: a
 * path nothing is served at (404), a path served only for other methods (405, with those in Allow), or
 * an operation this caller's role may not use (403). Authorisation itself stays deny-by-default.
 */
final class KnownOperations implements OperationAddress {

    private record Operation(HttpMethod method, PathPattern path) {}

    private final List<Operation> operations;

    KnownOperations(List<AccessRules.Rule> rules) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.operations = rules.stream()
                .map(rule -> new Operation(rule.method(), parser.parse(rule.path())))
                .toList();
    }

    /**
     * The request's path as the log may name it: the pattern of the operation served there
     * ({@code /api/v1/decisions/{decisionId}}), never what the caller put in its place, and for a path
     * nothing is served at, not the path itself, which a refused caller wrote as it liked.
     */
    String pathForLog(HttpServletRequest request) {
        return operationPath(request).orElse("(a path the API does not serve)");
    }

    /**
     * The {@code instance} of a problem answering the request: the pattern of the operation served at its
     * path, its variables by name and its braces percent-encoded as a URI reference
     * ({@code /api/v1/decisions/%7BdecisionId%7D}), as an operation's own not-found gives it; null (no
     * instance) for a path nothing is served at, whose every character the caller chose.
     */
    String instance(HttpServletRequest request) {
        return operationPath(request)
                .map(pattern -> ServiceAddress.under(request, UriUtils.encodePath(pattern, StandardCharsets.UTF_8)))
                .orElse(null);
    }

    /** {@link #instance}, for the refusals made outside the security filters; none for a path that cannot be read. */
    @Override
    public String of(HttpServletRequest request) {
        try {
            return instance(request);
        } catch (IllegalArgumentException unreadable) {
            // Broken percent-encoding (%zz), which the container refuses: no operation can be named.
            return null;
        }
    }

    private Optional<String> operationPath(HttpServletRequest request) {
        PathContainer container = PathContainer.parsePath(RequestPaths.pathOf(request));
        // The operation the call asked for: its method's, and of those the most specific pattern
        // (/api/v1/rulesets/validate, not /api/v1/rulesets/{version}); any method's when none has it.
        Comparator<Operation> best = Comparator.comparing(
                        (Operation operation) -> !operation.method().matches(request.getMethod()))
                .thenComparing(Operation::path, PathPattern.SPECIFICITY_COMPARATOR);
        return operations.stream()
                .filter(operation -> operation.path().matches(container))
                .min(best)
                .map(operation -> operation.path().getPatternString());
    }

    /** The methods served at the request's path, in name order; none when nothing is served there. */
    Set<String> methodsAt(HttpServletRequest request) {
        PathContainer container = PathContainer.parsePath(RequestPaths.pathOf(request));
        Set<String> methods = new TreeSet<>();
        for (Operation operation : operations) {
            if (operation.path().matches(container)) {
                methods.add(operation.method().name());
            }
        }
        // Every GET is answered to HEAD too (without its body).
        if (methods.contains(HttpMethod.GET.name())) {
            methods.add(HttpMethod.HEAD.name());
        }
        return methods;
    }
}
