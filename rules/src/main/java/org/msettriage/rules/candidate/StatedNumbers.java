package org.msettriage.rules.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TextPosition;
import org.msettriage.rules.policy.CsvTable;
import org.msettriage.rules.policy.PolicyFiles;
import org.msettriage.rules.policy.PolicySettings;

/**
 * Finds wording that states a number a setting holds ("three or more times", "90 days") in the titles
 * of indicators and actions and in rules' explanations. Such wording goes stale when the setting
 * changes (issue 16: after repeat_missing_episodes went from 3 to 2, one reason said "2 or more" and
 * the next "three or more"), so validation warns and names the placeholder to write instead. A number
 * counts only beside the unit of a setting of that value, or as months of thirty days beside a setting
 * of days looking back: "in the last three months" states current_window_days (90), so it would go
 * stale too.
 */
final class StatedNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("ninety", 90));

    /** A number, perhaps "or more" and the like, then the word after it. */
    private static final Pattern STATED = Pattern.compile(
            "\\b(\\d+|" + String.join("|", WORDS.keySet())
                    + ")\\s+(?:(?:or more|or fewer|or less|and over)\\s+)?([a-z]+)",
            Pattern.CASE_INSENSITIVE);

    /** A number on its own, in digits or words (not a placeholder's name, which holds no digits alone). */
    private static final Pattern NUMBER =
            Pattern.compile("\\b(\\d+|" + String.join("|", WORDS.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);

    /** The word after a number, past "or more" and the like. */
    private static final Pattern FOLLOWING_WORD = Pattern.compile(
            "\\s+(?:(?:or more|or fewer|or less|or over|and over)\\s+)?([a-z]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern EXPLANATION = Pattern.compile("@explanation\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final List<String> MONTHS = List.of("month", "months");
    private static final Pattern LOOKING_BACK = Pattern.compile("\\b(last|past)\\s+$", Pattern.CASE_INSENSITIVE);

    /** The words that name each kind of setting's unit, by the end of its name. */
    private static final Map<String, List<String>> UNITS = Map.of(
            "_days", List.of("day", "days"),
            "_hours", List.of("hour", "hours"),
            "_episodes", List.of("times", "episode", "episodes"),
            "_years", List.of("year", "years"),
            "_points", List.of("point", "points"));

    /** The table columns that hold wording a reader sees. */
    private static final Map<String, List<String>> WORDED_COLUMNS = Map.of(
            PolicyFiles.INDICATORS, List.of("title"),
            PolicyFiles.ACTIONS, List.of("title"),
            PolicyFiles.ACTION_RULES, List.of("sentence", "explanation"),
            PolicyFiles.OVERRIDE_LEVELS, List.of("summary"));

    private StatedNumbers() {}

    /** One piece of wording a reader sees: where it is, which column or annotation, and its text. */
    private record Wording(String file, int line, String what, String text) {}

    static List<RulesetWarning> in(List<RulesetFile> files, PolicySettings settings, List<String> settingNames) {
        List<RulesetWarning> warnings = new ArrayList<>();
        for (Wording wording : wordings(files)) {
            check(warnings, wording, settings, settingNames);
        }
        return warnings;
    }

    /**
     * Wording that states, as a bare number, what a setting held before this change: found by a policy
     * lead who set under_age_years to 14 and kept "a child under 13" in a summary, which the check above
     * misses (no unit follows the number) and which went on reading 13 for a 13-year-old raised as under
     * 14. Only settings whose value changes are looked for, so wording the serving ruleset already had
     * with those values is not warned of until it would go stale.
     */
    static List<RulesetWarning> stale(
            List<RulesetFile> files, PolicySettings before, PolicySettings after, List<String> settingNames) {
        List<RulesetWarning> warnings = new ArrayList<>();
        List<Wording> wordings = wordings(files);
        for (String name : settingNames) {
            Integer was = before.value(name);
            Integer now = after.value(name);
            if (was == null || now == null || was.equals(now)) {
                continue;
            }
            for (Wording wording : wordings) {
                Matcher number = NUMBER.matcher(wording.text());
                while (number.find()) {
                    if (valueOf(number.group(1)) == was
                            && !countsSomethingElse(name, wording.text().substring(number.end()))) {
                        warnings.add(new RulesetWarning(
                                RulesetWarning.Kind.STATED_NUMBER,
                                wording.file(),
                                wording.line(),
                                wording.what() + ": \"" + number.group(1) + "\" is what the setting " + name
                                        + " held before this change (now " + now + "); if it states that setting,"
                                        + " write {" + name + "} so the wording follows it"));
                        break;
                    }
                }
            }
        }
        return warnings;
    }

    /**
     * Whether the words after a number give it a unit other than the setting's ("within three months"
     * beside a number of episodes is a timescale): such a number states something else. A number with no
     * unit ("under 13") or the setting's own is kept.
     */
    private static boolean countsSomethingElse(String setting, String after) {
        Matcher unit = FOLLOWING_WORD.matcher(after);
        if (!unit.lookingAt()) {
            return false;
        }
        String word = unit.group(1).toLowerCase(Locale.ROOT);
        boolean aUnit = MONTHS.contains(word) || UNITS.values().stream().anyMatch(words -> words.contains(word));
        return aUnit && !unitOf(setting).contains(word);
    }

    private static List<Wording> wordings(List<RulesetFile> files) {
        List<Wording> wordings = new ArrayList<>();
        for (RulesetFile file : files) {
            if (WORDED_COLUMNS.containsKey(file.name())) {
                for (CsvTable.Row row :
                        CsvTable.parse(file.name(), file.content(), List.of()).rows()) {
                    for (String column : WORDED_COLUMNS.get(file.name())) {
                        String text = row.values().get(column);
                        if (text != null) {
                            wordings.add(new Wording(file.name(), row.line(), column, text));
                        }
                    }
                }
            } else if (file.isDrl()) {
                Matcher explanation = EXPLANATION.matcher(file.content());
                while (explanation.find()) {
                    int line = TextPosition.lineOf(file.content(), explanation.start());
                    wordings.add(new Wording(file.name(), line, "@explanation", explanation.group(1)));
                }
            }
        }
        return wordings;
    }

    private static void check(
            List<RulesetWarning> warnings, Wording wording, PolicySettings settings, List<String> settingNames) {
        String file = wording.file();
        int line = wording.line();
        String what = wording.what();
        String text = wording.text();
        Matcher stated = STATED.matcher(text);
        while (stated.find()) {
            int value = valueOf(stated.group(1));
            String unit = stated.group(2).toLowerCase(Locale.ROOT);
            for (String name : settingNames) {
                Integer held = settings.value(name);
                // "In the last three months" states a window of days thirty times as many (90); "within three
                // months" is a timescale's due date, not a window, and is left alone.
                boolean inMonths = name.endsWith("_days")
                        && MONTHS.contains(unit)
                        && LOOKING_BACK
                                .matcher(text.substring(0, stated.start()))
                                .find()
                        && held != null
                        && held == value * 30;
                if (held != null && (held == value && unitOf(name).contains(unit) || inMonths)) {
                    warnings.add(new RulesetWarning(
                            RulesetWarning.Kind.STATED_NUMBER,
                            file,
                            line,
                            what + ": \"" + stated.group() + "\" states the value of the"
                                    + " setting " + name + "; write {" + name + "} so the wording follows the"
                                    + " setting when it changes"));
                }
            }
        }
    }

    private static List<String> unitOf(String setting) {
        return UNITS.entrySet().stream()
                .filter(e -> setting.endsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
    }

    /** A number written in digits or as one of the words above; -1 for anything else. */
    private static int valueOf(String number) {
        String lower = number.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(lower) ? WORDS.get(lower) : parse(lower);
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
