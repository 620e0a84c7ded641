package org.msettriage.service.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * How a refusal says what a coded field or parameter takes: every value the contract allows, as it writes
 * them. They are the contract's codes, never personal data, so a client can correct itself from the answer.
 */
public final class AllowedValues {

    /** How every such refusal begins, the values following in brackets. */
    public static final String ONE_OF = "must be one of ";

    private AllowedValues() {}

    /** "must be one of [A, B, C]", the values in the order given. */
    public static String oneOf(Collection<String> values) {
        return ONE_OF + List.copyOf(values);
    }

    /** The same for a generated enum, whose contract value is its {@code toString()}. */
    public static String oneOf(Class<?> enumType) {
        return oneOf(
                Arrays.stream(enumType.getEnumConstants()).map(Object::toString).toList());
    }
}
