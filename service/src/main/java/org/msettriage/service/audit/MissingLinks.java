package org.msettriage.service.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The positions of the chain that hold no link, as a check tells them: every one when they are few, and
 * otherwise how many, the first few and the last few. A chain cut in the middle loses a run of positions;
 * an auditor needs to see where the run starts and ends, not only that links are gone.
 */
public record MissingLinks(long count, List<Long> first, List<Long> last) {

    /** Up to this many are all named; past it, the first and last {@link #ENDS} are. */
    static final int ALL_NAMED = 10;

    static final int ENDS = 5;

    public MissingLinks {
        first = List.copyOf(first);
        last = List.copyOf(last);
    }

    /** The sentence the command line and the verification page print. */
    public String inWords() {
        if (count == 1) {
            return "1 link is missing from the chain: position " + number(first.get(0)) + ".";
        }
        if (last.isEmpty()) {
            return number(count) + " links are missing from the chain: positions " + listed(first) + ".";
        }
        return number(count) + " links are missing from the chain: the first " + first.size() + " at positions "
                + listed(first) + ", and the last " + last.size() + " at positions " + listed(last) + ".";
    }

    private static String listed(List<Long> positions) {
        List<String> words = positions.stream().map(MissingLinks::number).toList();
        return words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** Counts the missing positions in chain order, keeping only the first and last few. */
    static final class Counter {
        private final List<Long> first = new ArrayList<>();
        private final Deque<Long> last = new ArrayDeque<>();
        private long count;

        void add(long position) {
            count++;
            if (first.size() < ALL_NAMED) {
                first.add(position);
            }
            last.addLast(position);
            if (last.size() > ENDS) {
                last.removeFirst();
            }
        }

        /** None when no position is missing. */
        Optional<MissingLinks> found() {
            if (count == 0) {
                return Optional.empty();
            }
            if (count <= ALL_NAMED) {
                return Optional.of(new MissingLinks(count, first, List.of()));
            }
            return Optional.of(new MissingLinks(count, first.subList(0, ENDS), List.copyOf(last)));
        }
    }
}
