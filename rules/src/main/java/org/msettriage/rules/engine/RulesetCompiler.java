package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a ruleset's DRL into a KIE base with the executable model, once, and checks what a policy
 * lead relies on: no compile errors or warnings, and every rule with a unique id, explanation and guidance.
 */
final class RulesetCompiler {

    private static final String RESOURCE_FOLDER = "src/main/resources/org/msettriage/ruleset/";
    static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /** The name a "... cannot be resolved" error is about, as the Java compiler words it. */
    private static final Pattern UNRESOLVED = Pattern.compile("(\\$?[A-Za-z_][A-Za-z0-9_]*) cannot be resolved");
    // "The method nme() is undefined for the type RiskLevel": the method's name, used as a call.
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method ([A-Za-z_][A-Za-z0-9_]*)\\(");
    // The DRL parser puts the exact place in its text ("Line 20:4 mismatched input ...").
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    // A consequence's own parser counts from the line "then" stands on ("(line 2,col 17) Parse error").
    private static final Pattern CONSEQUENCE_POSITION = Pattern.compile("\\(line (\\d+),\\s*col (\\d+)\\)");

    /** A compiled ruleset: its KIE base (with the mark every engine on it shares) and its rules. */
    record Compiled(MarkedKieBase base, List<RuleDescription> rules) {}

    /** A ruleset compiled now, with the KIE module its compiled form is kept from. */
    private record Built(Compiled compiled, InternalKieModule module) {}

    /** Where a rule is declared: its file, its line, and its place among all the ruleset's rules. */
    private record Declaration(String file, int line, int position) {}

    private RulesetCompiler() {}

    /**
     * Compiles the ruleset, or loads the module kept from an earlier compile of the same DRL files (one
     * that fails to load is compiled).
     */
    static Compiled compile(List<RulesetFile> files, RulesetIdentity identity, CompiledRulesets kept) {
        KieServices services = KieServices.get();
        String key = KeptModules.key(files);
        Optional<MarkedKieBase> loaded = KeptModules.load(services, kept, key);
        if (loaded.isPresent()) {
            List<RulesetProblem> problems = new ArrayList<>();
            List<RuleDescription> rules = describe(loaded.get().kieBase(), declarations(files), files, problems);
            if (problems.isEmpty()) {
                return new Compiled(loaded.get(), rules);
            }
        }
        // Each ruleset gets its own release id, so that several can live side by side in one JVM.
        ReleaseId releaseId = services.newReleaseId(
                "org.msettriage.ruleset",
                "mset-ruleset",
                // A fresh id per compile: two compiles of one ruleset at once must not share (and remove)
                // each other's module.
                identity.version() + "-" + identity.sha256().substring(0, 12) + "-" + java.util.UUID.randomUUID());
        try {
            Built built = compile(services, files, releaseId);
            KeptModules.keep(kept, key, built.module());
            KeptModules.remember(kept, key, built.compiled().base());
            return built.compiled();
        } finally {
            // The KIE repository would keep every module ever built; the KIE base needs none of it once
            // made, and a service validating candidates all year must not grow with each one.
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static Built compile(KieServices services, List<RulesetFile> files, ReleaseId releaseId) {
        List<RulesetProblem> problems = new ArrayList<>();
        KieBuilder builder = build(services, files, releaseId, ExecutableModelProject.class, problems);
        if (!problems.isEmpty()) {
            // The executable model reports a constraint it cannot type against generated Java files, with
            // no DRL line; the classic compiler reports the same mistakes at their place in the DRL.
            List<RulesetProblem> classic = new ArrayList<>();
            build(services, files, releaseId, DrlProject.class, classic);
            throw new RulesetException(
                    ClearerCompileProblems.of(classic.isEmpty() ? problems : placed(classic, problems, files), files));
        }
        Map<String, Declaration> declarations = declarations(files);
        KieBase kieBase = ImmutableKieBases.of(services, builder.getKieModule().getReleaseId());
        List<RuleDescription> rules = describe(kieBase, declarations, files, problems);
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        return new Built(new Compiled(MarkedKieBase.of(kieBase), rules), (InternalKieModule) builder.getKieModule());
    }

    private static KieBuilder build(
            KieServices services,
            List<RulesetFile> files,
            ReleaseId releaseId,
            Class<? extends KieBuilder.ProjectType> mode,
            List<RulesetProblem> problems) {
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        for (RulesetFile file : files) {
            if (file.isDrl()) {
                fileSystem.write(RESOURCE_FOLDER + file.name(), file.content());
            }
        }
        KieBuilder builder = services.newKieBuilder(fileSystem);
        try {
            builder.buildAll(mode);
        } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
            // The executable model throws, rather than reports, some constraints it cannot type, its Java
            // parser asserts on some tokens it does not expect, and its parsers recurse per nested bracket.
            problems.add(new RulesetProblem(
                    RulesetProblem.Kind.COMPILE, "?", 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return builder;
        }
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.INFO) {
                problems.add(problem(message, files));
            }
        }
        return builder;
    }

    private static RulesetProblem problem(Message message, List<RulesetFile> files) {
        String file = fileName(message.getPath());
        int line = Math.max(message.getLine(), 0);
        int column = Math.max(message.getColumn(), 0);
        Matcher position = PARSER_POSITION.matcher(message.getText());
        Matcher inConsequence = CONSEQUENCE_POSITION.matcher(message.getText());
        if (position.find()) {
            line = Integer.parseInt(position.group(1));
            // The parser counts columns from 0; editors and this service's reports count from 1.
            column = Integer.parseInt(position.group(2)) + 1;
        } else if (inConsequence.find() && line > 0) {
            int[] place = inConsequence(
                    files,
                    file,
                    line,
                    Integer.parseInt(inConsequence.group(1)),
                    Integer.parseInt(inConsequence.group(2)));
            line = place[0];
            column = place[1];
        }
        return new RulesetProblem(
                RulesetProblem.Kind.COMPILE,
                file,
                line,
                column,
                JavaSyntaxInWords.of(FactFields.explained(oneLine(message.getText()))));
    }

    /**
     * A compiler's message on one line, each of its lines once: the Java compiler's come a line per error
     * ("x cannot be resolved to a variable\nSyntax error on token ..."), which split a problem over two
     * lines of the command line's report, and it repeats an error for each use of a name.
     */
    static String oneLine(String text) {
        return java.util.Arrays.stream(text.strip().split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .distinct()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * The classic compiler's problems, except that one it can only place at its rule (column 0) takes
     * the line and column the executable model gave for the same rule's consequence, when it gave one.
     */
    private static List<RulesetProblem> placed(
            List<RulesetProblem> classic, List<RulesetProblem> executable, List<RulesetFile> files) {
        List<RulesetProblem> placed = new ArrayList<>();
        for (RulesetProblem unplaced : classic) {
            // A column past its line's end places nothing (the compiler counted in the code it generated).
            RulesetProblem problem = withinItsLine(unplaced, files)
                    ? unplaced
                    : new RulesetProblem(unplaced.kind(), unplaced.file(), unplaced.line(), 0, unplaced.message());
            int ruleEnds = nextRuleLine(files, problem.file(), problem.line());
            RulesetProblem better = problem.column() > 0
                    ? null
                    : executable.stream()
                            .filter(e -> e.file().equals(problem.file()) && e.column() > 0 && withinItsLine(e, files))
                            .filter(e -> e.line() > problem.line() && e.line() < ruleEnds)
                            .findFirst()
                            .orElse(null);
            if (better == null && problem.column() == 0) {
                better = atUnresolvedName(files, problem, ruleEnds);
            }
            placed.add(
                    better == null
                            ? problem
                            : new RulesetProblem(
                                    problem.kind(), problem.file(), better.line(), better.column(), problem.message()));
        }
        return placed;
    }

    private static boolean withinItsLine(RulesetProblem problem, List<RulesetFile> files) {
        String[] lines = lines(files, problem.file());
        return problem.line() < 1
                || problem.line() > lines.length
                || problem.column() <= lines[problem.line() - 1].length() + 1;
    }

    /**
     * A name the compiler could not resolve ("$levl cannot be resolved to a variable"), or a method it does
     * not know ("The method nme() is undefined"), placed where the rule's consequence first uses it: the
     * compiler gives only the rule's line for an error there.
     */
    private static RulesetProblem atUnresolvedName(List<RulesetFile> files, RulesetProblem problem, int ruleEnds) {
        Matcher name = UNRESOLVED.matcher(problem.message());
        Matcher method = UNDEFINED_METHOD.matcher(problem.message());
        Pattern use;
        if (name.find()) {
            use = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(name.group(1)) + "(?![A-Za-z0-9_])");
        } else if (method.find()) {
            use = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(method.group(1)) + "\\s*\\(");
        } else {
            return null;
        }
        if (problem.line() < 1) {
            return null;
        }
        String[] lines = lines(files, problem.file());
        int end = Math.min(lines.length, ruleEnds - 1);
        // The Java compiler compiles the consequence alone: the name is in the lines after "then", never
        // in the rule's name or its conditions, where the same word may well stand.
        int then = problem.line() - 1;
        while (then < end && !lines[then].strip().equals("then")) {
            then++;
        }
        for (int i = then + 1; i < end; i++) {
            Matcher found = use.matcher(lines[i]);
            if (found.find()) {
                return new RulesetProblem(problem.kind(), problem.file(), i + 1, found.start() + 1, problem.message());
            }
        }
        return null;
    }

    /** The lines of one file of the ruleset; none when the compiler names a file the ruleset lacks. */
    static String[] lines(List<RulesetFile> files, String file) {
        return files.stream()
                .filter(f -> f.name().equals(file))
                .map(f -> f.content().split("\n", -1))
                .findFirst()
                .orElse(new String[0]);
    }

    private static int nextRuleLine(List<RulesetFile> files, String file, int line) {
        String[] lines = lines(files, file);
        for (int i = line; i < lines.length; i++) {
            if (RULE_NAME.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Where an error inside a rule's consequence is in the file. The compiler gives the rule's line, and
     * the line and column within the consequence (which starts at "then", its lines stripped of their
     * indentation); this adds them up, so the policy lead is sent to the line that is wrong.
     */
    private static int[] inConsequence(List<RulesetFile> files, String file, int ruleLine, int line, int column) {
        String[] lines = lines(files, file);
        for (int i = ruleLine - 1; i < lines.length; i++) {
            if (lines[i].strip().equals("then")) {
                int target = i + line - 1;
                if (target >= lines.length) {
                    break;
                }
                int indent =
                        lines[target].length() - lines[target].stripLeading().length();
                return new int[] {target + 1, column + indent};
            }
        }
        return new int[] {ruleLine, 0};
    }

    private static Map<String, Declaration> declarations(List<RulesetFile> files) {
        Map<String, Declaration> declarations = new HashMap<>();
        for (RulesetFile file : files) {
            if (file.isDrl()) {
                Matcher matcher = RULE_NAME.matcher(file.content());
                while (matcher.find()) {
                    int line = TextPosition.lineOf(file.content(), matcher.start(1));
                    declarations.put(matcher.group(1), new Declaration(file.name(), line, declarations.size()));
                }
            }
        }
        return declarations;
    }

    private static List<RuleDescription> describe(
            KieBase kieBase,
            Map<String, Declaration> declarations,
            List<RulesetFile> files,
            List<RulesetProblem> problems) {
        Map<String, RulesetFile> byName = new HashMap<>();
        files.forEach(file -> byName.put(file.name(), file));
        List<Rule> all = new ArrayList<>();
        kieBase.getKiePackages().forEach(kiePackage -> all.addAll(kiePackage.getRules()));
        Declaration unknown = new Declaration("?", 0, Integer.MAX_VALUE);
        // The order the policy applies its rules: by salience (each policy step has its own), then by
        // place in the file. Ruleset files are read in name order, so the file list cannot give it.
        all.sort(Comparator.comparingInt((Rule rule) -> -salience(rule))
                .thenComparingInt(rule ->
                        declarations.getOrDefault(rule.getName(), unknown).position()));
        List<RuleDescription> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Rule rule : all) {
            Declaration declared = declarations.getOrDefault(rule.getName(), unknown);
            String id = RuleMetadata.value(rule.getMetaData(), RuleMetadata.ID);
            String explanation = RuleMetadata.explanation(rule);
            String guidance = RuleMetadata.guidance(rule);
            if (id == null || explanation == null || guidance == null) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.METADATA,
                        declared.file(),
                        declared.line(),
                        1,
                        "rule \"" + rule.getName() + "\" needs @id, @explanation and @guidance metadata"));
            }
            if (byName.containsKey(declared.file())) {
                problems.addAll(ExplanationPlaceholders.unfilled(
                        rule.getName(), explanation, byName.get(declared.file()), declared.line()));
            }
            if (id != null && !ids.add(id)) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.DUPLICATE_ID,
                        declared.file(),
                        declared.line(),
                        1,
                        "rule id " + id + " is used by more than one rule"));
            }
            rules.add(new RuleDescription(id, rule.getName(), declared.file(), explanation, guidance, rules.size()));
        }
        return rules;
    }

    /** A rule's salience; the public rule API does not expose it, the engine's own rule class does. */
    private static int salience(Rule rule) {
        return rule instanceof RuleImpl impl ? impl.getSalienceValue() : 0;
    }

    private static String fileName(String path) {
        if (path == null) {
            return "?";
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
