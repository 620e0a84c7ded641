package org.msettriage.service.pages;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.service.decision.DecisionRecordMapper;
import org.msettriage.service.decision.DecisionSummary;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.problem.ContentRemovedException;
import org.msettriage.service.problem.UnreadableContentException;

/**
 * One row of the search's results: the summary's columns, and from the decision as answered its referral
 * reference and the first sentence of its summary (the level and the main concerns). Both are null when
 * the content was removed by retention or cannot be read; the row says so in words.
 */
record SearchRow(DecisionSummary summary, String referralRef, String firstSentence) {

    /** A summary's sentences end with a full stop (or ! or ?) followed by a space and the next one. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)", Pattern.DOTALL);

    static SearchRow of(DecisionSummary summary, Decisions decisions, DecisionRecordMapper mapper) {
        if (summary.personalContentRemovedAt() != null) {
            return new SearchRow(summary, null, null);
        }
        return answered(summary.decisionId(), decisions)
                .map(mapper::glance)
                .map(glance -> new SearchRow(summary, glance.referralId(), firstSentence(glance.summary())))
                .orElseGet(() -> new SearchRow(summary, null, null));
    }

    static String firstSentence(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        Matcher first = FIRST_SENTENCE.matcher(summary.strip());
        return first.find() ? first.group(1) : summary.strip();
    }

    private static Optional<String> answered(UUID id, Decisions decisions) {
        try {
            return decisions.find(id);
        } catch (UnreadableContentException | ContentRemovedException unreadable) {
            return Optional.empty();
        }
    }
}
