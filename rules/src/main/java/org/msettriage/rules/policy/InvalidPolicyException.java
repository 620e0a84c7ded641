package org.msettriage.rules.policy;

import java.util.List;
import java.util.stream.Collectors;

/** Policy tables that cannot be used, with every problem found, each where it is. */
public class InvalidPolicyException extends RuntimeException {

    private final List<PolicyTableException> problems;

    public InvalidPolicyException(List<PolicyTableException> problems) {
        super(problems.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyTableException> problems() {
        return problems;
    }
}
