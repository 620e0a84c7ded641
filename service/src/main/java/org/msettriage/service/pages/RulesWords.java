package org.msettriage.service.pages;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.msettriage.rules.candidate.RulesetWarning;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.service.impact.ImpactJobs;
import org.msettriage.service.ruleset.ActivationProposals;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.words.CodeWords;
import org.springframework.stereotype.Component;

/**
 * What the rules workbench says for the codes the API keeps: where a ruleset came from, what kind of
 * switch an activation was, where a proposal stands, what sort of problem or warning validation found.
 * Pages call it as {@code @rulesWords}.
 */
@Component
public class RulesWords {

    public String source(RulesetStore.Source source) {
        return switch (source) {
            case PACKAGED -> "Packaged with the service";
            case LOCATION -> "The configured ruleset folder";
            case UPLOAD -> "Uploaded by a policy lead";
            case CANDIDATES_FOLDER -> "The candidates folder";
        };
    }

    public String activation(RulesetStore.Kind kind) {
        return switch (kind) {
            case FIRST_START -> "Served from the first start";
            case ACTIVATE -> "Activated";
            case ROLLBACK -> "Rolled back to this ruleset";
        };
    }

    /**
     * How a proposal stands at a moment, with who reviewed it: one rejected by its own proposer was
     * withdrawn, which a reader of the record should not take for a second lead's rejection.
     */
    public String outcome(ActivationProposals.Proposal proposal, OffsetDateTime now) {
        if (proposal.withdrawn()) {
            return "Withdrawn by " + who(proposal.proposedBy());
        }
        return switch (proposal.stateAt(now)) {
            case PENDING -> "Awaiting review";
            case APPROVED -> "Approved by " + who(proposal.reviewedBy());
            case REJECTED -> "Rejected by " + who(proposal.reviewedBy());
            case EXPIRED -> "Lapsed without review";
        };
    }

    public String problem(RulesetProblem.Kind kind) {
        return switch (kind) {
            case ZIP -> "What was uploaded";
            case VERSION_TAKEN -> "A version already kept with other files";
            case FILES -> "A file missing, unreadable, or not part of a ruleset";
            case TABLE -> "A table cell or row";
            case COMPILE -> "A rule that cannot be read";
            case METADATA -> "A rule's description";
            case DUPLICATE_ID -> "Two rules with one id";
            case NOT_ALLOWED -> "Something a rule may not use";
            case UNKNOWN_CODE -> "A code the tables do not define";
            case RUNTIME -> "A rule that fails while deciding";
            case SCENARIO -> "A scenario's outcome changes";
            case OWN_SCENARIO -> "A scenario the candidate carries";
        };
    }

    public String warning(RulesetWarning.Kind kind) {
        return switch (kind) {
            case REMOVED_CODE -> "Removes a code the active ruleset has";
            case LIKELY_REVERT -> "Looks like an old copy";
            case STATED_NUMBER -> "States a number a setting holds";
        };
    }

    /**
     * A warning's message for a reader of the pages: the API's instruction to start from the serving
     * ruleset ("GET /api/v1/rulesets/.../files") is left off, as the page links to its download instead.
     */
    public String warningText(RulesetWarning warning) {
        return API_INSTRUCTION.matcher(warning.message()).replaceFirst("");
    }

    private static final java.util.regex.Pattern API_INSTRUCTION =
            java.util.regex.Pattern.compile("\\. Start from the active ruleset: GET /api/v1/rulesets/\\S+/files$");

    public String impactState(ImpactJobs.State state) {
        return switch (state) {
            case QUEUED -> "Waiting to start";
            case RUNNING -> "Replaying";
            case DONE -> "Done";
            case FAILED -> "Failed";
        };
    }

