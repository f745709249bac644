package dev.sellerworkbench;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The layering: domain <- engines (levels, commission) <- store <- services <- the composition
/// root <- command line and window; no cycles between packages; only `ui` touches JavaFX, nothing
/// depends on `ui`; the window and the command line take their services from the composition root
/// and build none. Released migrations stand on nothing of ours outside the migrations, so no
/// change to live code can change what an old migration does.
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

    /// The services the composition root ([dev.sellerworkbench.app.Services]) builds besides the
    /// `…Service` and `…Repository` classes.
    private static final Set<String> BUILT_ONCE = Set.of("ApprovalQueue", "Collaborations", "Invitations", "Insights",
            "Importer", "CreatorLevels", "Samples", "Outreach", "SavedSearches", "WorkspaceProfiles");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("dev.sellerworkbench.domain..", "dev.sellerworkbench.i18n..",
                        "dev.sellerworkbench.logging..", "dev.sellerworkbench.progress..")
                .layer("Engines").definedBy("dev.sellerworkbench.level..", "dev.sellerworkbench.commission..")
                .layer("Store").definedBy("dev.sellerworkbench.store..", "dev.sellerworkbench.db..")
                .layer("Services").definedBy("dev.sellerworkbench.service..", "dev.sellerworkbench.queue..",
                        "dev.sellerworkbench.invitations..", "dev.sellerworkbench.insights..",
                        "dev.sellerworkbench.exchange..", "dev.sellerworkbench.settings..",
                        "dev.sellerworkbench.search..", "dev.sellerworkbench.demo..",
                        "dev.sellerworkbench.samples..", "dev.sellerworkbench.outreach..")
                .layer("CompositionRoot").definedBy("dev.sellerworkbench.app..")
                .layer("Interface").definedBy("dev.sellerworkbench.cli..", "dev.sellerworkbench.ui..")
                .whereLayer("Interface").mayNotBeAccessedByAnyLayer()
                .whereLayer("CompositionRoot").mayOnlyBeAccessedByLayers("Interface")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("CompositionRoot", "Interface")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Services", "CompositionRoot", "Interface")
                .whereLayer("Engines").mayOnlyBeAccessedByLayers("Services", "CompositionRoot", "Interface")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Engines", "Store", "Services", "CompositionRoot",
                        "Interface")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.sellerworkbench.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void windowAndCommandLineBuildNoServices() {
        DescribedPredicate<JavaConstructorCall> buildsAService = DescribedPredicate.describe(
                "a service or repository the composition root builds",
                call -> {
                    String name = call.getTargetOwner().getSimpleName();
                    return name.endsWith("Service") || name.endsWith("Repository") || BUILT_ONCE.contains(name);
                });
        noClasses().that().resideInAnyPackage("dev.sellerworkbench.ui..", "dev.sellerworkbench.cli..")
                .should().callConstructorWhere(buildsAService)
                .allowEmptyShould(false)
                .check(classes);
    }

    /// The window's composition root, the context itself and the views (and the one tab) that build
    /// view-models from it: everything else in the window takes only the parts it uses.
    private static final Set<String> TAKE_THE_WHOLE_CONTEXT = Set.of(
            "dev.sellerworkbench.ui.App",
            "dev.sellerworkbench.ui.AppContext",
            "dev.sellerworkbench.ui.shell.MainWindowView",
            "dev.sellerworkbench.ui.applications.ApplicationsView",
            "dev.sellerworkbench.ui.applications.AuditDialogView",
            "dev.sellerworkbench.ui.creators.FindCreatorsView",
            "dev.sellerworkbench.ui.importing.ImportDialogView",
            "dev.sellerworkbench.ui.insights.InsightsView",
            "dev.sellerworkbench.ui.invitations.InvitationsView",
            "dev.sellerworkbench.ui.plans.PlansView",
            "dev.sellerworkbench.ui.plans.PlanEditorView",
            "dev.sellerworkbench.ui.samples.SamplesView",
            "dev.sellerworkbench.ui.samples.CreatorSamplesTab",
            "dev.sellerworkbench.ui.settings.SettingsView",
            "dev.sellerworkbench.ui.settings.CategoryNamesPane");

    @Test
    void viewModelsTakeOnlyWhatTheyUseNotTheWholeContext() {
        DescribedPredicate<JavaClass> buildsViewModels = DescribedPredicate.describe(
                "the composition root or a view that builds view-models",
                c -> TAKE_THE_WHOLE_CONTEXT.contains(c.getName().split("\\$", 2)[0]));
        noClasses().that().resideInAPackage("dev.sellerworkbench.ui..").and(DescribedPredicate.not(buildsViewModels))
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.sellerworkbench.ui.AppContext")
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
