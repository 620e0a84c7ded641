package org.msettriage.service.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A day an auditor enters in a date field (2026-11-21), as the instant it begins in the reports' zone: the
 * search and the access log both filter by days as the partnership's clocks read them, not by UTC days.
 */
final class EnteredDays {

    private EnteredDays() {}

    /**
     * When the day entered, or the day {@code daysLater} after it, begins; null when nothing was entered.
     * "To 3 December" is the start of 4 December, so that the whole of the day counts.
     *
     * @throws DateTimeParseException when what was entered is not a date
     */
    static OffsetDateTime startOf(String day, int daysLater, ZoneId zone) {
        if (day == null || day.isBlank()) {
            return null;
        }
        return LocalDate.parse(day.strip())
                .plusDays(daysLater)
                .atStartOfDay(zone)
                .toOffsetDateTime();
    }
}
