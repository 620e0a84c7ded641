package org.msettriage.rules.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.msettriage.rules.facts.Evidence;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.ActionRule;
import org.msettriage.rules.policy.ActionRules;
import org.msettriage.rules.policy.CategoryDefinition;
import org.msettriage.rules.policy.IndicatorDefinition;
import org.msettriage.rules.policy.OverrideLevel;
import org.msettriage.rules.policy.PointsEntry;
import org.msettriage.rules.policy.PolicyLookup;
import org.msettriage.rules.policy.PolicySettings;
import org.msettriage.rules.policy.ScoreBand;
import org.msettriage.rules.referral.Referral;

/**
 * The classes a rule may name: the facts the engine inserts, the policy tables, {@link Findings}, and the
 * plain value and collection types of the JDK. Nothing here reaches files, threads, class loading or the
 * running session, so a rule that names only these can decide and record, and nothing else.
 */
final class AllowedTypes {

    /** The package every ruleset's DRL declares; no class on the class path lives there. */
    static final String RULESET_PACKAGE = "org.msettriage.ruleset";

    private static final String JAVA_LANG = "java.lang.";

    /** Visible in DRL without an import, as java.lang is in Java. */
    private static final Set<String> WITHOUT_IMPORT = Set.of(
            "String",
            "Integer",
            "Long",
            "Short",
            "Byte",
            "Double",
            "Float",
            "Boolean",
            "Character",
            "Math",
            "Number",
            "Object",
            "Comparable",
            "CharSequence",
            "StringBuilder",
            "Iterable");

    private static final Set<String> IMPORTABLE = names(List.of(
            List.class,
            Set.class,
            Map.class,
            Collection.class,
            Collections.class,
            ArrayList.class,
            LinkedList.class,
            HashMap.class,
            HashSet.class,
            LinkedHashMap.class,
            LinkedHashSet.class,
            TreeMap.class,
            TreeSet.class,
            Objects.class,
            Optional.class,
            Arrays.class,
            Comparator.class,
            Stream.class,
            Collectors.class,
            Instant.class,
            Duration.class,
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            ZoneOffset.class,
            Period.class,
            DayOfWeek.class,
            Month.class,
            YearMonth.class,
            ChronoUnit.class,
            BigDecimal.class,
            BigInteger.class,
            Findings.class,
            ActionDefinition.class,
            ActionRule.class,
            ActionRules.class,
            CategoryDefinition.class,
            IndicatorDefinition.class,
            OverrideLevel.class,
            PointsEntry.class,
            PolicyLookup.class,
            PolicySettings.class,
            ScoreBand.class));

    /** Packages of plain data whose every class a rule may use: the facts and the referral. */
    private static final Set<String> OPEN_PACKAGES =
            Set.of(Evidence.class.getPackageName(), Referral.class.getPackageName());

    private AllowedTypes() {}

    private static Set<String> names(List<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toUnmodifiableSet());
    }

    static boolean visibleWithoutImport(String simpleName) {
        return WITHOUT_IMPORT.contains(simpleName);
    }

    /** Whether a class of this qualified name may be imported or named. */
    static boolean importable(String qualifiedName) {
        if (IMPORTABLE.contains(qualifiedName)
                || qualifiedName.startsWith(JAVA_LANG)
                        && WITHOUT_IMPORT.contains(qualifiedName.substring(JAVA_LANG.length()))) {
            return true;
        }
        int dot = qualifiedName.lastIndexOf('.');
        return dot > 0 && OPEN_PACKAGES.contains(qualifiedName.substring(0, dot)) && exists(qualifiedName);
    }

    /** Whether every class of the package may be imported with a wildcard. */
    static boolean openPackage(String packageName) {
        return OPEN_PACKAGES.contains(packageName);
    }

    /** The open packages' classes a wildcard import makes visible, looked up without initialising them. */
    static boolean inOpenPackage(String simpleName, Set<String> wildcardPackages) {
        return wildcardPackages.stream().anyMatch(pkg -> exists(pkg + "." + simpleName));
    }

    /** Whether a simple name already names a class a DRL could reach: java.lang's, a listed one, or a fact. */
    static boolean namesAClass(String simpleName) {
        return WITHOUT_IMPORT.contains(simpleName)
                || exists(JAVA_LANG + simpleName)
                || IMPORTABLE.stream().anyMatch(name -> name.endsWith("." + simpleName))
                || OPEN_PACKAGES.stream().anyMatch(pkg -> exists(pkg + "." + simpleName));
    }

    private static boolean exists(String qualifiedName) {
        try {
            Class.forName(qualifiedName, false, AllowedTypes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
