package org.msettriage.service.security;

import java.util.List;

/**
 * Owner roles of operations that are not in the API document and are served only under some profile
 * (the benchmark's echo). A bean of this type made under that profile adds its rules to the API's chain
 * before "everything else refused"; without one (every other profile) nothing is added, so those paths
 * stay refused to everyone. {@link AccessRules#OPERATIONS} stays exactly the document's operations.
 */
public record ProfileAccessRules(List<AccessRules.Rule> rules) {

    public ProfileAccessRules {
        rules = List.copyOf(rules);
    }
}
