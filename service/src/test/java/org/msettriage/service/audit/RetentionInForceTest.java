package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.mock.env.MockEnvironment;

/**
 * The period in force is said where an operator looks without reading the settings: one line of the start
 * log, actuator info and a gauge; none of them about any child.
 */
class RetentionInForceTest {

    private static RetentionInForce inForce(Duration period, String written) {
        AuditSettings settings =
                new AuditSettings("", "", "", "", period, Duration.ofHours(1), Duration.ofMillis(250), null);
        return new RetentionInForce(settings, new MockEnvironment().withProperty("mset.audit.retention", written));
    }

    private static List<ILoggingEvent> startLog(Duration period, String written) {
        Logger logger = (Logger) LoggerFactory.getLogger(RetentionInForce.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            inForce(period, written).announce();
        } finally {
            logger.detachAppender(captured);
        }
        return captured.list;
    }

    @Test
    void theStartLogSaysThePeriodInWordsInOneLine() {
        assertThat(startLog(Duration.ofDays(2192), "2192d"))
                .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .singleElement()
                .satisfies(line -> assertThat(line.toList())
                        .containsExactly(
                                Level.INFO,
                                "Decisions' content is kept for 6 years (2,192 days), then removed; summaries stay"
                                        + " (mset.audit.retention=2192d)"));
    }

    @Test
    void aPeriodShorterThanProductionAllowsIsAWarning() {
        // Found by a new operator: 45s under the default profile removed decisions' content for good.
        assertThat(startLog(Duration.ofSeconds(45), "45s")).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage())
                    .startsWith("Decisions' content is kept for 45 seconds, then removed")
                    .endsWith("That is shorter than the production profile accepts (365 days): for trials only");
        });
    }

    @Test
    void actuatorInfoSaysThePeriodInWordsAndSeconds() {
        Info.Builder builder = new Info.Builder();
        inForce(Duration.ofDays(2192), "2192d").contribute(builder);

        assertThat(builder.build().getDetails().get("retention"))
                .isEqualTo(Map.of(
                        "inWords", "6 years (2,192 days)",
                        "seconds", 2192L * 24 * 60 * 60,
                        "removed", "a decision's personal content; its summary and seal stay"));
    }

    @Test
    void theGaugeIsThePeriodInSeconds() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        inForce(Duration.ofDays(30), "30d").bindTo(registry);

        var gauge = registry.get("mset.audit.retention").gauge();
        assertThat(gauge.value()).isEqualTo(30.0 * 24 * 60 * 60);
        assertThat(gauge.getId().getBaseUnit()).isEqualTo("seconds");
        assertThat(gauge.getId().getTags()).isEmpty();
    }
}
