package com.disputecenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.web.bind.annotation.RestController;

/** Holds the line between the domain and its web, process and engine adapters. */
@AnalyzeClasses(packages = "com.disputecenter", importOptions = ArchitectureTest.ProductionClasses.class)
class ArchitectureTest {

    /** The production classes, whatever the build folder is called (-Dbuild.dir). */
    static class ProductionClasses implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.isJar();
        }
    }

    /** Only the process adapters (..process..) and the DMN adapter (..dmn..) speak to the engine. */
    @ArchTest
    static final ArchRule domainDoesNotTouchTheEngine = noClasses()
            .that().resideOutsideOfPackages("..process..", "..dmn..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule nothingDependsOnTheWebAdapters = noClasses()
            .that().resideOutsideOfPackages("..web..", "com.disputecenter.security..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnProcessAdapters = noClasses()
            .that().resideOutsideOfPackages("..process..", "..dmn..")
            .should().dependOnClassesThat().resideInAPackage("..process..");

    @ArchTest
    static final ArchRule delegatesLiveInProcessAdapters = classes()
            .that().implement(JavaDelegate.class)
            .should().resideInAPackage("..process..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule controllersArePackagePrivateWebAdapters = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
}
