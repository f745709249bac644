package dev.sellerworkbench.commission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/// The engine is plain Java used by the window and the commands alike: it never reaches up into
/// the interface, the command line or JavaFX.
class CommissionLayerTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sellerworkbench.commission");

    @Test
    void engineDependsOnNeitherJavafxNorTheLayersAboveIt() {
        noClasses().that().resideInAPackage("dev.sellerworkbench.commission..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.sellerworkbench.ui..",
                        "dev.sellerworkbench.cli..")
                .allowEmptyShould(false)
                .check(ENGINE);
    }
}
