package app.groundwork.insight;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Insight is pure calculation over domain values and loaded content; file formats and the UI stay out of it. */
class LayeringTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.groundwork");

    @Test
    void insightAndDomainDoNotUseJacksonJavaFxOrJdbc() {
        noClasses().that().resideInAnyPackage("app.groundwork.insight..", "app.groundwork.domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "javafx..", "java.sql..")
                .check(PRODUCTION);
    }
}
