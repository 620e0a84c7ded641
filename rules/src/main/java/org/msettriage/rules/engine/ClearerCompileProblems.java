package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' compile problems, told in a policy lead's words where a common slip explains them. A rule
 * without its "end" made the parser read the next rule as the first one's consequence and report
 * "mismatched input 'Findings'" there, then "Parser returned a null Package"; a bracket left open made it
 * report "mismatched input 'not'" on the line after; a field a fact does not have was placed at column 0
 * of its line. Only problems Drools already reported are reworded or placed: a
 * ruleset Drools accepts is never refused here.
 */
final class ClearerCompileProblems {

    // "end" alone on its line, or followed by a comment.
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*|/\\*.*)?$");
    // FactFields' words: "(AssessedChild has no field ageYear; its fields are ...)".
    private static final Pattern NO_SUCH_FIELD = Pattern.compile("(\\w+) has no field (\\w+);");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    // "Field Reader does not exist for declaration '$level' in '$level : levle' in the rule '...'".
    private static final Pattern FIELD_READER =
            Pattern.compile("Field Reader does not exist for declaration '(\\$?\\w+)' in '([^']*)'");
    // One error of a message, as RulesetCompiler.oneLine joins them ("; "), the first after Drools' prefix.
    private static final Pattern UNRESOLVED = Pattern.compile("(\\$\\w+) cannot be resolved to a variable");
    private static final String COMPILATION_ERROR = "Rule Compilation error ";

    private ClearerCompileProblems() {}

    static List<RulesetProblem> of(List<RulesetProblem> problems, List<RulesetFile> files) {
        Set<String> parsedBadly = new LinkedHashSet<>();
        problems.stream().filter(ClearerCompileProblems::fromTheParser).forEach(p -> parsedBadly.add(p.file()));
        List<RulesetProblem> clearer = new ArrayList<>();
        // Per file, the line from which the parser's problems follow from a rule without its "end".
        Map<String, Integer> confusedFrom = new HashMap<>();
        for (String file : parsedBadly) {
            String[] lines = RulesetCompiler.lines(files, file);
            missingEnd(file, lines)
                    .or(() -> BracketsLeftOpen.in(file, String.join("\n", lines)))
                    .ifPresent(problem -> {
                        clearer.add(problem);
                        confusedFrom.put(file, problem.line());
                    });
        }
        // A declaration whose field does not exist is named once: its later uses cannot be resolved either.
        Set<String> unreadDeclarations = new LinkedHashSet<>();
        for (RulesetProblem problem : problems) {
            Matcher reader = FIELD_READER.matcher(problem.message());
            if (reader.find()) {
                unreadDeclarations.add(problem.file() + " " + reader.group(1));
            }
        }
        for (RulesetProblem problem : problems) {
            if (onlyUnresolved(problem, unreadDeclarations)) {
                continue;
            }
            Integer from = confusedFrom.get(problem.file());
            boolean explained = from != null
                    && fromTheParser(problem)
                    && (problem.line() >= from || problem.message().startsWith(NULL_PACKAGE));
            boolean onlyFollows = problem.message().startsWith(NULL_PACKAGE)
                    && problems.stream()
                            .anyMatch(other -> !other.message().startsWith(NULL_PACKAGE)
                                    && other.file().equals(problem.file()));
            if (!explained && !onlyFollows) {
                String[] lines = RulesetCompiler.lines(files, problem.file());
                clearer.add(withoutDroolsPrefix(atTheField(fieldNotRead(problem, lines), lines)));
            }
        }
        return clearer;
    }

    /**
     * The compiler's words without Drools' "Rule Compilation error " before them: the problem's kind
     * already says it is one, and a policy lead's trial read the prefix as programmer's words.
     */
    private static RulesetProblem withoutDroolsPrefix(RulesetProblem problem) {
        if (!problem.message().startsWith(COMPILATION_ERROR)) {
            return problem;
        }
        return new RulesetProblem(
                problem.kind(),
                problem.file(),
                problem.line(),
                problem.column(),
                problem.message().substring(COMPILATION_ERROR.length()),
                problem.mismatch());
    }

    /**
     * Whether every error of the problem is a use of a name declared from a field its fact does not have:
     * a knock-on of that problem, told once already. A message holding any other error is kept whole.
     */
    private static boolean onlyUnresolved(RulesetProblem problem, Set<String> unreadDeclarations) {
        String message = problem.message();
        if (!message.startsWith(COMPILATION_ERROR)) {
            return false;
        }
        for (String error : message.substring(COMPILATION_ERROR.length()).split("; ")) {
            Matcher unresolved = UNRESOLVED.matcher(error);
            if (!unresolved.matches() || !unreadDeclarations.contains(problem.file() + " " + unresolved.group(1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fromTheParser(RulesetProblem problem) {
        return problem.message().startsWith("[ERR ") || problem.message().startsWith(NULL_PACKAGE);
    }

    /**
     * The first rule that has no "end" line before the next rule starts, or before the file ends. Lines in
     * block comments, and line comments, are passed over.
     */
    private static Optional<RulesetProblem> missingEnd(String file, String[] lines) {
        String open = null;
        int openedAt = 0;
        int lastWritten = 1;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (inComment || line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            lastWritten = i + 1;
            Matcher rule = RulesetCompiler.RULE_NAME.matcher(lines[i]);
            if (rule.find()) {
                if (open != null) {
                    return Optional.of(
                            noEnd(file, i + 1, open, openedAt, ", before rule \"" + rule.group(1) + "\" starts here"));
                }
                open = rule.group(1);
                openedAt = i + 1;
            } else if (END.matcher(lines[i]).find()) {
                open = null;
            }
        }
        return open == null ? Optional.empty() : Optional.of(noEnd(file, lastWritten, open, openedAt, ""));
    }

    private static RulesetProblem noEnd(String file, int line, String rule, int ruleLine, String where) {
        return new RulesetProblem(
                RulesetProblem.Kind.COMPILE,
                file,
                line,
                1,
                "rule \"" + rule + "\" (line " + ruleLine + ") has no \"end\": write \"end\" on a line of its own"
                        + " after its consequence" + where);
    }

    /**
     * Drools' "Field Reader does not exist for declaration '$level' in '$level : levle'" in words: the
     * fact's pattern on that line has no such field (with those it has), placed at the field.
     */
    private static RulesetProblem fieldNotRead(RulesetProblem problem, String[] lines) {
        Matcher reader = FIELD_READER.matcher(problem.message());
        if (!reader.find() || problem.line() < 1 || problem.line() > lines.length) {
            return problem;
        }
        String line = lines[problem.line() - 1];
        int declared = line.indexOf(reader.group(2));
        String field =
                reader.group(2).substring(reader.group(2).indexOf(':') + 1).strip();
        if (declared < 0 || field.isEmpty()) {
            return problem;
        }
        Matcher fact = Pattern.compile("(\\w+)\\s*\\(").matcher(line.substring(0, declared));
        String factName = null;
        while (fact.find()) {
            factName = fact.group(1);
        }
        String noSuchField = factName == null ? null : FactFields.noSuchField(factName, field);
        return new RulesetProblem(
                problem.kind(),
                problem.file(),
                problem.line(),
                declared + reader.group(2).lastIndexOf(field) + 1,
                noSuchField != null
                        ? noSuchField + " (" + reader.group(1) + " cannot be declared from it)"
                        : problem.message());
    }

    /**
     * A problem about a field a fact does not have, placed at that name in its line (after the fact's
     * pattern, when the line has it) when the compiler did not place it.
     */
    private static RulesetProblem atTheField(RulesetProblem problem, String[] lines) {
        Matcher field = NO_SUCH_FIELD.matcher(problem.message());
        if (problem.column() > 0 || problem.line() < 1 || problem.line() > lines.length || !field.find()) {
            return problem;
        }
        String line = lines[problem.line() - 1];
        Matcher pattern = Pattern.compile("\\b" + Pattern.quote(field.group(1)) + "\\s*\\(")
                .matcher(line);
        int from = pattern.find() ? pattern.end() : 0;
        Matcher use = Pattern.compile("(?<![A-Za-z0-9_$.])" + Pattern.quote(field.group(2)) + "(?![A-Za-z0-9_])")
                .matcher(line);
        return use.find(from)
                ? new RulesetProblem(problem.kind(), problem.file(), problem.line(), use.start() + 1, problem.message())
                : problem;
    }
}
