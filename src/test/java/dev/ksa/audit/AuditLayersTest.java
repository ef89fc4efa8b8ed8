package dev.ksa.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** inventory -> audit -> report, and the cli over them: dependencies point downstream only. */
class AuditLayersTest {
    /** Main classes only, wherever -Dksa.buildDir puts the build. */
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.ksa");

    @Test
    void inventory_knowsNothingOfAuditReportOrCli() {
        noClasses().that().resideInAPackage("dev.ksa.inventory..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ksa.audit..", "dev.ksa.report..", "dev.ksa.cli..", "dev.ksa.catalog..")
                .check(CLASSES);
    }

    @Test
    void audit_knowsNothingOfReportOrCli() {
        noClasses().that().resideInAPackage("dev.ksa.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ksa.report..", "dev.ksa.cli..")
                .check(CLASSES);
    }

    @Test
    void report_knowsNothingOfCliOrFabric8() {
        noClasses().that().resideInAPackage("dev.ksa.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ksa.cli..", "io.fabric8..")
                .check(CLASSES);
    }
}
