package org.msettriage.service.ruleset;

import java.util.Optional;
import org.msettriage.rules.engine.TriageEngine;

/**
 * The candidate running in shadow, if any. The shadow feature provides it; the ruleset history names it
 * through this interface, so the ruleset feature does not depend on the shadow feature (which uses it).
 */
public interface ShadowCandidate {

    Optional<TriageEngine> current();
}
