package org.msettriage.rules.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.IndicatorDefinition;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.policy.PolicySettings;

/**
 * Warns of the silent mistakes a policy lead can make against the ruleset that serves: removing a code
 * it has (referrals giving it would then be refused), starting from an old copy, which takes back every
 * change made since, and changing a setting while wording still states its old value. The second is judged by lines:
 * a candidate with fewer lines unlike an earlier ruleset than unlike the active one most likely began
 * as that earlier ruleset.
 */
public final class ChangeWarnings {

    /** A ruleset to compare with: its version, policy tables and files. */
    public record Compared(String version, Policy policy, List<RulesetFile> files) {}

    private ChangeWarnings() {}

    public static List<RulesetWarning> of(Compared candidate, Compared active, List<Compared> earlier) {
        List<RulesetWarning> warnings = new ArrayList<>(removedCodes(candidate, active));
        likelyRevert(candidate, active, earlier).ifPresent(warnings::add);
        warnings.addAll(StatedNumbers.stale(
                candidate.files(),
                active.policy().settings(),
                candidate.policy().settings(),
                PolicySettings.names()));
        return warnings;
    }

    private static List<RulesetWarning> removedCodes(Compared candidate, Compared active) {
        List<RulesetWarning> warnings = new ArrayList<>();
        Set<String> indicators = codes(candidate.policy().indicators(), IndicatorDefinition::getCode);
        for (IndicatorDefinition indicator : active.policy().indicators()) {
            if (!indicators.contains(indicator.getCode())) {
                warnings.add(new RulesetWarning(
                        RulesetWarning.Kind.REMOVED_CODE,
                        "indicators.csv",
                        0,
                        "removes indicator " + indicator.getCode() + " that the active ruleset " + active.version()
                                + " has; once this serves, a referral giving it is refused"));
            }
        }
        Set<String> actions = codes(candidate.policy().actions(), ActionDefinition::code);
        for (ActionDefinition action : active.policy().actions()) {
            if (!actions.contains(action.code())) {
                warnings.add(new RulesetWarning(
                        RulesetWarning.Kind.REMOVED_CODE,
                        "actions.csv",
                        0,
                        "removes action " + action.code() + " that the active ruleset " + active.version()
                                + " has; once this serves, it is never recommended"));
            }
        }
        return warnings;
    }

    private static java.util.Optional<RulesetWarning> likelyRevert(
            Compared candidate, Compared active, List<Compared> earlier) {
        int fromActive = LinesUnlike.count(candidate.files(), active.files());
        return earlier.stream()
                .filter(e ->
                        !e.version().equals(active.version()) && !e.version().equals(candidate.version()))
                .map(e -> Map.entry(e, LinesUnlike.count(candidate.files(), e.files())))
                .filter(e -> e.getValue() < fromActive)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(closest -> {
                    Compared old = closest.getKey();
                    String takenBack = String.join(", ", filesTakenBack(candidate, active, old));
                    return new RulesetWarning(
                            RulesetWarning.Kind.LIKELY_REVERT,
                            "",
                            0,
                            "is closer to the earlier ruleset " + old.version() + " ("
                                    + LinesUnlike.said(closest.getValue()) + ") than to the active "
                                    + active.version() + " (" + LinesUnlike.said(fromActive)
                                    + "): it may have started from an old copy, and would take back"
                                    + " the changes made since"
                                    + (takenBack.isEmpty() ? "" : " in " + takenBack)
                                    + ". Start from the active ruleset: GET /api/v1/rulesets/" + active.version()
                                    + "/files");
                });
    }

    /** Files the candidate has as the earlier ruleset had them, where the active ruleset has them otherwise. */
    private static List<String> filesTakenBack(Compared candidate, Compared active, Compared old) {
        Map<String, String> activeFiles = LinesUnlike.byName(active.files());
        Map<String, String> oldFiles = LinesUnlike.byName(old.files());
        return candidate.files().stream()
                .filter(f -> !f.isProperties())
                .filter(f -> LinesUnlike.same(f.name(), f.content(), oldFiles.get(f.name()))
                        && !LinesUnlike.same(f.name(), f.content(), activeFiles.get(f.name())))
                .map(RulesetFile::name)
                .toList();
    }

    private static <T> Set<String> codes(java.util.Collection<T> rows, java.util.function.Function<T, String> code) {
        return rows.stream().map(code).collect(Collectors.toSet());
    }
}