    /**
     * What a proposal's card says of its latest impact report, by where the replay stands: what a report
     * done compared the candidate with; that one still queued or replaying is being made; that one failed
     * left none, and how to ask for another. A report not yet made compared nothing, so says nothing of it.
     */
    public String impactOnCard(ImpactJobs.Replay replay, String servingNow) {
        return switch (replay.state()) {
            case QUEUED, RUNNING -> impactState(replay.state()) + ": its impact report is being made.";
            case FAILED ->
                impactState(replay.state()) + ": its impact report could not be made, so there is none to read."
                        + " Replay past decisions through it again to ask for another.";
            case DONE ->
                replay.comparedWith().equals(servingNow)
                        ? "(compared with ruleset " + replay.comparedWith()
                                + ", which served when the report was made and serves now)"
                        : "(compared with ruleset " + replay.comparedWith()
                                + ", which served when the report was made; ruleset " + servingNow + " serves now)";
        };
    }

    /** A risk level as the other pages name it: NONE as "No identified risk". */
    public String level(String code) {
        return CodeWords.riskLevel(code);
    }

    /** A route as the other pages name it: PRE_MSET as "Pre-MSET screening". */
    public String pathway(String code) {
        return CodeWords.pathway(code);
    }

    /**
     * Whether a referral goes to Pre-MSET screening and to the panel under the shadow against the serving rules,
     * each said on its own: "Pre-MSET: yes under both; MSET panel: no under the shadow, yes under the serving
     * rules". A trial read "yes, no" and could not tell which was which, nor what had changed.
     */
    public String eligibilityChange(boolean preMsetNow, boolean preMsetShadow, boolean panelNow, boolean panelShadow) {
        return "Pre-MSET: " + answerChange(preMsetNow, preMsetShadow) + "; MSET panel: "
                + answerChange(panelNow, panelShadow);
    }

    private static String answerChange(boolean serving, boolean shadow) {
        return serving == shadow
                ? yesOrNo(shadow) + " under both"
                : yesOrNo(shadow) + " under the shadow, " + yesOrNo(serving) + " under the serving rules";
    }

    private static String yesOrNo(boolean answer) {
        return answer ? "yes" : "no";
    }

    /** One group of a characteristic the impact report breaks changes down by, in that characteristic's words. */
    public String group(String dimension, String value) {
        return Characteristic.named(dimension)
                .map(characteristic -> characteristic.groups.apply(value))
                .orElseGet(() -> CodeWords.words(value));
    }

    /** A characteristic the impact report breaks changes down by: "ageBand" as "Age". */
    public String dimension(String dimension) {
        return Characteristic.named(dimension)
                .map(characteristic -> characteristic.title)
                .orElseGet(() -> CodeWords.words(dimension));
    }

    /**
     * The characteristics an impact report breaks changes down by (the impact tally's four, as the API's
     * ImpactBreakdown lists them), each with its title and its groups' own table: NONE is a care status
     * here, not a level. A report holds no other; were it to, it would read as any code no table knows.
     */
    private enum Characteristic {
        GENDER("gender", "Gender", CodeWords::gender),
        AGE_BAND("ageBand", "Age", CodeWords::ageBand),
        CARE_STATUS("careStatus", "Care status", CodeWords::careStatus),
        LOCAL_AUTHORITY("localAuthority", "Local authority", CodeWords::localAuthority);

        private final String dimension;
        private final String title;
        private final Function<Object, String> groups;

        Characteristic(String dimension, String title, Function<Object, String> groups) {
            this.dimension = dimension;
            this.title = title;
            this.groups = groups;
        }

        static Optional<Characteristic> named(String dimension) {
            return Arrays.stream(values())
                    .filter(characteristic -> characteristic.dimension.equals(dimension))
                    .findFirst();
        }
    }

    /** Who a caller is, as the record names them (API_KEY:demo-policy-lead), in words. */
    public String who(String qualifiedName) {
        if (qualifiedName == null) {
            return "";
        }
        int colon = qualifiedName.indexOf(':');
        if (colon < 0) {
            return qualifiedName.equals("service") ? "the service itself" : qualifiedName;
        }
        String method = qualifiedName.substring(0, colon);
        String name = qualifiedName.substring(colon + 1);
        return method.equals("JWT") ? name + " (signed in by the identity provider)" : name;
    }
}
