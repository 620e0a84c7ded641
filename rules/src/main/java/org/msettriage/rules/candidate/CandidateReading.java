package org.msettriage.rules.candidate;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.msettriage.rules.engine.CandidateUnread;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;

/**
 * Reads a candidate as a policy lead sends it, a folder or a zip, with every bad scenario file it carries
 * named in one check: when some of its files cannot be read, those of its scenarios that can are read as
 * scenarios too, each one that is not a problem of its own. None of its scenarios is run then: the
 * candidate is not checked until all of its files read.
 */
public final class CandidateReading {

    private CandidateReading() {}

    /** A candidate folder, as {@link RulesetFiles#fromDirectoryWithScenarios} reads it. */
    public static RulesetFiles.Candidate fromFolder(Path folder) {
        return everyProblem(() -> RulesetFiles.fromDirectoryWithScenarios(folder));
    }

    /** A zipped candidate, as {@link RulesetFiles#fromZipWithScenarios} reads it. */
    public static RulesetFiles.Candidate fromZip(InputStream zip) {
        return everyProblem(() -> RulesetFiles.fromZipWithScenarios(zip));
    }

    private static RulesetFiles.Candidate everyProblem(Supplier<RulesetFiles.Candidate> read) {
        try {
            return read.get();
        } catch (CandidateUnread e) {
            if (e.problems().stream().anyMatch(p -> p.kind() == RulesetProblem.Kind.ZIP)) {
                throw e; // About the zip as a whole, said on its own.
            }
            List<RulesetProblem> problems = new ArrayList<>(e.problems().stream()
                    .filter(p -> p.kind() != RulesetProblem.Kind.OWN_SCENARIO)
                    .toList());
            List<RulesetProblem> scenarios = new ArrayList<>(e.problems().stream()
                    .filter(p -> p.kind() == RulesetProblem.Kind.OWN_SCENARIO)
                    .toList());
            scenarios.addAll(RulesetValidator.readScenarios(
                            e.readScenarios(), RulesetValidator.SCENARIO_FOLDER, RulesetProblem.Kind.OWN_SCENARIO)
                    .problems());
            scenarios.sort(Comparator.comparing(RulesetProblem::file));
            problems.addAll(scenarios);
            throw new RulesetException(problems);
        }
    }
}
