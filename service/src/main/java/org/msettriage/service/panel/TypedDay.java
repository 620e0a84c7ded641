package org.msettriage.service.panel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a coordinator types it in the pages: day/month/year, as UK users write it (24/12/2026, or
 * 3/12/2026), or the ISO form (2026-12-24). Anything else could not be read, and is said so, rather than
 * taken for a day left blank.
 */
final class TypedDay {

    /** What a day that could not be read is told, with the form to write it in. */
    static final String UNREADABLE = "could not be read as a date: write it as day/month/year, such as 24/12/2026";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private TypedDay() {}

    /** A day written as the pages ask for it, and read back by {@link #read}: 24/12/2026. */
    static String written(LocalDate day) {
        return day.format(WRITTEN);
    }

    /** The day typed, or empty when it is not one (31/02/2026 included). Blank text is no day either. */
    static Optional<LocalDate> read(String typed) {
        String text = typed == null ? "" : typed.strip();
        Matcher uk = DAY_MONTH_YEAR.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            if (uk.matches()) {
                return Optional.of(LocalDate.of(number(uk, 3), number(uk, 2), number(uk, 1)));
            }
            if (iso.matches()) {
                return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
            }
        } catch (DateTimeException notADay) {
            // A month 13 or a 31 February: not a day, as any other text.
        }
        return Optional.empty();
    }

    private static int number(Matcher matched, int group) {
        return Integer.parseInt(matched.group(group));
    }
}
