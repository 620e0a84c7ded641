package org.msettriage.service.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msettriage.service.problem.StartRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The retention period this instance applies, checked at the start and said where an operator looks: one
 * line of the start log, actuator info and the {@code mset_audit_retention_seconds} gauge. What retention
 * removes is gone for good, so a period that cannot be meant stops the start rather than the records.
 */
@Component
class RetentionInForce implements InfoContributor, MeterBinder {

    static final String SETTING = "mset.audit.retention";

    /**
     * The shortest period the production profile accepts: a year. The policy names no retention period
     * (the six years of the default are the partnership's to confirm), but policy v1.1, section 10 links a
     * referral to decisions of the 365 days before it, and content removed at retention is not linked: a
     * shorter period would quietly cut the links the policy asks for.
     */
    static final Duration PRODUCTION_FLOOR = Duration.ofDays(365);

    private static final Logger log = LoggerFactory.getLogger(RetentionInForce.class);

    private final Duration period;
    private final String written;

    RetentionInForce(AuditSettings settings, Environment environment) {
        this.period = checked(settings.retention(), environment);
        this.written = written(period, environment);
    }

    /**
     * Says the period in one line of the start log, once the database has agreed to it ({@link
     * RetentionAgreement}): said before, a start then refused for another period read as if it had applied.
     */
    void announce() {
        String said = "Decisions' content is kept for " + inWords() + ", then removed; summaries stay (" + SETTING + "="
                + written + ")";
        if (period.compareTo(PRODUCTION_FLOOR) < 0) {
            log.warn("{}. That is shorter than the production profile accepts (365 days): for trials only", said);
        } else {
            log.info(said);
        }
    }

    /** The period, refused with the setting named when it cannot be meant. */
    static Duration checked(Duration retention, Environment environment) {
        String written = written(retention, environment);
        if (retention.isNegative() || retention.isZero()) {
            throw new StartRefusedException(
                    SETTING + " must be longer than zero, such as 2192d (six years); it is " + written);
        }
        RetentionUnit.problem(environment, retention).ifPresent(problem -> {
            throw new StartRefusedException(problem);
        });
        if (retention.compareTo(PRODUCTION_FLOOR) < 0 && environment.acceptsProfiles(Profiles.of("production"))) {
            throw new StartRefusedException("The production profile refuses " + SETTING + " shorter than 365d (a"
                    + " year): it is " + written + " (" + RetentionInWords.of(retention) + "). Content removed at"
                    + " retention is gone for good and no longer linked, and the policy links referrals over the"
                    + " year before them (policy v1.1, section 10). Give the period in days, such as 2192d (six"
                    + " years).");
        }
        return retention;
    }

    /** As written where it was set ("0", "12h"), not Java's PT0S; the parsed period when it cannot be found. */
    private static String written(Duration retention, Environment environment) {
        return environment.getProperty(SETTING, retention.toString());
    }

    /** How long a decision's personal content is kept. */
    Duration period() {
        return period;
    }

    /** The period as a person says it: "6 years (2,192 days)". */
    String inWords() {
        return RetentionInWords.of(period);
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> retention = new LinkedHashMap<>();
        retention.put("inWords", inWords());
        retention.put("seconds", period.toSeconds());
        retention.put("removed", "a decision's personal content; its summary and seal stay");
        builder.withDetail("retention", retention);
    }

    /** mset.audit.retention (seconds): the period, so an alert can compare it with the policy's. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("mset.audit.retention", this, inForce -> inForce.period.toSeconds())
                .description("How long a decision's personal content is kept before retention removes it")
                .baseUnit("seconds")
                .register(registry);
    }
}
