package org.msettriage.rules.engine;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names {@link DrlAllowlist} judges a candidate's DRL by: the words and members it refuses wherever
 * they stand, what may be called without a receiver, and what names a class by its package. Kept apart
 * from the reading of the tokens, so a policy lead's reviewer can read every list in one place.
 */
final class DrlNames {

    private DrlNames() {}

    /**
     * Statements a rule never needs, and that loop forever, throw, or declare classes or functions of their
     * own (a function can recurse without end, and its body is code beside the rules).
     */
    static final Set<String> REFUSED_WORDS = Set.of(
            "while",
            "do",
            "for",
            "synchronized",
            "throw",
            "try",
            "catch",
            "finally",
            "class",
            "interface",
            "native",
            "assert",
            "volatile",
            "transient",
            "strictfp",
            "static",
            "goto",
            "const",
            "trait",
            "function");

    /**
     * Names that lead from a plain value to classes, class loaders, reflection, the process, system
     * properties or the session, or that never end. Refused wherever they stand: after a dot, as a
     * property in a constraint ({@code getClass().classLoader}), or called without a receiver.
     */
    static final Set<String> REFUSED_MEMBERS = Set.of(
            "class",
            "getClass",
            "getClassLoader",
            "classLoader",
            "getContextClassLoader",
            "contextClassLoader",
            "getSystemClassLoader",
            "systemClassLoader",
            "getPlatformClassLoader",
            "platformClassLoader",
            "loadClass",
            "forName",
            "newInstance",
            "getDeclaringClass",
            "declaringClass",
            "TYPE",
            "describeConstable",
            "resolveConstantDesc",
            "invoke",
            "invokeExact",
            "invokeWithArguments",
            "setAccessible",
            "trySetAccessible",
            "getMethod",
            "getMethods",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getField",
            "getFields",
            "getDeclaredField",
            "getDeclaredFields",
            "getConstructor",
            "getConstructors",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "getSuperclass",
            "superclass",
            "getInterfaces",
            "arrayType",
            "componentType",
            "getComponentType",
            "getEnclosingClass",
            "getNestHost",
            "getRecordComponents",
            "getEnumConstants",
            "getPackage",
            "getRuntime",
            "runtime",
            "exec",
            "exit",
            "halt",
            "load",
            "loadLibrary",
            "wait",
            "notify",
            "notifyAll",
            "finalize",
            "getKieRuntime",
            "kieRuntime",
            "getKnowledgeRuntime",
            "getWorkingMemory",
            "getKieBase",
            "getKieSession",
            "getSession",
            "getEnvironment",
            "getGlobals",
            "getChannels",
            "getChannel",
            "getEntryPoint",
            "getResource",
            "getResources",
            "getResourceAsStream",
            "getModule",
            "module",
            "getProtectionDomain",
            "protectionDomain",
            "codeSource",
            "getCodeSource",
            "currentThread",
            "getInteger",
            "getLong",
            "getBoolean",
            "getenv",
            "getProperty",
            "getProperties",
            "setProperty",
            "iterate",
            "generate");

    /**
     * Members that read the clock, chance or an object's identity: a rule using one decides the same referral
     * differently from one run (or compile) to the next, and a scenario that passed at validation may fail
     * later ({@code LocalDate.now()} a year on, {@code Math.random()}; a policy lead's trial passed both). The
     * moment a rule may read is the referral's {@code assessedAt}. The plainest ways only: no list of names
     * can stop every one (the order in which {@code Set.of} iterates, an object's default {@code toString}),
     * which the scenarios a candidate must pass are there to catch.
     */
    static final Set<String> UNREPEATABLE_MEMBERS = Set.of(
            "now",
            "random",
            "currentTimeMillis",
            "nanoTime",
            "systemDefault",
            "systemDefaultZone",
            "getDefault",
            "randomUUID",
            "shuffle",
            "hashCode",
            "identityHashCode",
            "hash");

