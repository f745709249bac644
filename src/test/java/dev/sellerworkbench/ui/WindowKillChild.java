package dev.sellerworkbench.ui;

import dev.sellerworkbench.ui.plans.PlanRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// A child process for the window's kill test ([WindowKillTest]): starts the real application
/// window (headless) on a workspace, opens one plan draft in the editor — from the plan list, or
/// with `recover` from the notice of recovered drafts, whose name it reports — and types into the
/// plan's name and its product's rate through the controls, step after step, until it is killed.
///
/// It prints `RECOVERED name` (with `recover`), `SHOWN name<TAB>rate` once the editor shows the
/// plan, `READY`, then for each step `TYPED step name<TAB>rate` once the keys are typed and
/// `ACK step` once a save that holds them ended with "Draft saved".
/// A failure is printed to stderr and ends the child with 2.
public final class WindowKillChild {

    static final String SEP = "\t";
    private static final long PATIENCE_SECONDS = 60;
    private static final String[] WORDS = {"Tết", "sale", "hè", "mùa", "new", "đẹp", "go", "x"};

    private WindowKillChild() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 && args[2].equals("recover"));
        } catch (Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            System.err.println(trace);
            System.err.flush();
            System.exit(2);
        }
    }

    private static void run(Path folder, long planId, boolean recover) throws Exception {
        // the node named by -Dsw.preferences under -Djava.util.prefs.userRoot: this test's own desktop
        Preferences preferences = Preferences.user();
        preferences.setLanguage(Locale.ENGLISH);
        preferences.setLastScreen("PLANS");
        preferences.flush();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(App.class, "--workspace", folder.toString());
        FxRobot robot = new FxRobot();

        if (recover) {
            waitFor(() -> robot.lookup("#recovered-name-" + planId).tryQuery().isPresent());
            say("RECOVERED " + robot.lookup("#recovered-name-" + planId).queryAs(Label.class).getText());
            javafx.scene.control.Button open = robot.lookup("#recovered-open-" + planId).queryButton();
            robot.interact(open::fire);
        } else {
            waitFor(() -> robot.lookup("#plansScreen #table").tryQuery()
                    .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
            TableView<PlanRow> table = robot.lookup("#plansScreen #table").query();
            robot.interact(() -> {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).plan().id() == planId) {
                        table.getSelectionModel().select(i);
                    }
                }
            });
            robot.clickOn("#openButton");
        }
        waitFor(() -> robot.lookup("#nameField").tryQuery().map(f -> !((TextField) f).getText().isEmpty()).orElse(false)
                && robot.lookup("#itemList .item-rate").tryQuery().isPresent());
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        TextField rate = robot.lookup("#itemList .item-rate").queryAs(TextField.class);
        ListView<?> items = robot.lookup("#itemList").queryAs(ListView.class);
        if (items.getItems().size() != 1) {
            throw new AssertionError("the plan shows " + items.getItems().size() + " products, not 1");
        }
        say("SHOWN " + state(robot, name, rate));

        // what each save holds: the editor reads its fields when the save begins ("Saving…"), on
        // the FX thread; the state of the last save that ended with "Draft saved"
        Label saveState = robot.lookup("#saveState").queryAs(Label.class);
        var messages = dev.sellerworkbench.i18n.Messages.forLocale(Locale.ENGLISH);
        String saving = messages.get("plans.editor.saving");
        String saved = messages.get("plans.editor.savedAt", "");
        AtomicReference<String> inSave = new AtomicReference<>();
        AtomicReference<String> lastSaved = new AtomicReference<>();
        robot.interact(() -> saveState.textProperty().addListener((obs, old, now) -> {
            if (saving.equals(now)) {
                inSave.set(name.getText() + SEP + rate.getText());
            } else if (saving.equals(old) && now.startsWith(saved)) {
                lastSaved.set(inSave.get());
            }
        }));
        say("READY");

        for (int step = 1; ; step++) {
            TextField field = step % 2 == 1 ? name : rate;
            String keys = step % 2 == 1 ? " " + WORDS[(step / 2) % WORDS.length] : (step / 2 % 30 + 5) + ".5";
            String[] typed = new String[1];
            int now = step;
            robot.interact(() -> {
                field.requestFocus();
                if (field == rate) {
                    field.selectAll(); // the typed rate replaces the old one
                } else {
                    field.end();
                }
                String expected = field == rate ? keys : field.getText() + keys;
                // the keys reach the field as typing does (its key handling inserts them), all in
                // one go: no pause between them for an autosave to save half of them
                for (int i = 0; i < keys.length(); i++) {
                    field.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, keys.substring(i, i + 1), "", KeyCode.UNDEFINED,
                            false, false, false, false));
                }
                if (!field.getText().equals(expected)) {
                    throw new AssertionError("typed \"" + keys + "\" but the field shows \"" + field.getText() + "\"");
                }
                typed[0] = name.getText() + SEP + rate.getText();
                say("TYPED " + now + " " + typed[0]); // said at once: the autosave's pause has just begun
            });
            waitFor(() -> typed[0].equals(lastSaved.get()));
            say("ACK " + step);
        }
    }

    private static String state(FxRobot robot, TextField name, TextField rate) {
        String[] shown = new String[2];
        robot.interact(() -> {
            shown[0] = name.getText();
            shown[1] = rate.getText();
        });
        return shown[0] + SEP + shown[1];
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
