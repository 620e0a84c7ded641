package org.msettriage.service.ruleset;

import java.util.Map;
import org.msettriage.api.RulesApi;
import org.msettriage.api.model.RuleCatalogueDto;
import org.msettriage.api.model.RuleDefinitionDto;
import org.msettriage.api.model.RulesetRefDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.decision.DecisionFigures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/rules: the active ruleset's rules, in the order the policy applies them, with their use. */
@RestController
class RuleCatalogueController implements RulesApi {

    private final ActiveRuleset ruleset;
    private final DecisionFigures figures;

    RuleCatalogueController(ActiveRuleset ruleset, DecisionFigures figures) {
        this.ruleset = ruleset;
        this.figures = figures;
    }

    @Override
    public ResponseEntity<RuleCatalogueDto> listRules() {
        TriageEngine engine = ruleset.engine();
        Map<String, Long> firedIn = figures.decisionsFiredIn();
        return ResponseEntity.ok(new RuleCatalogueDto()
                .ruleset(new RulesetRefDto()
                        .version(engine.identity().version())
                        .sha256(engine.identity().sha256()))
                .rules(engine.rules().stream()
                        .map(rule -> new RuleDefinitionDto()
                                .id(rule.id())
                                .name(rule.name())
                                .file(rule.file())
                                .explanation(rule.explanation())
                                .guidance(rule.guidance())
                                .firedInDecisions(firedIn.getOrDefault(rule.id(), 0L)))
                        .toList()));
    }
}
