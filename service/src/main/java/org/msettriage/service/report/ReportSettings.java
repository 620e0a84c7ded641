package org.msettriage.service.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code withheldBelow}: counts from 1 to one below this are reported as null, the usual protection
 * against picking a child out of a small group in published figures about children (5 by default;
 * 1 withholds nothing).
 */
@ConfigurationProperties("mset.reports")
public record ReportSettings(@DefaultValue("5") int withheldBelow) {

    public ReportSettings {
        if (withheldBelow < 1) {
            throw new IllegalArgumentException("mset.reports.withheld-below must be 1 or more");
        }
    }
}
