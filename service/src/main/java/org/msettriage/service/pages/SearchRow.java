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
 * the content was removed by retention or cannot be read, or not read at all ({@code read} false) because
 * the auditor has not yet said why they are looking; the row says so in words.
 */
record SearchRow(DecisionSummary summary, String referralRef, String firstSentence, boolean read) {

    /** A summary's sentences end with a full stop (or ! or ?) followed by a space and the next one. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)", Pattern.DOTALL);

    static SearchRow of(DecisionSummary summary, Decisions decisions, DecisionRecordMapper mapper) {
        if (summary.personalContentRemovedAt() != null) {
            return new SearchRow(summary, null, null, true);
        }
        return answered(summary.decisionId(), decisions)
                .map(mapper::glance)
                .map(glance -> new SearchRow(summary, glance.referralId(), firstSentence(glance.summary()), true))
                .orElseGet(() -> new SearchRow(summary, null, null, true));
    }

    /** The row without its content: nothing decrypted, nothing to log. */
    static SearchRow unread(DecisionSummary summary) {
        return new SearchRow(summary, null, null, false);
    }

    /** Whether this row shows content read from the decision (and so is a read the access log keeps). */
    boolean showsContent() {
        return referralRef != null || firstSentence != null;
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
