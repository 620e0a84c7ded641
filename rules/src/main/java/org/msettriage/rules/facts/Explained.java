package org.msettriage.rules.facts;

import java.util.List;

/** A finding that names the codes behind it and the points it adds, for its explanation reason. */
public interface Explained {

    List<String> codes();

    default int points() {
        return 0;
    }
}
