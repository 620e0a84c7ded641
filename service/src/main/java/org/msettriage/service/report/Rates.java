package org.msettriage.service.report;

/**
 * Rates with 95% confidence intervals: Wilson's score interval for a proportion, and Newcombe's hybrid
 * score interval (his method 10, from the two Wilson intervals) for the difference of two. A difference
 * is beyond chance when its interval leaves out 0.
 */
final class Rates {

    /** The normal quantile of a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    private Rates() {}

    record Interval(double low, double high) {}

    /** One group's rate against the rest's, and their difference (group less rest). */
    record Comparison(double rate, Interval interval, double restRate, Interval restInterval, Interval difference) {

        /** +1 when the group's rate is higher than the rest's beyond chance, -1 lower, 0 neither. */
        int beyondChance() {
            if (difference.low() > 0) {
                return 1;
            }
            return difference.high() < 0 ? -1 : 0;
        }
    }

    /** Wilson's interval for {@code events} of {@code trials} (trials above 0). */
    static Interval wilson(long events, long trials) {
        double n = trials;
        double p = events / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The group's rate against the rest's (both with trials above 0). */
    static Comparison compare(long events, long trials, long restEvents, long restTrials) {
        double p1 = (double) events / trials;
        double p2 = (double) restEvents / restTrials;
        Interval first = wilson(events, trials);
        Interval second = wilson(restEvents, restTrials);
        double difference = p1 - p2;
        double below = Math.sqrt(square(p1 - first.low()) + square(second.high() - p2));
        double above = Math.sqrt(square(first.high() - p1) + square(p2 - second.low()));
        return new Comparison(p1, first, p2, second, new Interval(difference - below, difference + above));
    }

    private static double square(double x) {
        return x * x;
    }
}
