package dev.sellerworkbench.bench;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.App;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import dev.sellerworkbench.ui.importing.ImportViewModel;
import dev.sellerworkbench.ui.settings.LevelsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/// `fx_stall_*`: the gaps between JavaFX pulses in the real window while the work a seller
/// starts runs behind it. Find Creators is shown in a 1280×800 stage with its table over the
/// benchmark's 1,000,000 creators (the index built, its first page on screen); then a creators
/// import runs through the import dialog's view-model and task (`ImportViewModel.runImport`)
/// and a level recompute through Settings' (`LevelsViewModel.recompute`), on the window's task
/// runner, while the search box is typed into and the table scrolled every 200 ms. The import
/// (the benchmark's 200,000-row file of new creators) goes into a workspace of its own, so the
/// cached benchmark workspace stays as it is.
final class FxStallProbe {

    /// A gap over this is a frame missed at 60 Hz.
    static final double FRAME_MS = 16;
    static final Duration LIMIT = Duration.ofMinutes(90);

    private FxStallProbe() {
    }

    record Result(double maxGapMs, int gapsOver16, int gaps, Stat perSecondMax, Stat allGaps, double seconds) {
    }

    static Result measure(Workspace big, Path csv, Workspace importTarget) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        Formats formats = new Formats(Locale.ENGLISH, ZoneId.systemDefault());
        Clock clock = Clock.systemDefaultZone();
        TaskRunner tasks = TaskRunner.background();
        AppContext window = new AppContext(big, tasks, messages, formats, clock, Preferences.forTest("bench-stall"));
        AppContext importing = new AppContext(importTarget, tasks, messages, formats, clock,
                Preferences.forTest("bench-stall-import"));
        List<Double> gaps = new ArrayList<>();
        Stat perSecond = new Stat();
        long[] state = new long[3]; // last pulse, start of this second, longest gap in it
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (state[0] != 0) {
                    long gap = now - state[0];
                    gaps.add(gap / 1e6);
                    state[2] = Math.max(state[2], gap);
                }
                state[0] = now;
                if (state[1] == 0) {
                    state[1] = now;
                } else if (now - state[1] >= 1_000_000_000L) {
                    perSecond.add(state[2] / 1e6);
                    state[2] = 0;
                    state[1] = now;
                }
            }
        };
        FindCreatorsView[] view = new FindCreatorsView[1];
        Stage[] stage = new Stage[1];
        fx(() -> {
            applyTheme();
            view[0] = new FindCreatorsView(window);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view[0].root(), 1280, 800));
            stage[0].show();
            view[0].activate();
            return null;
        });
        long deadline = System.nanoTime() + LIMIT.toNanos();
        // the index built and its first page in the table
        TableView<?> table = fx(() -> (TableView<?>) stage[0].getScene().lookup("#table"));
        TextField search = fx(() -> (TextField) stage[0].getScene().lookup("#searchText"));
        while (!(window.services().search().ready() && fx(() -> !table.getItems().isEmpty()))) {
            waitUntil(deadline, "the index of the window");
        }
        Thread.sleep(1_000);
        ImportViewModel importer = fx(() -> new ImportViewModel(importing.workspace(), importing.services().importer(),
                importing.services().search(), importing.tasks(), importing.messages(), importing.formats()));
        LevelsViewModel levels = fx(() -> new LevelsViewModel(window.workspace(), window.services().recompute(),
                window.services().profiles(), window.services().search(), window.tasks(), window.messages(),
                window.formats(), window.clock()));
        fx(() -> {
            importer.open(csv);
            levels.confirmationProperty().addListener((o, was, now) -> {
                if (now != null) {
                    levels.answer(true);
                }
            });
            return null;
        });
        while (fx(() -> importer.previewProperty().get() == null && importer.problemProperty().get().isEmpty())) {
            waitUntil(deadline, "the import preview");
        }
        String problem = fx(() -> importer.problemProperty().get());
        if (!problem.isEmpty()) {
            throw new IllegalStateException("The import dialog did not take " + csv + ": " + problem);
        }
        long start = System.nanoTime();
        fx(() -> {
            timer.start();
            importer.runImport();
            levels.recompute();
            return null;
        });
        String[] texts = {"linh", "", "siti", "region:VN", "emma", ""};
        int step = 0;
        while (fx(() -> importer.runningProperty().get() || levels.runningProperty().get()
                || levels.confirmationProperty().get() != null)) {
            int i = step++;
            fx(() -> {
                search.setText(texts[i % texts.length]);
                table.scrollTo(i * 7 % Math.max(1, table.getItems().size()));
                return null;
            });
            waitUntil(deadline, "the import and the recompute");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        fx(() -> {
            timer.stop();
            view[0].deactivate();
            stage[0].hide();
            return null;
        });
        if (fx(() -> importer.resultProperty().get() == null || !importer.resultProperty().get().committed())) {
            throw new IllegalStateException("The import through the dialog did not commit: "
                    + fx(() -> importer.summaryProperty().get() + " " + importer.problemProperty().get()));
        }
        Benchmarks.log("stall: recompute said " + fx(() -> levels.statusProperty().get()));
        tasks.shutdown(Duration.ofSeconds(30));
        Stat all = new Stat();
        int over = 0;
        double max = 0;
        for (double gap : gaps) {
            all.add(gap);
            over += gap > FRAME_MS ? 1 : 0;
            max = Math.max(max, gap);
        }
        return new Result(max, over, gaps.size(), perSecond, all, seconds);
    }

    private static void waitUntil(long deadline, String what) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Gave up waiting for " + what + " after " + LIMIT);
        }
        Thread.sleep(200);
    }

    /// The window's stylesheet, as the application applies it (light theme).
    private static void applyTheme() {
        try {
            var method = App.class.getDeclaredMethod("applyTheme", boolean.class);
            method.setAccessible(true);
            method.invoke(null, false);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not apply the window's theme", e);
        }
    }

    private static <T> T fx(Supplier<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.get());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(5, TimeUnit.MINUTES);
    }
}
