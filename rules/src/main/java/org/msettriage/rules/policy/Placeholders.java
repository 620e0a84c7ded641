package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an explanation template fills: {@code {level}}, or {@code {due:time}} with a style. One reading
 * for every check of a template (a rule's, a table row's, a setting's), so they agree on what a name is.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_]+)(?::[a-z]+)?}");

    private Placeholders() {}

    /** Each placeholder's name, in the order the text gives them (a name given twice is listed twice). */
    public static List<String> in(String text) {
        List<String> names = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }
}
