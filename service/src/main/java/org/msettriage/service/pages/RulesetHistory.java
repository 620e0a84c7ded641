package org.msettriage.service.pages;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.ruleset.ScenarioLibrary;
import org.msettriage.service.ruleset.ServingHistory;
import org.springframework.stereotype.Component;

/**
 * A kept ruleset beside the one before it, for the auditors' and policy leads' ruleset pages: when it
 * served, what changed in its tables (by cell) and rules (by sentence), and the scenario outcomes its
 * approval knowingly changed. "The one before it" is the version that served until it was first switched
 * to; for a version never switched to, the version kept just before it.
 */
@Component
class RulesetHistory {

    /** From when to when a version decided referrals; {@code to} is null while it still serves. */
    record Served(OffsetDateTime from, OffsetDateTime to) {}

    /** Everything the page shows about the change from the version before; {@code previous} null for none. */
    record Compared(
            String previous,
            boolean previousServedBefore,
            List<Served> served,
            List<TableChanges> tables,
            RuleChanges rules,
            List<AcceptedChange> accepted,
            List<BroughtScenario> brought) {

        public boolean tablesUnchanged() {
            return tables.stream().allMatch(TableChanges::unchanged);
        }
    }

    /** What differs between two kept rulesets: their rules by sentence and tables by cell, from {@code from}. */
    record Difference(String from, List<TableChanges> tables, RuleChanges rules) {

        public boolean tablesUnchanged() {
            return tables.stream().allMatch(TableChanges::unchanged);
        }

        public boolean none() {
            return rules.none() && tablesUnchanged();
        }
    }

    /**
     * A scenario the version carried of its own when it was approved: one that replaced the set's of the same
     * file name (its expected outcome before and after), or one it added. It is not among the accepted changes.
     */
    record BroughtScenario(boolean replaced, ScenarioChanges scenario) {}

    /** An accepted change of a scenario's outcome, with when and by whom it was approved. */
    record AcceptedChange(
            OffsetDateTime approvedAt, String proposedBy, String approvedBy, String reason, ScenarioChanges scenario) {}

    private final RulesetStore store;
    private final CandidateEngines engines;
    private final ScenarioLibrary scenarios;

    RulesetHistory(RulesetStore store, CandidateEngines engines, ScenarioLibrary scenarios) {
        this.store = store;
        this.engines = engines;
        this.scenarios = scenarios;
    }

    Compared of(RulesetStore.Kept kept) {
        List<RulesetStore.Activation> inOrder = new ArrayList<>(store.activations(null));
        java.util.Collections.reverse(inOrder);
        String version = kept.version();
        Optional<String> servedBefore = servedBefore(version, inOrder);
        Optional<RulesetStore.Kept> previous = servedBefore.flatMap(store::find).or(() -> keptBefore(kept));
        Optional<Difference> difference = previous.map(before -> between(before, kept));
        return new Compared(
                previous.map(RulesetStore.Kept::version).orElse(null),
                servedBefore.isPresent(),
                served(version, inOrder),
                difference.map(Difference::tables).orElse(List.of()),
                difference.map(Difference::rules).orElse(new RuleChanges(List.of(), List.of(), List.of())),
                accepted(kept, previous.map(RulesetStore.Kept::version).orElse(null), inOrder),
                brought(kept, previous.map(RulesetStore.Kept::version).orElse(null), inOrder));
    }

    /** The scenarios it carried of its own, once approved with them: each added, or replacing the set's. */
    private List<BroughtScenario> brought(
            RulesetStore.Kept kept, String previous, List<RulesetStore.Activation> inOrder) {
        String version = kept.version();
        List<RulesetStore.ScenarioFile> carried = store.carriedScenarios(version);
        if (carried.isEmpty() || inOrder.stream().noneMatch(a -> a.version().equals(version))) {
            return List.of();
        }
        ScenarioOutcomeWords words =
                new ScenarioOutcomeWords(engines.engineFor(kept).policy());
        Map<String, String> before = previous == null ? Map.of() : files(scenarios.filesOf(previous));
        return carried.stream()
                .map(file -> new BroughtScenario(
                        before.containsKey(file.name()),
                        ScenarioChanges.between(file.name(), before.get(file.name()), file.json(), words)))
                .toList();
    }

