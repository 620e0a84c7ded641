package org.msettriage.rules.engine;

import java.util.List;

/**
 * A candidate whose files could not all be read, with the scenarios it carries that could: so that the
 * reader of its scenarios can name every bad one in the same check, not only those that are not UTF-8 JSON
 * (a user trial saw a second bad scenario file only on the next upload).
 */
public final class CandidateUnread extends RulesetException {

    private final transient List<RulesetFile> readScenarios;

    CandidateUnread(List<RulesetProblem> problems, List<RulesetFile> readScenarios) {
        super(problems);
        this.readScenarios = List.copyOf(readScenarios);
    }

    /** The carried scenario files that were read as UTF-8 JSON text, not yet read as scenarios. */
    public List<RulesetFile> readScenarios() {
        return readScenarios;
    }
}
