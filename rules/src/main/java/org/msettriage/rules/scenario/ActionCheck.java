package org.msettriage.rules.scenario;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import tools.jackson.databind.JsonNode;

/**
 * Checks the details a scenario pins on an expected action: `because` (an unordered set), `dueBy` (an
 * instant; null or absent for an action with no date only when named) and `overdue`. An action the
 * decision lacks is reported by the code check, not here.
 */
final class ActionCheck {

    private static final Set<String> KNOWN_DETAILS = Set.of("code", "because", "dueBy", "overdue");

    private ActionCheck() {}

    static void details(List<String> problems, JsonNode expectedActions, List<RecommendedAction> actual) {
        for (JsonNode want : expectedActions.values()) {
            String code = want.path("code").asString();
            want.propertyNames().stream()
                    .filter(name -> !KNOWN_DETAILS.contains(name))
                    .forEach(name -> problems.add("actions[" + code + "]." + name + " is not checked by this harness"));
            actual.stream().filter(a -> a.code().equals(code)).findFirst().ifPresent(action -> {
                String where = "actions[" + code + "].";
                if (want.has("because")) {
                    List<String> because = new ArrayList<>();
                    want.get("because").values().forEach(n -> because.add(n.asString()));
                    ScenarioCheck.compare(
                            problems, where + "because", new TreeSet<>(because), new TreeSet<>(action.because()));
                }
                if (want.has("dueBy")) {
                    JsonNode due = want.get("dueBy");
                    Object expectedDue = due.isNull()
                            ? null
                            : OffsetDateTime.parse(due.asString()).toInstant();
                    Object actualDue =
                            action.dueBy() == null ? null : action.dueBy().toInstant();
                    ScenarioCheck.compare(
                            problems, where + "dueBy", String.valueOf(expectedDue), String.valueOf(actualDue));
                }
                if (want.has("overdue")) {
                    ScenarioCheck.compare(
                            problems, where + "overdue", want.get("overdue").asBoolean(), action.overdue());
                }
            });
        }
    }
}
