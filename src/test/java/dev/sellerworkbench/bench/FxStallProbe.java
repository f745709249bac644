package dev.sellerworkbench.bench;

import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.creators.FindCreatorsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/// `fx_stall_max_ms`: the longest gap between two JavaFX pulses while a 1,000,000-row creators
/// import and a level recompute run in the background and the user changes a Find Creators
/// filter every 200 ms (the view-model, index and task runner of the window; headless glass).
final class FxStallProbe {

    private FxStallProbe() {
    }

    record Result(Stat perSecondMax, double overallMax) {
    }

    static Result measure(Workspace big, Path csv, Workspace target) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AppContext context = new AppContext(big, TaskRunner.background(), messages,
                new Formats(Locale.ENGLISH, ZoneId.systemDefault()), Clock.systemDefaultZone(),
                Preferences.forTest("bench-stall"));
        FindCreatorsViewModel[] vm = new FindCreatorsViewModel[1];
        AtomicLong last = new AtomicLong();
        AtomicLong secondMax = new AtomicLong();
        AtomicLong secondStart = new AtomicLong();
        Stat perSecond = new Stat();
        double[] overall = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = last.getAndSet(now);
                if (previous != 0) {
                    long gap = now - previous;
                    secondMax.accumulateAndGet(gap, Math::max);
                    overall[0] = Math.max(overall[0], gap / 1e6);
                }
                if (secondStart.get() == 0) {
                    secondStart.set(now);
                } else if (now - secondStart.get() >= 1_000_000_000L) {
                    perSecond.add(secondMax.getAndSet(0) / 1e6);
                    secondStart.set(now);
                }
            }
        };
        Platform.runLater(() -> {
            vm[0] = new FindCreatorsViewModel(context.workspace(), context.services().plans(),
                    context.services().levels(), context.services().search(), context.services().categories(), context.services()::savedSearches,
                    context.tasks(), context.messages(), context.formats(), context.clock(), context.preferences());
            vm[0].activate();
            timer.start();
        });
        CompletableFuture<?> importing = CompletableFuture.runAsync(() ->
                new Importer(target, messages, Clock.systemDefaultZone()).run(ImportKind.CREATORS, csv, false, Progress.NONE));
        CompletableFuture<?> recomputing = CompletableFuture.runAsync(() ->
                new RecomputeService(big, Clock.systemDefaultZone(), messages).recompute(YearMonth.now(),
                        LevelProfiles.builtIn(LevelProfiles.TIKTOK), Progress.NONE));
        String[] texts = {"linh", "", "siti", "", "emma", ""};
        int step = 0;
        while (!(importing.isDone() && recomputing.isDone())) {
            int i = step++;
            Platform.runLater(() -> {
                vm[0].filters().followersMinProperty().set(String.valueOf(1_000 * (i % 50)));
                vm[0].filters().textProperty().set(texts[i % texts.length]);
            });
            Thread.sleep(200);
        }
        importing.get(1, TimeUnit.MINUTES);
        recomputing.get(1, TimeUnit.MINUTES);
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            timer.stop();
            vm[0].deactivate();
            stopped.countDown();
        });
        stopped.await();
        context.tasks().shutdown(java.time.Duration.ofSeconds(30));
        return new Result(perSecond, overall[0]);
    }
}
