package dev.sellerworkbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Settings saved against colleagues' saves, with the background work queued so the test decides
/// what a colleague does between this screen's reading and its writing.
class SettingsViewModelTest {

    final Queue<Runnable> queued = new ArrayDeque<>();
    Workspace workspace;
    SettingsViewModel viewModel;
    AppContext context;

    @BeforeEach
    void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(20);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        context = new AppContext(workspace, TaskRunner.using(queued::add, Runnable::run), messages,
                new Formats(Locale.ENGLISH, UiTestSupport.ZONE), UiTestSupport.CLOCK,
                Preferences.forTest("settings-vm"), ScreenHost.NONE);
        viewModel = new SettingsViewModel(context.workspace(), context.services().settings(), context.tasks(),
                context.messages(), context.formats(), context.clock(), context.preferences(), context.shell(),
                context.outreachCounter());
        viewModel.load();
        runQueued();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    /// A colleague at another desktop saves the shop name through the same optimistic path.
    void colleagueSavesShopName(String actor, String value) {
        SettingsRepository settings = workspace.settings();
        Integer version = settings.find(SettingsRepository.SHOP_NAME).map(SettingsRepository.Versioned::version).orElse(null);
        assertTrue(settings.saveIfUnchanged(List.of(new SettingsRepository.Change(SettingsRepository.SHOP_NAME, value, version)),
                actor, Instant.parse("2026-11-23T02:58:00Z")).isEmpty());
    }

    String storedShopName() {
        return workspace.settings().get(SettingsRepository.SHOP_NAME, "?");
    }

    @Test
    void aSavedWeeklyLimitShowsInTheStatusBarCounterAtOnce() {
        var counter = context.outreachCounter(); // the one the status bar shows
        viewModel.field(dev.sellerworkbench.settings.SettingsCatalogue.WEEKLY_LIMIT).set("40");
        viewModel.save();
        runQueued();
        assertEquals("Outreach: 0 of 40 this week", counter.textProperty().get(), "R-OUT-4");
    }

    @Test
    void reapplyThatLosesToAThirdColleagueShowsTheConflictAgainNamingThem() {
        viewModel.staffNameProperty().set("Linh");
        viewModel.shopNameProperty().set("Linh's shop");
        colleagueSavesShopName("Mai", "Mai's shop");
        viewModel.save();
        runQueued();
        assertTrue(viewModel.conflictProperty().get().startsWith("Mai changed \"Shop name\""), viewModel.conflictProperty().get());

        viewModel.reapplyAfterConflict();
        queued.poll().run(); // the fresh read: Mai's version
        assertEquals(1, queued.size(), "the save waits behind the read");
        colleagueSavesShopName("Tuan", "Tuan's shop"); // between the read and the write
        runQueued();

        assertEquals("Tuan's shop", storedShopName(), "nothing of the stale reapply was saved");
        assertTrue(viewModel.conflictProperty().get().startsWith("Tuan changed \"Shop name\""), viewModel.conflictProperty().get());
        assertEquals("Linh's shop", viewModel.shopNameProperty().get(), "the edit stays on screen");

        viewModel.reapplyAfterConflict();
        runQueued();
        assertEquals("Linh's shop", storedShopName());
        assertEquals("", viewModel.conflictProperty().get());
        assertEquals("Linh", workspace.audit().latest("setting", SettingsRepository.SHOP_NAME).orElseThrow().actor());
    }

    @Test
    void reapplyAfterAnotherChangeSinceTheConflictSavesOverItWithItsFreshVersion() {
        viewModel.staffNameProperty().set("Linh");
        viewModel.shopNameProperty().set("Linh's shop");
        colleagueSavesShopName("Mai", "Mai's shop");
        viewModel.save();
        runQueued();
        colleagueSavesShopName("Tuan", "Tuan's shop"); // while the conflict bar is up

        viewModel.reapplyAfterConflict();
        runQueued();
        assertEquals("Linh's shop", storedShopName(), "the re-read saw Tuan's version");
        assertEquals("", viewModel.conflictProperty().get());
    }

    @Test
    void reloadAfterAConflictShowsTheColleaguesValueAndDropsTheEdit() {
        viewModel.shopNameProperty().set("Linh's shop");
        colleagueSavesShopName("Mai", "Mai's shop");
        viewModel.save();
        runQueued();

        viewModel.reloadAfterConflict();
        runQueued();
        assertEquals("Mai's shop", viewModel.shopNameProperty().get());
        assertEquals("", viewModel.conflictProperty().get());
        viewModel.reapplyAfterConflict(); // nothing left to reapply
        runQueued();
        assertEquals("Mai's shop", storedShopName());
    }

    @Test
    void everySettingOfTheCatalogueHasAFieldCheckedAsTheCommandLineChecksIt() {
        for (dev.sellerworkbench.settings.Setting setting : dev.sellerworkbench.settings.SettingsCatalogue.all()) {
            javafx.beans.property.StringProperty field = viewModel.field(setting.key());
            String before = field.get();
            field.set("not-a-value-anything-accepts:%");
            dev.sellerworkbench.settings.Setting.Parsed parsed = setting.parse(field.get());
            assertEquals(parsed.ok(), viewModel.validProperty().get(), setting.key());
            if (!parsed.ok()) {
                assertEquals(dev.sellerworkbench.settings.SettingsService.explain(setting, parsed.problem(),
                        Messages.forLocale(Locale.ENGLISH)), viewModel.problemProperty().get(), setting.key());
            }
            field.set(before);
            assertTrue(viewModel.validProperty().get(), setting.key() + " as loaded is accepted");
        }
    }

    @Test
    void afterSalesDaysSavedFromTheFormAreWhatThePayoutEngineReads() {
        workspace.settings().remove("aftersales.TH");
        viewModel.load();
        runQueued();
        assertEquals("", viewModel.field("aftersales.TH").get(), "not configured: asked for, not guessed");
        viewModel.field("aftersales.TH").set("5");
        viewModel.save();
        runQueued();
        assertEquals(java.util.Optional.of(5), EngineInputs.afterSales(workspace.settings())
                .daysFor(dev.sellerworkbench.domain.Region.TH));
        assertEquals(java.util.Optional.of(6), EngineInputs.afterSales(workspace.settings())
                .daysFor(dev.sellerworkbench.domain.Region.ID), "the seed's default stays");
    }

    @Test
    void aDefaultShownAndLeftAloneIsNotWritten() {
        workspace.settings().remove(SettingsRepository.MAX_TARGETED_CREATORS);
        viewModel.load();
        runQueued();
        assertEquals("30", viewModel.field(SettingsRepository.MAX_TARGETED_CREATORS).get(), "R-PLAN-8's default");
        viewModel.shopNameProperty().set("Another name");
        viewModel.save();
        runQueued();
        assertTrue(workspace.settings().get(SettingsRepository.MAX_TARGETED_CREATORS).isEmpty());
    }
}
