package org.msettriage.service.ruleset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.ChangeWarnings;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.candidate.RulesetWarning;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check a candidate is given wherever it is read (validating it, checking a kept one again, proposing
 * or approving it): its scenarios and those it carries, and what it changes against the ruleset that
 * serves and those that served before. {@link RulesetActivation} decides what follows from it.
 */
final class CandidateChecks {

    private static final Logger log = LoggerFactory.getLogger(CandidateChecks.class);

    private final ActiveRuleset active;
    private final RulesetStore store;
    private final CandidateEngines candidates;
    private final Duration candidateBudget;

    CandidateChecks(ActiveRuleset active, RulesetStore store, CandidateEngines candidates, Duration candidateBudget) {
        this.active = active;
        this.store = store;
        this.candidates = candidates;
        this.candidateBudget = candidateBudget;
    }

    /**
     * The candidate checked against the set's scenarios and, when it is usable, against those it carries,
     * which must all hold for it (when it is not, they are only read: see {@link
     * RulesetValidator#withOwnScenarios}): the check every page and answer gives of it.
     */
    RulesetValidation checked(List<RulesetFile> files, List<Scenario> set, List<RulesetFile> carried) {
        RulesetValidation validation = RulesetValidator.validate(files, set, candidates::engineFor, candidateBudget);
        if (carried.isEmpty()) {
            return validation;
        }
        return RulesetValidator.withOwnScenarios(
                validation,
                files,
                carried,
                set.stream().map(Scenario::file).collect(Collectors.toSet()),
                candidates::engineFor,
                candidateBudget);
    }

    /** The scenarios a kept ruleset carries, as its files. */
    List<RulesetFile> carried(String version) {
        return store.carriedScenarios(version).stream()
                .map(file -> new RulesetFile(file.name(), file.json()))
                .toList();
    }

    /**
     * The validation with what the candidate changes against the ruleset that serves and those that
     * served before: codes it removes, and whether it looks like an old copy.
     */
    RulesetValidation warned(RulesetValidation validation, List<RulesetFile> files) {
        if (validation.engine() == null || validation.identity() == null) {
            return validation;
        }
        return validation.withWarnings(
                warnings(validation.identity().version(), validation.engine().policy(), files));
    }

    /**
     * What a kept ruleset does against the one that serves now, as its check warned its proposer: what its
     * wording states, then what it changes against what serves.
     */
    List<RulesetWarning> warnings(RulesetStore.Kept kept) {
        Policy policy = candidates.engineFor(kept).policy();
        List<RulesetFile> files = store.files(kept.version());
        List<RulesetWarning> warnings = new ArrayList<>(RulesetValidator.statedNumbers(files, policy));
        warnings.addAll(warnings(kept.version(), policy, files));
        return warnings;
    }

    private List<RulesetWarning> warnings(String candidateVersion, Policy policy, List<RulesetFile> files) {
        TriageEngine serving = active.engine();
        String servingVersion = serving.identity().version();
        List<RulesetStore.Activation> activations = store.activations(null);
        Map<String, List<ChangeWarnings.Served>> served = ServingHistory.of(activations);
        List<ChangeWarnings.Compared> others = comparedWith(
                activations.stream()
                        .map(RulesetStore.Activation::version)
                        .distinct()
                        .filter(version -> !version.equals(servingVersion) && !version.equals(candidateVersion))
                        .toList(),
                store::files,
                served);
        return ChangeWarnings.of(
                new ChangeWarnings.Compared(candidateVersion, policy, files),
                new ChangeWarnings.Compared(
                        servingVersion,
                        serving.policy(),
                        serving.files(),
                        served.getOrDefault(servingVersion, List.of())),
                others);
    }

    /**
     * The rulesets that served before, which a candidate is compared with, each by its files as kept and
     * when it served. One whose files were altered is left out (and logged): it must not block every
     * candidate, the fix for it included; reading it anywhere else still refuses it.
     */
    static List<ChangeWarnings.Compared> comparedWith(
            List<String> versions,
            Function<String, List<RulesetFile>> files,
            Map<String, List<ChangeWarnings.Served>> served) {
        List<ChangeWarnings.Compared> earlier = new ArrayList<>();
        for (String version : versions) {
            try {
                earlier.add(new ChangeWarnings.Compared(
                        version, null, files.apply(version), served.getOrDefault(version, List.of())));
            } catch (KeptRulesetAltered altered) {
                log.warn("Ruleset {} left out of the candidate's warnings: its files were altered", version);
            }
        }
        return earlier;
    }
}
