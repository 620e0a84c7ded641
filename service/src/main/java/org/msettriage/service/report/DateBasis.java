package org.msettriage.service.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which date of a decision places it in a period and a month: when it was decided, or assessed. */
enum DateBasis {
    DECIDED("decided_at"),
    ASSESSED("assessed_at");

    /** The decision column holding the date: one of two fixed names, never text from a request. */
    final String column;

    DateBasis(String column) {
        this.column = column;
    }

    /** As the API and the pages write it: "decided" or "assessed". */
    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DateBasis> of(String parameter) {
        return Arrays.stream(values())
                .filter(b -> b.parameter().equals(parameter))
                .findFirst();
    }
}
