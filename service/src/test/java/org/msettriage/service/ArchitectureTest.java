package org.msettriage.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the code keeps: features without package cycles, generated API models only at the web
 * edge, and rules free of Spring and of the contract. Plain tests over ArchUnit's core, so no ArchUnit
 * engine has to match the JUnit version the build uses.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.msettriage.service");

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.msettriage.rules");

    /**
     * The web edge, besides every class named for it (a controller, a mapper, a page). The referral's
     * validation reports every problem with its JSON pointer, so it works on the request as the contract
     * defines it (the rules' Referral cannot even hold the wrong values it must name): the body advice reads
     * the body for it, the validation and its cross-field checks run on the request model, and the validator
     * configuration keeps MVC from judging that model again. The replay tool reads referral files written in
     * the contract's JSON. A batch's advice, validation and
     * results are the same for many referrals at once, and the contract's models whose absent fields are
     * left out are named to the JSON mapper. The panel's body checks judge a meeting or an outcome as the
     * body is read, so they take the request model too.
     */
    private static final Set<String> WEB_EDGE = Set.of(
            "org.msettriage.service.triage.ReferralBodyAdvice",
            "org.msettriage.service.triage.ReferralValidation",
            "org.msettriage.service.triage.ReferralChecks",
            "org.msettriage.service.triage.ReferralValidatorConfig",
            "org.msettriage.service.triage.BatchBodyAdvice",
            "org.msettriage.service.triage.BatchValidation",
            "org.msettriage.service.triage.BatchTriage",
            "org.msettriage.service.triage.AbsentFieldsOmitted",
            "org.msettriage.service.cli.ReferralFiles",
            "org.msettriage.service.panel.PanelOutcomeBodyChecks",
            "org.msettriage.service.panel.PanelMeetingBodyChecks");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.msettriage.service.(*)..")
                .should()
                .beFreeOfCycles()
                .check(SERVICE);
    }

    @Test
    void generatedModelsStayAtTheWebEdge() {
        noClasses()
                .that(outsideTheWebEdge())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.msettriage.api.model..")
                .because("the generated API models stop at the web edge: stores and services use records of their"
                        + " own, and mappers beside the controllers translate")
                .check(SERVICE);
    }

    @Test
    void rulesKnowNeitherSpringNorTheContractNorTheService() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.msettriage.api..", "org.msettriage.service..")
                .check(RULES);
    }

    private static DescribedPredicate<JavaClass> outsideTheWebEdge() {
        return DescribedPredicate.describe(
                "are outside the web edge (controllers, mappers, pages and " + WEB_EDGE + ")", c -> {
                    // Nested and anonymous classes belong to the class they are written in.
                    String topLevel = c.getName().contains("$")
                            ? c.getName().substring(0, c.getName().indexOf('$'))
                            : c.getName();
                    String simple = topLevel.substring(topLevel.lastIndexOf('.') + 1);
                    boolean namedForTheEdge = simple.endsWith("Controller")
                            || simple.endsWith("Mapper")
                            || simple.endsWith("Page")
                            || simple.endsWith("Pages");
                    return !namedForTheEdge && !WEB_EDGE.contains(topLevel);
                });
    }
}
