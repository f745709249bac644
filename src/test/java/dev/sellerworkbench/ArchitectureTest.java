package dev.sellerworkbench;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The layering: only `ui` touches JavaFX, nothing depends on `ui`, and `domain`
/// stands on nothing else of ours. Released migrations stand on nothing of ours outside the
/// migrations, so no change to live code can change what an old migration does.
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sellerworkbench");
    }

    @Test
    void onlyUiImportsJavafx() {
        noClasses().that().resideOutsideOfPackage("dev.sellerworkbench.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void nothingOutsideUiDependsOnUi() {
        noClasses().that().resideOutsideOfPackage("dev.sellerworkbench.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.sellerworkbench.ui..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void domainDependsOnNothingElseOfOurs() {
        classes().that().resideInAPackage("dev.sellerworkbench.domain..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "dev.sellerworkbench.store..", "dev.sellerworkbench.ui..", "dev.sellerworkbench.cli..",
                        "dev.sellerworkbench.level..", "dev.sellerworkbench.commission..", "dev.sellerworkbench.search..",
                        "dev.sellerworkbench.exchange..", "dev.sellerworkbench.demo..", "dev.sellerworkbench.i18n..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void migrationsDependOnNothingOfOursOutsideTheMigrations() {
        classes().that().resideInAPackage("dev.sellerworkbench.db.migration..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.sellerworkbench..")
                        .or(resideInAPackage("dev.sellerworkbench.db.migration..")))
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void theRulesSeeTheProductClasses() {
        // A rule over zero classes passes vacuously; make sure the import found the product.
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.sellerworkbench.domain"));
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.sellerworkbench.ui.shell"));
    }
}
