package org.msettriage.rules.scenario;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.engine.ScenarioMismatch;
import org.msettriage.rules.engine.ScenarioMismatch.Shape;
import tools.jackson.databind.JsonNode;

/**
 * Checks the details a scenario pins on an expected action: `because` (an unordered set), `dueBy` (an
 * instant; null or absent for an action with no date only when named) and `overdue`. An action the
 * decision lacks is reported by the code check, not here.
 */
final class ActionCheck {

    private static final Set<String> KNOWN_DETAILS = Set.of("code", "because", "dueBy", "overdue");

    private ActionCheck() {}

    static void details(
            List<ScenarioCheck.Problem> problems, JsonNode expectedActions, List<RecommendedAction> actual) {
        for (JsonNode want : expectedActions.values()) {
            String code = want.path("code").asString();
            want.propertyNames().stream()
                    .filter(name -> !KNOWN_DETAILS.contains(name))
                    .forEach(name -> problems.add(ScenarioCheck.Problem.slip(
                            "actions[" + code + "]." + name + " is not checked by this harness")));
            actual.stream().filter(a -> a.code().equals(code)).findFirst().ifPresent(action -> {
                if (want.has("because")) {
                    List<String> because = new ArrayList<>();
                    want.get("because").values().forEach(n -> because.add(n.asString()));
                    Set<String> expected = new TreeSet<>(because);
                    Set<String> given = new TreeSet<>(action.because());
                    if (!expected.equals(given)) {
                        problems.add(ScenarioCheck.Problem.of(new ScenarioMismatch(
                                null, "because", code, Shape.SET, List.copyOf(expected), List.copyOf(given))));
                    }
                }
                if (want.has("dueBy")) {
                    JsonNode due = want.get("dueBy");
                    String expectedDue = due.isNull()
                            ? null
                            : OffsetDateTime.parse(due.asString()).toInstant().toString();
                    String actualDue = action.dueBy() == null
                            ? null
                            : action.dueBy().toInstant().toString();
                    ScenarioCheck.compare(problems, code, "dueBy", expectedDue, actualDue);
                }
                if (want.has("overdue")) {
                    ScenarioCheck.compare(
                            problems,
                            code,
                            "overdue",
                            String.valueOf(want.get("overdue").asBoolean()),
                            String.valueOf(action.overdue()));
                }
            });
        }
    }
}
