package org.msettriage.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The MSET Triage service: triage referrals, store decisions, serve the catalogues. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MsetTriageApplication {

    public static void main(String[] args) {
        SpringApplication.run(MsetTriageApplication.class, args);
    }
}
