package org.msettriage.rules.links;

import java.util.Set;

/**
 * How a ruleset links referrals: how far back a link or an earlier decision of the same child reaches
 * ({@code link_window_days}) and the words that never identify anyone (the stop list, normalised).
 */
public record LinkPolicy(int windowDays, Set<String> stopWords) {

    public LinkPolicy {
        stopWords = Set.copyOf(stopWords);
    }
}
