package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A refused start reads as Boot's short report, naming the setting, wherever the refusal was wrapped. */
class StartRefusedAnalyzerTest {

    @Test
    void theRefusalIsTheDescriptionAndTheActionSaysWhatToDo() {
        StartRefusedException refused = new StartRefusedException("mset.audit.seal-key is not the key ...");
        BeanCreationException wrapped = new BeanCreationException("decisionSealer", "could not be made", refused);

        FailureAnalysis analysis = new StartRefusedAnalyzer().analyze(wrapped);

        assertThat(analysis.getDescription()).isEqualTo("mset.audit.seal-key is not the key ...");
        assertThat(analysis.getAction()).contains("No referral was taken");
    }

    @Test
    void bootFindsIt() throws IOException {
        List<String> registered = new ArrayList<>();
        for (URL factories : Collections.list(
                getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION))) {
            Properties properties = new Properties();
            try (InputStream in = factories.openStream()) {
                properties.load(in);
            }
            registered.add(properties.getProperty(FailureAnalyzer.class.getName(), ""));
        }
        assertThat(registered).anyMatch(names -> names.contains(StartRefusedAnalyzer.class.getName()));
        assertThat(registered).anyMatch(names -> names.contains(DatabaseUnusableAnalyzer.class.getName()));
        assertThat(registered)
                .anyMatch(names -> names.contains("org.msettriage.service.store.DatabaseFileUnusableAnalyzer"));
        assertThat(registered)
                .anyMatch(names -> names.contains("org.msettriage.service.settings.SettingValueAnalyzer"));
    }
}