    /**
     * Members of the listed JDK types whose cost is set by a number they are given, with no bound: one call
     * could hold a core or the heap for minutes ({@code "x".repeat(1 << 30)},
     * {@code Collections.nCopies(Integer.MAX_VALUE, 0).toString()}). Refused as the plainest ways to it; no
     * list of names can bound what Java lets a statement do (doubling a text, big numbers, a rule that fires
     * itself), so a candidate's every decision also runs within a time budget ({@link AssessmentBudget}).
     */
    static final Set<String> UNBOUNDED_MEMBERS = Set.of(
            "repeat",
            "nCopies",
            "pow",
            "parallel",
            "parallelStream",
            "datesUntil",
            "ensureCapacity",
            "setLength",
            "shiftLeft",
            "shiftRight",
            "scaleByPowerOfTen",
            "movePointLeft",
            "movePointRight",
            "copyOfRange",
            "setAll",
            "fill");

    /**
     * What may be called without a receiver: the DRL's own words (conditions, accumulate functions, the
     * consequence's working-memory actions), Java's statements, and a fact's getters in a constraint.
     */
    static final Set<String> CALLABLE = Set.of(
            "not",
            "exists",
            "forall",
            "eval",
            "accumulate",
            "acc",
            "collect",
            "from",
            "and",
            "or",
            "over",
            "window",
            "time",
            "length",
            "count",
            "sum",
            "min",
            "max",
            "average",
            "collectList",
            "collectSet",
            "insert",
            "insertLogical",
            "modify",
            "update",
            "delete",
            "retract",
            "if",
            "switch",
            "return",
            "salience",
            "enabled",
            "new",
            "in");

    /** Whether a name may be called without a receiver, as a DRL word, a type, a bound variable or a getter. */
    static boolean callableWithoutReceiver(String name) {
        return CALLABLE.contains(name)
                || Character.isUpperCase(name.charAt(0))
                || name.startsWith("$")
                || name.matches("(get|is)\\p{Lu}\\w*");
    }

    /** The names a consequence is given to pass on (as Findings.record(kcontext, ...) does), never to open. */
    static final Set<String> PASS_ON_ONLY = Set.of("kcontext", "drools");

    /** What they may be passed to: Findings' own methods, straight inside whose parentheses they stand. */
    static final Set<String> PASSED_TO = Stream.of(Findings.class.getMethods())
            .filter(method -> method.getDeclaringClass() == Findings.class)
            .map(java.lang.reflect.Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** Top-level package names: a lowercase chain starting with one of these names a class by its package. */
    static final Set<String> PACKAGE_ROOTS = packageRoots();

    /** DRL's own words, which a declared type may not take: a type named "end" would make "end x;" Java. */
    static final Set<String> DRL_WORDS = Set.of("end", "then", "when", "rule", "query", "declare");

    private static Set<String> packageRoots() {
        Stream<String> common = Stream.of(
                "java",
                "javax",
                "jakarta",
                "jdk",
                "sun",
                "com",
                "org",
                "net",
                "io",
                "kotlin",
                "scala",
                "groovy",
                "ch",
                "de",
                "nl",
                "uk",
                "eu",
                "edu",
                "gov",
                "dev",
                "lombok",
                "reactor",
                "oracle",
                "apple",
                "ognl",
                "mvel",
                "antlr",
                "junit",
                "picocli",
                "liquibase",
                "software",
                "okhttp3",
                "feign",
                "brave",
                "zipkin2");
        Stream<String> jdk = ModuleLayer.boot().modules().stream()
                .flatMap(module -> module.getPackages().stream())
                .map(pkg -> pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg);
        Stream<String> loaded = Stream.of(DrlNames.class.getClassLoader().getDefinedPackages())
                .map(Package::getName)
                .map(pkg -> pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg);
        return Stream.of(common, jdk, loaded).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());
    }
}
