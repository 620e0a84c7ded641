package org.msettriage.rules.candidate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * change made since, and changing a setting while wording still states its old value. The second is judged
 * by lines (see {@link OldCopy}): a candidate with fewer lines unlike another kept ruleset than unlike the
 * active one most likely began as that ruleset.
 */
public final class ChangeWarnings {

    /**
     * A ruleset to compare with: its version, policy tables and files, and when it served, oldest first
     * (none when not known, as for a candidate or a folder).
     */
    public record Compared(String version, Policy policy, List<RulesetFile> files, List<Served> served) {

        public Compared(String version, Policy policy, List<RulesetFile> files) {
            this(version, policy, files, List.of());
        }
    }

    /** One time a ruleset served: from its activation until the next one, or null while it serves. */
    public record Served(OffsetDateTime from, OffsetDateTime until) {}

    private ChangeWarnings() {}

    public static List<RulesetWarning> of(Compared candidate, Compared active, List<Compared> others) {
        List<RulesetWarning> warnings = new ArrayList<>(removedCodes(candidate, active));
        OldCopy.warning(candidate, active, others).ifPresent(warnings::add);
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

    private static <T> Set<String> codes(java.util.Collection<T> rows, java.util.function.Function<T, String> code) {
        return rows.stream().map(code).collect(Collectors.toSet());
    }
}
