package org.msettriage.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * The MSET Triage service: triage referrals, store decisions, serve the catalogues. Boot's validation
 * auto-configuration is left out: it would proxy the generated @Validated interfaces and validate each
 * referral a second time (see ReferralValidatorConfig, which makes the validator instead).
 */
@SpringBootApplication(exclude = ValidationAutoConfiguration.class)
@ConfigurationPropertiesScan
public class MsetTriageApplication {

    public static void main(String[] args) {
        SpringApplication.run(MsetTriageApplication.class, args);
    }
}
