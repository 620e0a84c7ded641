package org.msettriage.service;

import org.msettriage.service.cli.Commands;
import org.msettriage.service.cli.JarUsage;
import org.msettriage.service.settings.UnknownSettingsCheck;
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
        // "rulesets ..." is the policy lead's offline command line (no web server, no database) and
        // "audit verify" the auditor's read-only check of a database.
        if (Commands.named(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        int notAStart = JarUsage.check(args, System.out, System.err);
        if (notAStart >= 0) {
            System.exit(notAStart);
        }
        UnknownSettingsCheck.readAhead(MsetTriageApplication.class.getClassLoader());
        SpringApplication.run(MsetTriageApplication.class, args);
    }
}
