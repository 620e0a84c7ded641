package org.msettriage.service.audit;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;

/**
 * A retention period written without a unit ("2192") may be meant as days or as years, and what retention
 * removes is gone for good: the service's start and {@code audit verify} both refuse it, in these words.
 */
public final class RetentionUnit {

    private static final Pattern NO_UNIT = Pattern.compile("\\s*[+-]?\\d+\\s*");

    private RetentionUnit() {}

    /** Why the period as written cannot be used; empty when it names its unit (or is the default). */
    public static Optional<String> problem(Environment environment, Duration bound) {
        String written = environment.getProperty(RetentionInForce.SETTING);
        if (written == null || !NO_UNIT.matcher(written).matches()) {
            return Optional.empty();
        }
        return Optional.of(RetentionInForce.SETTING + " is " + written.strip() + " without a unit, which may be"
                + " meant as days or as years: give the unit, such as 2192d (six years) or " + written.strip()
                + "d (" + RetentionInWords.of(bound) + "). Spring reads d, h, m, s and ms; years have no unit of"
                + " their own, so give them as days.");
    }
}
