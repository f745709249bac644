package dev.sellerworkbench.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// An edit of a published plan is not the plan until it is published (R-PLAN-5, R-PLAN-10), and
/// nothing typed is lost on a crash: the editor keeps it, and the next session puts it back.
class KeptPlanEditTest {

    Workspace workspace;
    AppContext context;
    Plan published;

    @BeforeEach
    void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(60);
        context = UiTestSupport.context(workspace, Locale.ENGLISH);
        published = publishedPlan(PlanType.OPEN);
    }

    Plan publishedPlan(PlanType type) {
        return workspace.plans().findAll().stream()
                .filter(p -> p.status() == PlanStatus.PUBLISHED && p.type() == type)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /// A fresh editor, as after the window was closed or the app crashed.
    PlanEditorViewModel session(Debouncer debouncer) {
        PlanEditorViewModel editor = new PlanEditorViewModel(context.workspace(), context.services().plans(),
                context.services().collaborations(), context.services().search(), context.tasks(), context.messages(),
                context.formats(), context.clock(), context.preferences(), debouncer);
        editor.open(published.id());
        return editor;
    }

    @Test
    void editOfAPublishedPlanIsKeptAndPutBackInTheNextSessionUntilPublished() {
        Debouncer pause = Debouncer.manual();
        PlanEditorViewModel first = session(pause);
        String before = first.header().descriptionProperty().get();
        first.header().descriptionProperty().set("Only the lipsticks this week");
        pause.flush();

        assertTrue(first.saveStateProperty().get().startsWith("Changes kept"), first.saveStateProperty().get());
        assertNotEquals("Only the lipsticks this week", workspace.plans().findById(published.id()).orElseThrow().description(),
                "the plan itself changes only when published");

        PlanEditorViewModel second = session(Debouncer.manual());
        assertEquals("Only the lipsticks this week", second.header().descriptionProperty().get());
        assertTrue(second.saveStateProperty().get().startsWith("Restored your unpublished changes"),
                second.saveStateProperty().get());
        second.undo();
        assertEquals(before == null ? "" : before, second.header().descriptionProperty().get() == null ? ""
                : second.header().descriptionProperty().get(), "undo goes back to the published plan");
        second.redo();

        second.publish();

        assertEquals("Only the lipsticks this week", workspace.plans().findById(published.id()).orElseThrow().description(),
                second.problems().toString());
        assertTrue(workspace.plans().unpublishedEdit(published.id(), workspace.settings().staffName()).isEmpty(),
                "a published edit is no longer kept");
        PlanEditorViewModel third = session(Debouncer.manual());
        assertTrue(third.saveStateProperty().get().isEmpty() || !third.saveStateProperty().get().startsWith("Restored"),
                third.saveStateProperty().get());
    }

    @Test
    void keptEditNamesCreatorsAddedSinceAndBringsThemBack() {
        published = publishedPlan(PlanType.TARGETED);
        Debouncer pause = Debouncer.manual();
        PlanEditorViewModel first = session(pause);
        List<Long> members = first.creators().rows().stream().map(PlanCreatorRow::creatorId).toList();
        var newcomer = workspace.creators().page(0, 200).stream()
                .filter(c -> !members.contains(c.id())).findFirst().orElseThrow();
        first.creators().addAll(List.of(newcomer));
        pause.flush();

        PlanEditorViewModel second = session(Debouncer.manual());

        assertTrue(second.creators().rows().stream().anyMatch(r -> r.creatorId() == newcomer.id()),
                "the creator added in the lost session is back");
        assertEquals(members.size() + 1, second.creators().rows().size());
    }

    @Test
    void editOfAnOlderVersionIsNotPutBackOverAPlanPublishedSince() {
        Debouncer pause = Debouncer.manual();
        PlanEditorViewModel mine = session(pause);
        mine.header().descriptionProperty().set("My version");
        pause.flush();

        String me = workspace.settings().staffName();
        workspace.settings().putStaffName("Colleague");
        PlanEditorViewModel colleague = session(Debouncer.manual());
        assertEquals(published.description() == null ? "" : published.description(),
                colleague.header().descriptionProperty().get() == null ? "" : colleague.header().descriptionProperty().get(),
                "my kept edit is mine, not offered to a colleague");
        colleague.header().descriptionProperty().set("Colleague's version");
        colleague.publish();
        assertEquals("Colleague's version", workspace.plans().findById(published.id()).orElseThrow().description(),
                colleague.problems().toString());
        workspace.settings().putStaffName(me);

        PlanEditorViewModel later = session(Debouncer.manual());

        assertEquals("Colleague's version", later.header().descriptionProperty().get());
        assertTrue(later.saveStateProperty().get().contains("were not restored"), later.saveStateProperty().get());
        assertTrue(workspace.plans().unpublishedEdit(published.id(), me).isEmpty());
    }

    @Test
    void publishPressedWhileAKeepIsBeingWrittenWaitsForIt() {
        // background work queued, run newest first: the order that let a late keep outlive the
        // publish that should have dropped it
        Deque<Runnable> queued = new ArrayDeque<>();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AppContext slow = new AppContext(workspace, TaskRunner.using(queued::push, Runnable::run), messages,
                new Formats(Locale.ENGLISH, UiTestSupport.ZONE), UiTestSupport.CLOCK, Preferences.forTest("kept-race"));
        Debouncer pause = Debouncer.manual();
        PlanEditorViewModel editor = new PlanEditorViewModel(slow.workspace(), slow.services().plans(),
                slow.services().collaborations(), slow.services().search(), slow.tasks(), slow.messages(),
                slow.formats(), slow.clock(), slow.preferences(), pause);
        editor.open(published.id());
        runAll(queued);
        String renamed = published.name() + " weekend";
        editor.header().nameProperty().set(renamed);
        pause.flush();

        editor.publish();
        runAll(queued);

        assertEquals(renamed, workspace.plans().findById(published.id()).orElseThrow().name(), editor.problems().toString());
        assertTrue(workspace.plans().unpublishedEdit(published.id(), workspace.settings().staffName()).isEmpty(),
                "the keep written before the publish is dropped by it");
    }

    private static void runAll(Deque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.pop().run();
        }
    }
}
