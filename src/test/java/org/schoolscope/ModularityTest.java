package org.schoolscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SchoolscopeApplication.class);

    @Test
    void shouldKeepModuleBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void shouldKeepDomainPackagesFreeOfFrameworks() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.schoolscope");
        noClasses().that().resideInAPackage("org.schoolscope..domain..")
                // package-info may carry Spring Modulith's @NamedInterface, which exposes the package, not code.
                .and().doNotHaveSimpleName("package-info").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.springframework.jdbc..", "com.fasterxml.jackson..",
                        "tools.jackson..", "jakarta.persistence..", "java.sql..")
                .because("rules are pure functions over values (DESIGN.md section 3)")
                .check(classes);
    }

    @Test
    void shouldKeepSharedValuesFreeOfSpring() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.schoolscope.shared");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(classes);
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
