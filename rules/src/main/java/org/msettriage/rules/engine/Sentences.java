package org.msettriage.rules.engine;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Fills a rule's explanation template. {name} takes a value as a reader would write it (dates as
 * "12 Nov 2026", durations in hours, levels capitalised); {name:signed} writes a number with its sign,
 * {name:times} a count as "once", "twice", "3 times", and {name:time} a moment to the minute.
 * A placeholder left unfilled is a defect in the rule, so it fails loudly rather than reach a reader.
 */
public final class Sentences {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_]+)(?::(signed|times|time))?}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Sentences() {}

    public static String render(String ruleId, String template, Object... namesAndValues) {
        return render(ruleId, template, name -> null, namesAndValues);
    }

    /**
     * Renders as {@link #render(String, String, Object...)} does, taking a name the rule does not pass
     * from {@code otherwise} (the policy's settings, by their names in settings.csv). The template is
     * parsed for this call: an engine renders from the templates it parsed once (see EngineChannel).
     */
    public static String render(
            String ruleId, String template, Function<String, Object> otherwise, Object... namesAndValues) {
        return render(ruleId, parsed(template), otherwise, namesAndValues);
    }

    /** Renders a template parsed earlier, with {@link #parsed(String)}; null when the rule has none. */
    static String render(
            String ruleId, Template template, Function<String, Object> otherwise, Object... namesAndValues) {
        if (template == null) {
            throw new IllegalStateException("Rule " + ruleId + " has no @explanation");
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Rule " + ruleId + " passed an odd number of names and values");
        }
        return template.fill(ruleId, otherwise, namesAndValues);
    }

    /** The template split into its literal text and its placeholders; null for no template. */
    static Template parsed(String text) {
        return text == null ? null : Template.parse(text);
    }

    /**
     * A template split once into its literal text and its placeholders, so that a decision fills its
     * reasons without matching a pattern for each. Immutable, and kept by the engine that parsed it,
     * never in a static cache: a decision stopped over its budget may leave a shared structure it was
     * changing half-changed, and an engine that was stopped is thrown away with what it kept.
     */
    record Template(String[] literals, String[] names, String[] styles) {

        private static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(text);
            int end = 0;
            while (matcher.find()) {
                literals.add(text.substring(end, matcher.start()));
                names.add(matcher.group(1));
                styles.add(matcher.group(2));
                end = matcher.end();
            }
            literals.add(text.substring(end));
            return new Template(
                    literals.toArray(String[]::new), names.toArray(String[]::new), styles.toArray(String[]::new));
        }

        String fill(String ruleId, Function<String, Object> otherwise, Object[] namesAndValues) {
            StringBuilder text = new StringBuilder(literals[0]);
            for (int i = 0; i < names.length; i++) {
                int at = lastIndexOfName(namesAndValues, names[i]);
                Object value = at < 0 ? otherwise.apply(names[i]) : namesAndValues[at + 1];
                if (value == null) {
                    throw new IllegalStateException("Rule " + ruleId + " left {" + names[i] + "} unfilled");
                }
                text.append(formatAs(styles[i], value)).append(literals[i + 1]);
            }
            return text.toString();
        }

        /** Where a name is in the names and values; the last wins when a rule passes one twice. */
        private static int lastIndexOfName(Object[] namesAndValues, String name) {
            for (int i = namesAndValues.length - 2; i >= 0; i -= 2) {
                if (name.equals(namesAndValues[i])) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static String formatAs(String style, Object value) {
        if ("signed".equals(style)) {
            return signed(value);
        }
        if ("times".equals(style)) {
            return times(value);
        }
        if ("time".equals(style)) {
            return dateAndTime((OffsetDateTime) value);
        }
        return format(value);
    }

    static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number)) {
                return String.valueOf((long) number);
            }
        }
        if (value instanceof OffsetDateTime time) {
            return DATE.format(time);
        }
        if (value instanceof Duration duration) {
            return hours(duration);
        }
        if (value instanceof RiskLevel level) {
            return level.getLabel();
        }
        if (value instanceof CareStatus status) {
            return careStatus(status);
        }
        if (value instanceof Recency recency) {
            return recency.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Collection<?> items) {
            // Rules gather codes with collectList: its order is the engine's and it can hold a code twice
            // (given and derived). Sorted and distinct, the same decision always reads the same.
            TreeSet<String> formatted = new TreeSet<>();
            items.forEach(item -> formatted.add(format(item)));
            return String.join(", ", formatted);
        }
        return String.valueOf(value);
    }

    /**
     * A care status as the sentences use it: "looked after ({careStatus})" reads "looked after (section 31,
     * care order)", never the code a case system sends.
     */
    private static String careStatus(CareStatus status) {
        return switch (status) {
            case NONE -> "not known to children's social care";
            case EARLY_HELP -> "early help";
            case CHILD_IN_NEED -> "child in need";
            case CHILD_PROTECTION -> "child protection plan";
            case LOOKED_AFTER_S20 -> "section 20, by agreement";
            case LOOKED_AFTER_S31 -> "section 31, care order";
            case CARE_LEAVER -> "care leaver";
        };
    }

    /** A moment that matters to the hour, such as a due time: "11 Nov 2026, 02:30 UTC". */
    private static String dateAndTime(OffsetDateTime time) {
        String offset = time.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + time.getOffset();
        return DATE.format(time) + ", " + TIME.format(time) + " " + offset;
    }

    private static String signed(Object value) {
        int number = ((Number) value).intValue();
        return number > 0 ? "+" + number : String.valueOf(number);
    }

    private static String times(Object value) {
        long count = ((Number) value).longValue();
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String whole = hours == 1 ? "1 hour" : hours + " hours";
        if (minutes == 0) {
            return whole;
        }
        return whole + " " + minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
