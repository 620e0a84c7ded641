package org.msettriage.service.decision;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * Which build of the service is running: its version and the moment it was built, from the build-info the
 * Maven build writes. A decision is stored with it, because the outcome of a referral depends on the code
 * that read it and ran the rules as well as on the ruleset. Without build-info (run from an IDE), each
 * process counts as a build of its own, so nothing it stored is taken for another's.
 */
@Component
public class ServiceBuild {

    private final String id;

    ServiceBuild(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.id = properties != null && properties.getTime() != null
                ? properties.getVersion() + "@" + properties.getTime()
                : "unbuilt@" + UUID.randomUUID();
    }

    public String id() {
        return id;
    }
}
