package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;

/**
 * What a check of the whole store found: how many decisions are sealed, awaiting their seal, or have had
 * their personal content removed; the chain's head; each problem, by decision id where one is known;
 * whether a head kept from an earlier check still stands; and every position of the chain with no link.
 */
public record AuditVerification(
        OffsetDateTime checkedAt,
        long sealedRecords,
        long awaitingSeal,
        long personalContentRemoved,
        Optional<Head> head,
        List<Problem> problems,
        long problemsTotal,
        Optional<KeptHeadCheck> keptHead,
        Optional<MissingLinks> missingLinks) {

    /** A check that was given no kept head and found no position missing. */
    public AuditVerification(
            OffsetDateTime checkedAt,
            long sealedRecords,
            long awaitingSeal,
            long personalContentRemoved,
            Optional<Head> head,
            List<Problem> problems,
            long problemsTotal) {
        this(
                checkedAt,
                sealedRecords,
                awaitingSeal,
                personalContentRemoved,
                head,
                problems,
                problemsTotal,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The head an auditor kept, and whether the chain still holds that very link at that position. Said
     * either way: an auditor who gave a head must read that it matched, not infer it from silence.
     */
    public record KeptHeadCheck(long position, String chainMac, boolean matched) {

        public String inWords() {
            return matched
                    ? "The head you kept, position " + position + ", matches: the link there is still the one you"
                            + " kept, so the chain was not cut short of it."
                    : "The head you kept, position " + position + ", does NOT match: see the problem at position "
                            + position + ".";
        }
    }

    /** The last link: kept outside the service, it shows later whether anything was cut from the end. */
    public record Head(long position, String chainMac) {

        private static final Pattern CHAIN_MAC = Pattern.compile("[0-9a-f]{64}");

        /** Whether the text is a chain MAC as a check gives one: 64 lower-case hexadecimal digits. */
        public static boolean isChainMac(String text) {
            return CHAIN_MAC.matcher(text).matches();
        }

        /**
         * The head an auditor kept from an earlier check, as the API and the verification page take it:
         * none when neither part is given, or every problem with the two parts, named by parameter.
         */
        public static Optional<Head> kept(Long position, String chainMac) {
            List<ParameterProblem> problems = new ArrayList<>();
            if (position != null && position < 1) {
                problems.add(new ParameterProblem("headPosition", "must be 1 or more"));
            }
            if (chainMac != null && !isChainMac(chainMac)) {
                problems.add(new ParameterProblem("headChainMac", "must be 64 lower-case hexadecimal digits"));
            }
            if (position == null && chainMac != null) {
                problems.add(new ParameterProblem("headPosition", "is required with headChainMac"));
            }
            if (chainMac == null && position != null) {
                problems.add(new ParameterProblem("headChainMac", "is required with headPosition"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidParametersException(problems);
            }
            return position == null ? Optional.empty() : Optional.of(new Head(position, chainMac));
        }
    }

    /**
     * One record that is not as it was sealed: {@code decisionId} names the record (a decision or a panel
     * outcome, as {@code recordKind} says; both null when even that is lost with its seal). A kept ruleset
     * is named by {@code rulesetVersion} instead, its kind {@link RecordKind#RULESET}.
     */
    public record Problem(
            UUID decisionId, RecordKind recordKind, Kind kind, Long position, String detail, String rulesetVersion) {

        public Problem(UUID decisionId, RecordKind recordKind, Kind kind, Long position, String detail) {
            this(decisionId, recordKind, kind, position, detail, null);
        }
    }

    public enum Kind {
        /** The decision's fields or content, or its seal, differ from what was sealed. */
        CHANGED,
        /** A sealed decision (or its seal with it) is no longer stored. */
        REMOVED,
        /** A seal, intact itself, has been moved to another place in the chain. */
        REORDERED,
        /** A stored decision the chain does not hold, and that is not waiting to be sealed. */
        NOT_SEALED
    }

    public boolean intact() {
        return problemsTotal == 0;
    }
}