    /**
     * What {@code kept} changes from {@code from}: for an approver, {@code from} is the ruleset that serves
     * now, since that is what the switch would replace.
     */
    Difference between(RulesetStore.Kept from, RulesetStore.Kept kept) {
        return new Difference(
                from.version(),
                tableChanges(from.version(), kept.version()),
                RuleChanges.between(
                        engines.engineFor(from).rules(), engines.engineFor(kept).rules()));
    }

    /** The version serving just before this one was first switched to, if it ever was and one was. */
    private static Optional<String> servedBefore(String version, List<RulesetStore.Activation> inOrder) {
        String serving = null;
        for (RulesetStore.Activation activation : inOrder) {
            if (activation.version().equals(version)) {
                return Optional.ofNullable(serving);
            }
            serving = activation.version();
        }
        return Optional.empty();
    }

    private Optional<RulesetStore.Kept> keptBefore(RulesetStore.Kept kept) {
        List<RulesetStore.Kept> newestFirst = store.all();
        int at = newestFirst.indexOf(kept);
        return at >= 0 && at + 1 < newestFirst.size() ? Optional.of(newestFirst.get(at + 1)) : Optional.empty();
    }

    /** Each stretch the version served, from its switch to the next switch to another version. */
    static List<Served> served(String version, List<RulesetStore.Activation> inOrder) {
        return ServingHistory.of(version, inOrder).stream()
                .map(stretch -> new Served(stretch.from(), stretch.until()))
                .toList();
    }

    private List<TableChanges> tableChanges(String previous, String version) {
        Map<String, RuleTables> before = byFile(RuleTables.of(store.files(previous)));
        Map<String, RuleTables> after = byFile(RuleTables.of(store.files(version)));
        Map<String, Boolean> files = new TreeMap<>();
        before.keySet().forEach(file -> files.put(file, true));
        after.keySet().forEach(file -> files.put(file, true));
        return files.keySet().stream()
                .map(file -> TableChanges.between(file, before.get(file), after.get(file)))
                .toList();
    }

    private static Map<String, RuleTables> byFile(List<RuleTables> tables) {
        return tables.stream().collect(Collectors.toMap(RuleTables::file, Function.identity()));
    }

    /** The scenario changes accepted when the version was approved, each with its outcome before and after. */
    private List<AcceptedChange> accepted(
            RulesetStore.Kept kept, String previous, List<RulesetStore.Activation> inOrder) {
        String version = kept.version();
        List<AcceptedChange> accepted = new ArrayList<>();
        if (inOrder.stream()
                .allMatch(a -> !a.version().equals(version)
                        || a.acceptedScenarioChanges().isEmpty())) {
            return accepted;
        }
        // Actions by their titles, caps and floors by their summaries, in the approved ruleset's tables.
        ScenarioOutcomeWords words =
                new ScenarioOutcomeWords(engines.engineFor(kept).policy());
        Map<String, String> now = files(scenarios.filesOf(version));
        Map<String, String> before = previous == null ? Map.of() : files(scenarios.filesOf(previous));
        for (RulesetStore.Activation activation : inOrder) {
            if (!activation.version().equals(version)) {
                continue;
            }
            for (String change : activation.acceptedScenarioChanges()) {
                String file = ScenarioChanges.fileOf(change);
                accepted.add(new AcceptedChange(
                        activation.activatedAt(),
                        activation.proposedBy(),
                        activation.activatedBy(),
                        activation.reason(),
                        ScenarioChanges.between(file, before.get(file), now.get(file), words)));
            }
        }
        return accepted;
    }

    private static Map<String, String> files(List<RulesetStore.ScenarioFile> files) {
        return files.stream()
                .collect(Collectors.toMap(
                        RulesetStore.ScenarioFile::name, RulesetStore.ScenarioFile::json, (a, b) -> b));
    }
}
