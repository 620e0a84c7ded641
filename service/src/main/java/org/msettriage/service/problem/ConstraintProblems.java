package org.msettriage.service.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A contract model's constraints (required fields, lengths, counts) as problems with JSON pointers, in the
 * service's own words: a missing field "is required", whichever body it is missing from.
 */
public final class ConstraintProblems {

    private ConstraintProblems() {}

    /** Every constraint the bound body breaks. */
    public static List<FieldProblem> of(Validator validator, Object body) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(body)) {
            if (!countsCharacters(violation)) {
                problems.add(new FieldProblem(pointer(violation.getPropertyPath()), message(violation)));
            }
        }
        return problems;
    }

    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }

    /**
     * True for a length violation that only a count of UTF-16 units makes: the contract's lengths are in
     * characters (JSON Schema counts code points), so an emoji is one character, not two.
     */
    private static boolean countsCharacters(ConstraintViolation<?> violation) {
        if (!(violation.getConstraintDescriptor().getAnnotation() instanceof Size size)
                || !(violation.getInvalidValue() instanceof String text)) {
            return false;
        }
        int characters = text.codePointCount(0, text.length());
        return characters >= size.min() && characters <= size.max();
    }

    private static String message(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof NotNull) {
            return "is required";
        }
        if (violation.getInvalidValue() instanceof String text && text.isEmpty()) {
            return "must not be an empty string";
        }
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                && violation.getInvalidValue() instanceof Collection<?> items) {
            return items.size() < size.min()
                    ? "must have at least " + size.min() + (size.min() == 1 ? " item" : " items")
                    : "must have at most " + size.max() + (size.max() == 1 ? " item" : " items");
        }
        return violation.getMessage();
    }
}
