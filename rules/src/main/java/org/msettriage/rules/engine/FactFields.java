package org.msettriage.rules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a fact has, told beside a compile error about one it does not: Drools says only "unable to
 * resolve method using strict-mode: ...OverrideReported.overrideCode()", and the policy lead is left to
 * guess what the fact does have.
 */
final class FactFields {

    /** Facts rules may match: only their fields are listed (a class name in a message is not trusted). */
    private static final String FACTS = "org.msettriage.rules.facts.";

    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: (" + Pattern.quote(FACTS) + "\\w+)\\.(\\w+)\\(\\)");

    private FactFields() {}

    /** The compiler's message, with the fact's fields added when it names a field the fact does not have. */
    static String explained(String message) {
        Matcher unknown = UNKNOWN_FIELD.matcher(message);
        if (!unknown.find()) {
            return message;
        }
        String noSuchField = noSuchField(unknown.group(1).substring(FACTS.length()), unknown.group(2));
        return noSuchField == null ? message : message + " (" + noSuchField + ")";
    }

    /**
     * "Judgement has no field levle; its fields are ...", for a fact rules may match named by its simple
     * name; null for any other class.
     */
    static String noSuchField(String factName, String field) {
        Class<?> fact;
        try {
            fact = Class.forName(FACTS + factName, false, FactFields.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notAFact) {
            return null;
        }
        TreeSet<String> fields = new TreeSet<>();
        Arrays.stream(fact.getMethods())
                .filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getDeclaringClass() != Object.class)
                .map(FactFields::field)
                .filter(name -> !name.isEmpty())
                .forEach(fields::add);
        return fact.getSimpleName() + " has no field " + field + "; its fields are " + String.join(", ", fields);
    }

    /** The field a getter reads ("getCode" and "isAdult" read code and adult); "" for any other method. */
    private static String field(Method method) {
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return "";
        }
        return name.substring(prefix, prefix + 1).toLowerCase(Locale.ROOT) + name.substring(prefix + 1);
    }
}
