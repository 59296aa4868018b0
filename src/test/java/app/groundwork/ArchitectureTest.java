package app.groundwork;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "app.groundwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("app.groundwork.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml.jackson..",
                    "app.groundwork.store..", "app.groundwork.service..", "app.groundwork.ui..", "app.groundwork.io..",
                    "app.groundwork.content..", "app.groundwork.cli..");

    @ArchTest
    static final ArchRule onlyStoreTouchesSql = noClasses().that().resideOutsideOfPackage("app.groundwork.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule jacksonOnlyInContentAndIo = noClasses().that()
            .resideOutsideOfPackages("app.groundwork.content..", "app.groundwork.io..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses().that().resideInAPackage("app.groundwork.ui..")
            .should().dependOnClassesThat().resideInAPackage("app.groundwork.store..");

    @ArchTest
    static final ArchRule cliGoesThroughServices = noClasses().that().resideInAPackage("app.groundwork.cli..")
            .should().dependOnClassesThat().resideInAPackage("app.groundwork.store..");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFxControls = noClasses().that()
            .resideOutsideOfPackages("app.groundwork.ui..", "app.groundwork.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..");

    @ArchTest
    static final ArchRule insightAndContentStayBelowServices = noClasses().that()
            .resideInAnyPackage("app.groundwork.insight..", "app.groundwork.content..", "app.groundwork.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("app.groundwork.store..", "app.groundwork.service..",
                    "app.groundwork.ui..", "app.groundwork.cli..");

    @ArchTest
    static final ArchRule noNetworkCode = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection");
}
