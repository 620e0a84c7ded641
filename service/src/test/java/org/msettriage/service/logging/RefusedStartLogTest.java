package org.msettriage.service.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A refused start's warning that the refresh failed is one short line before the report in words; any
 * other failure keeps the warning's whole chain.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusedStartLogTest {

    /** A setting refused by a bean another one needs, as the service's checks are. */
    @Configuration(proxyBeanMethods = false)
    static class Refusing {
        @Bean
        String checkedSetting() {
            throw new StartRefusedException("mset.example is not what it must be");
        }

        @Bean
        Integer needsIt(String checkedSetting) {
            return checkedSetting.length();
        }
    }

    /** A failure the service did not foresee. */
    @Configuration(proxyBeanMethods = false)
    static class Failing {
        @Bean
        String brokenPart() {
            throw new IllegalStateException("an unforeseen failure");
        }

        @Bean
        Integer needsIt(String brokenPart) {
            return brokenPart.length();
        }
    }

    /** A setting of the service's own, read one by one, needed by another bean. */
    @Configuration(proxyBeanMethods = false)
    static class ReadsAWholeNumber {
        @Bean
        Integer keep(@org.springframework.beans.factory.annotation.Value("${mset.example.keep}") int keep) {
            return keep;
        }

        @Bean
        String needsIt(Integer keep) {
            return keep.toString();
        }
    }

    /** A database nothing answers at, as a pool's first connection fails. */
    @Configuration(proxyBeanMethods = false)
    static class UnreachableDatabase {
        @Bean
        String database() throws java.sql.SQLException {
            throw new java.sql.SQLException("Connection to localhost:55433 refused", "08001");
        }

        @Bean
        Integer needsIt(String database) {
            return database.length();
        }
    }

    @Test
    void aDatabaseThatCannotBeUsedIsOneShortWarningBeforeTheReport(CapturedOutput output) {
        // Found in an operator's trial: a URL nothing answered at gave a warning of 1,100 characters.
        start(UnreachableDatabase.class);

        assertThat(output.getOut())
                .contains(RefusedStartLog.SHORT, "Nothing answered at mset.database.url")
                .doesNotContain("UnsatisfiedDependencyException");
    }

    @Test
    void aSettingOfAnotherKindIsOneShortWarningBeforeTheReport(CapturedOutput output) {
        // Found in an operator's trial: --mset.backup.keep=many gave a warning of several kilobytes.
        assertThatThrownBy(() -> new SpringApplicationBuilder(ReadsAWholeNumber.class)
                        .web(WebApplicationType.NONE)
                        .properties("mset.example.keep=many")
                        .run())
                .isNotNull();

        assertThat(output.getOut())
                .contains(RefusedStartLog.SHORT, "mset.example.keep: 'many' is not a whole number")
                .doesNotContain("UnsatisfiedDependencyException");
    }

    private static void start(Class<?> configuration) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(configuration)
                        .web(WebApplicationType.NONE)
                        .run())
                .isNotNull();
    }

    /** The embedded database's file, held open by another process, as H2 refuses it. */
    @Configuration(proxyBeanMethods = false)
    static class FileInUse {
        @Bean
        String database() {
            throw new IllegalStateException(new java.sql.SQLException("Database may be already in use", "90020"));
        }

        @Bean
        Integer needsIt(String database) {
            return database.length();
        }
    }

    @Test
    void aDatabaseFileInUseIsOneShortWarningBeforeTheReport(CapturedOutput output) {
        // An operator's trial: a second instance on one data folder logged a kilobyte of wrapped failures.
        assertThatThrownBy(() -> new SpringApplicationBuilder(FileInUse.class)
                        .web(WebApplicationType.NONE)
                        .properties("spring.datasource.url=jdbc:h2:file:/srv/mset/data/mset-triage")
                        .run())
                .isNotNull();

        assertThat(output.getOut())
                .contains(RefusedStartLog.SHORT, "is in use by another process")
                .doesNotContain("UnsatisfiedDependencyException");
    }

    @Test
    void aRefusalIsOneShortWarningBeforeTheReport(CapturedOutput output) {
        start(Refusing.class);

        assertThat(output.getOut())
                .contains(RefusedStartLog.SHORT, "APPLICATION FAILED TO START", "mset.example is not what it must be")
                .doesNotContain("UnsatisfiedDependencyException", "Error creating bean");
        assertThat(output.getOut().indexOf(RefusedStartLog.SHORT))
                .isLessThan(output.getOut().indexOf("APPLICATION FAILED TO START"));
    }

    @Test
    void anUnforeseenFailureKeepsTheWholeWarning(CapturedOutput output) {
        start(Failing.class);

        assertThat(output.getOut())
                .contains("Exception encountered during context initialization - cancelling refresh attempt:"
                        + " org.springframework.beans.factory.BeanCreationException: Error creating bean")
                .contains("an unforeseen failure")
                .doesNotContain(RefusedStartLog.SHORT);
    }
}
