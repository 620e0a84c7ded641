package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
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
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    record Compiled(KieBase kieBase, List<RuleDescription> rules) {}

    private RulesetCompiler() {}

    static Compiled compile(List<RulesetFile> files, RulesetIdentity identity) {
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        // Each ruleset gets its own release id, so that several can live side by side in one JVM.
        ReleaseId releaseId = services.newReleaseId(
                "org.msettriage.ruleset",
                "mset-ruleset",
                identity.version() + "-" + identity.sha256().substring(0, 12));
        fileSystem.generateAndWritePomXML(releaseId);
        Map<String, String> fileOfRule = new HashMap<>();
        Map<String, Integer> positionOfRule = new HashMap<>();
        for (RulesetFile file : files) {
            if (file.isDrl()) {
                fileSystem.write(RESOURCE_FOLDER + file.name(), file.content());
                Matcher matcher = RULE_NAME.matcher(file.content());
                while (matcher.find()) {
                    fileOfRule.put(matcher.group(1), file.name());
                    positionOfRule.put(matcher.group(1), positionOfRule.size());
                }
            }
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The executable model throws, rather than reports, a constraint it cannot type.
            throw new RulesetException(
                    List.of(new RulesetProblem("?", 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        List<RulesetProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.INFO) {
                problems.add(new RulesetProblem(
                        fileName(message.getPath()), message.getLine(), message.getColumn(), message.getText()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        List<RuleDescription> rules = describe(kieBase, fileOfRule, positionOfRule, problems);
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        return new Compiled(kieBase, rules);
    }

    private static List<RuleDescription> describe(
            KieBase kieBase,
            Map<String, String> fileOfRule,
            Map<String, Integer> positionOfRule,
            List<RulesetProblem> problems) {
        List<Rule> all = new ArrayList<>();
        kieBase.getKiePackages().forEach(kiePackage -> all.addAll(kiePackage.getRules()));
        // The order the policy applies its rules: by salience (each policy step has its own), then by
        // place in the file. Ruleset files are read in name order, so the file list cannot give it.
        all.sort(Comparator.comparingInt((Rule rule) -> -salience(rule))
                .thenComparingInt(rule -> positionOfRule.getOrDefault(rule.getName(), Integer.MAX_VALUE)));
        List<RuleDescription> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Rule rule : all) {
            String file = fileOfRule.getOrDefault(rule.getName(), "?");
            String id = RuleMetadata.value(rule.getMetaData(), RuleMetadata.ID);
            String explanation = RuleMetadata.explanation(rule);
            String guidance = RuleMetadata.guidance(rule);
            if (id == null || explanation == null || guidance == null) {
                problems.add(new RulesetProblem(
                        file, 0, 0, "rule \"" + rule.getName() + "\" needs @id, @explanation and @guidance metadata"));
            } else if (!ids.add(id)) {
                problems.add(new RulesetProblem(file, 0, 0, "rule id " + id + " is used by more than one rule"));
            }
            rules.add(new RuleDescription(id, rule.getName(), file, explanation, guidance, rules.size()));
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
