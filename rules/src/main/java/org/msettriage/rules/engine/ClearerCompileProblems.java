package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' compile problems, told in a policy lead's words where a common slip explains them. A rule
 * without its "end" made the parser read the next rule as the first one's consequence and report
 * "mismatched input 'Findings'" there, then "Parser returned a null Package"; a field a fact does not have
 * was placed at column 0 of its line. Only problems Drools already reported are reworded or placed: a
 * ruleset Drools accepts is never refused here.
 */
final class ClearerCompileProblems {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    // FactFields' words: "(AssessedChild has no field ageYear; its fields are ...)".
    private static final Pattern NO_SUCH_FIELD = Pattern.compile("has no field (\\w+);");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private ClearerCompileProblems() {}

    static List<RulesetProblem> of(List<RulesetProblem> problems, List<RulesetFile> files) {
        Set<String> parsedBadly = new HashSet<>();
        problems.stream().filter(ClearerCompileProblems::fromTheParser).forEach(p -> parsedBadly.add(p.file()));
        List<RulesetProblem> clearer = new ArrayList<>();
        Set<String> withoutEnd = new HashSet<>();
        for (String file : parsedBadly) {
            missingEnd(file, RulesetCompiler.lines(files, file)).ifPresent(problem -> {
                clearer.add(problem);
                withoutEnd.add(file);
            });
        }
        for (RulesetProblem problem : problems) {
            boolean explained = withoutEnd.contains(problem.file()) && fromTheParser(problem);
            boolean onlyFollows = problem.message().startsWith(NULL_PACKAGE)
                    && problems.stream()
                            .anyMatch(other -> other != problem && other.file().equals(problem.file()));
            if (!explained && !onlyFollows) {
                clearer.add(atTheField(problem, RulesetCompiler.lines(files, problem.file())));
            }
        }
        return clearer;
    }

    private static boolean fromTheParser(RulesetProblem problem) {
        return problem.message().startsWith("[ERR ") || problem.message().startsWith(NULL_PACKAGE);
    }

    /** The first rule that has no "end" line before the next rule starts, or before the file ends. */
    private static Optional<RulesetProblem> missingEnd(String file, String[] lines) {
        String open = null;
        int openedAt = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                if (open != null) {
                    return Optional.of(new RulesetProblem(
                            RulesetProblem.Kind.COMPILE,
                            file,
                            i + 1,
                            1,
                            "rule \"" + open + "\" (line " + openedAt + ") has no \"end\": write \"end\" on a line"
                                    + " of its own after its consequence, before rule \"" + rule.group(1)
                                    + "\" starts here"));
                }
                open = rule.group(1);
                openedAt = i + 1;
            } else if (END.matcher(lines[i]).find()) {
                open = null;
            }
        }
        if (open == null) {
            return Optional.empty();
        }
        return Optional.of(new RulesetProblem(
                RulesetProblem.Kind.COMPILE,
                file,
                lines.length,
                1,
                "rule \"" + open + "\" (line " + openedAt + ") has no \"end\": write \"end\" on a line of its own"
                        + " after its consequence"));
    }

    /** A problem about a field a fact does not have, placed at that name in its line when it was not placed. */
    private static RulesetProblem atTheField(RulesetProblem problem, String[] lines) {
        Matcher field = NO_SUCH_FIELD.matcher(problem.message());
        if (problem.column() > 0 || problem.line() < 1 || problem.line() > lines.length || !field.find()) {
            return problem;
        }
        Matcher use = Pattern.compile("(?<![A-Za-z0-9_$.])" + Pattern.quote(field.group(1)) + "(?![A-Za-z0-9_])")
                .matcher(lines[problem.line() - 1]);
        return use.find()
                ? new RulesetProblem(problem.kind(), problem.file(), problem.line(), use.start() + 1, problem.message())
                : problem;
    }
}
