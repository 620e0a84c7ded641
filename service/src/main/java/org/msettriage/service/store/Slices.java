package org.msettriage.service.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * Long lists handed on a slice at a time: a statement's parameters, a replay's commits and a batch's
 * look-ups stay bounded however many items a caller brings.
 */
public final class Slices {

    private Slices() {}

    /** Hands the items to the work at most {@code size} at a time, in order; nothing for none. */
    public static <T> void each(List<T> items, int size, Consumer<List<T>> work) {
        if (size < 1) {
            throw new IllegalArgumentException("A slice holds at least one item");
        }
        for (int from = 0; from < items.size(); from += size) {
            work.accept(items.subList(from, Math.min(items.size(), from + size)));
        }
    }
}
