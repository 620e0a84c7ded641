package org.msettriage.service.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.TriageEngine;

/**
 * Exporting a ruleset only zips its files: nothing the export can reach compiles rules. The packaged
 * ruleset's files are on the classpath; a compile (seconds of Drools) would give back the same files.
 */
class RulesetExportTest {

    @Test
    void exportingAPackagedOrKeptRulesetNeverReachesTheCompiler() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.msettriage");

        noClasses()
                .that()
                .belongToAnyOf(RulesetExport.class)
                .should()
                .transitivelyDependOnClassesThat()
                .belongToAnyOf(TriageEngine.class)
                .orShould()
                .transitivelyDependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }
}
