package org.msettriage.service.ruleset;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Names the active ruleset in actuator info: version, hash and number of rules. */
@Component
class RulesetInfoContributor implements InfoContributor {

    private final ActiveRuleset ruleset;

    RulesetInfoContributor(ActiveRuleset ruleset) {
        this.ruleset = ruleset;
    }

    @Override
    public void contribute(Info.Builder builder) {
        var engine = ruleset.engine();
        builder.withDetail(
                "ruleset",
                Map.of(
                        "version", engine.identity().version(),
                        "sha256", engine.identity().sha256(),
                        "rules", engine.rules().size()));
    }
}
