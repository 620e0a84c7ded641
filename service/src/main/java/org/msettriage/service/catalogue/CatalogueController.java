package org.msettriage.service.catalogue;

import java.util.List;
import org.msettriage.api.CatalogueApi;
import org.msettriage.api.model.ActionDefinitionDto;
import org.msettriage.api.model.IndicatorDefinitionDto;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/indicators and /api/v1/actions, read from the active ruleset's tables. */
@RestController
class CatalogueController implements CatalogueApi {

    private final ActiveRuleset ruleset;

    CatalogueController(ActiveRuleset ruleset) {
        this.ruleset = ruleset;
    }

    @Override
    public ResponseEntity<List<IndicatorDefinitionDto>> listIndicators() {
        return ResponseEntity.ok(ruleset.engine().policy().indicators().stream()
                .map(i -> new IndicatorDefinitionDto()
                        .code(i.getCode())
                        .category(i.getCategory())
                        .tier(i.getTier())
                        .evidence(i.getEvidence())
                        .title(i.getTitle()))
                .toList());
    }

    @Override
    public ResponseEntity<List<ActionDefinitionDto>> listActions() {
        return ResponseEntity.ok(ruleset.engine().policy().actions().stream()
                .map(a -> new ActionDefinitionDto()
                        .code(a.code())
                        .title(a.title())
                        .leadAgency(a.leadAgency())
                        .timescale(a.timescale())
                        .legalBasis(a.legalBasis()))
                .toList());
    }
}
