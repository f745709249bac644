package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/// J3, killed mid-typing: the real window runs in a child JVM ([WindowKillChild]) on a workspace
/// of its own, a plan draft is typed into (its name, its product's rate) through the editor's
/// fields, and the process is killed (`destroyForcibly`): once right after the editor acknowledged
/// an autosave, once a random moment within the autosave's pause after the last keys. What is
/// stored must be what was typed: everything up to the last acknowledged autosave, and at most the
/// keys typed after it; the next start must name the recovered plan as it is stored and reopen it
/// showing exactly that (R-DRAFT-1).
///
/// A round cannot pass by accident: the child must say READY, type twice and have a save
/// acknowledged, must be alive right before the kill, and its stderr is shown with any failure; a
/// kill meant for the pause that landed after the save is checked but run again.
@Execution(ExecutionMode.CONCURRENT)
class WindowKillTest {

    static final long PATIENCE_SECONDS = 60;
    static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    /// The headless platform the tests run on, passed to the child.
    static final List<String> HEADLESS = List.of("testfx.robot", "testfx.headless", "glass.platform", "monocle.platform",
            "prism.order", "prism.text", "java.awt.headless");

    @TempDir
    Path dir;
    /// Milliseconds spent, over all rounds, from each child's start to its READY and to its kill.
    long untilReady;
    long untilKill;

    /// A state of the editor: the plan's name and the rate as typed.
    record Typed(String name, Rate rate) {
        static Typed parse(String line) {
            String[] parts = line.split(WindowKillChild.SEP, -1);
            return new Typed(parts[0], parts[1].isBlank() ? null : Rate.parsePercent(parts[1]));
        }
    }

    /// What one child said: the plan it found recovered and showed, each state typed (by step) and
    /// the last step acknowledged; and its stderr.
    record Round(String recovered, Typed shown, List<Typed> typed, int acked, String stderr) {
    }

    @Test
    void aWindowKilledWhileADraftIsTypedReopensWithTheDraftAsTypedUpToItsLastAutosave() throws Exception {
        Path folder = dir.resolve("shop");
        long planId;
        Typed stored;
        try (Workspace ws = Workspace.open(folder)) {
            ws.products().saveAll(List.of(new Product("p1", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"),
                    ProductStatus.LIVE)));
            var result = new PlanService(ws, UiTestSupport.CLOCK).saveDraft(new PlanDraft(new Plan(0, PlanType.OPEN,
                    "Serum week", null, null, PlanStatus.DRAFT, false, null, null, null, null, null, 0),
                    List.of(new PlanDraft.Item("p1", Rate.parsePercent("10"), null)), List.of()));
            assertTrue(result.ok(), result.problems().toString());
            planId = result.planId();
            stored = stored(ws, planId);
        }
        Random random = new Random(24);
        // killed after an acknowledged save, then within the autosave's pause after the last keys;
        // each next start checks the recovery of what the kill before left
        List<String> kinds = List.of("afterAck", "withinPause");
        List<String> rounds = new ArrayList<>();
        int attempts = 0;
        for (int counted = 0; counted < kinds.size(); ) {
            String kind = kinds.get(counted);
            attempts++;
            assertTrue(attempts <= kinds.size() + 3, "the kills kept landing after the autosave: " + rounds);
            Round round = run(folder, planId, attempts > 1, kind, random, "r" + attempts);
            try {
                if (attempts > 1) {
                    assertEquals(stored.name(), round.recovered(), "the notice names the plan as it is stored");
                    assertEquals(stored, round.shown(), "the editor reopens the recovered draft as it is stored");
                } else {
                    assertEquals(stored, round.shown(), "the editor opens the draft as it is stored");
                }
                assertTrue(round.acked() >= 1 && round.typed().size() >= 2, "the child typed twice and had a save "
                        + "acknowledged before the kill: " + round.typed().size() + " typed, " + round.acked() + " acknowledged");
                try (Workspace ws = Workspace.open(folder)) {
                    stored = stored(ws, planId);
                }
                // everything acknowledged is kept; at most the keys typed after it are added
                List<Typed> allowed = round.typed().subList(round.acked() - 1, round.typed().size());
                assertTrue(allowed.contains(stored), "stored " + stored + "; typed from the last acknowledged save ("
                        + round.acked() + ") on: " + allowed);
            } catch (AssertionError e) {
                throw new AssertionError("round " + attempts + " (" + kind + "): " + e.getMessage()
                        + "\nchild's stderr:\n" + round.stderr(), e);
            }
            boolean inPause = round.acked() < round.typed().size();
            rounds.add(kind + ": " + round.typed().size() + " typed, " + round.acked() + " acknowledged");
            if (!kind.equals("withinPause") || inPause) {
                counted++; // a kill meant for the pause that came after the save is checked, not counted
            }
        }
        System.out.printf("WindowKillTest: %s; %d ms to the children's READY, %d ms to the kills%n", rounds,
                TimeUnit.NANOSECONDS.toMillis(untilReady), TimeUnit.NANOSECONDS.toMillis(untilKill));
    }

    private static Typed stored(Workspace ws, long planId) {
        Plan plan = ws.plans().findById(planId).orElseThrow();
        List<PlanItem> items = ws.plans().items(planId);
        assertEquals(1, items.size(), "the plan keeps its one product");
        return new Typed(plan.name(), items.getFirst().rate());
    }

    /// Starts the window in a child on `folder` (`recover`: opening the plan from the notice of
    /// recovered drafts) and kills it as `kill` says: right after its second acknowledged save, or
    /// a moment after it typed the second time, within the autosave's pause.
    private Round run(Path folder, long planId, boolean recover, String kill, Random random, String name)
            throws Exception {
        Path stderr = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "--enable-native-access=ALL-UNNAMED"));
        for (String key : HEADLESS) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        // a desktop of this test's own: its preferences live in the test's folder
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + dir.resolve("desktop"),
                "-Dsw.preferences=dev/sellerworkbench-windowkill",
                "-cp", System.getProperty("java.class.path"), WindowKillChild.class.getName(), folder.toString(),
                String.valueOf(planId)));
        if (recover) {
            command.add("recover");
        }
        long started = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    said.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.start();
        try {
            assertTrue(waitFor(said, child, "READY"::equals), "the child never said READY");
            untilReady += System.nanoTime() - started;
            switch (kill) {
                case "afterAck" -> assertTrue(waitFor(said, child, line -> line.startsWith("ACK 2")),
                        "the child acknowledged no second save");
                case "withinPause" -> {
                    assertTrue(waitFor(said, child, line -> line.startsWith("ACK 1")), "the child acknowledged no save");
                    assertTrue(waitFor(said, child, line -> line.startsWith("TYPED 2 ")), "the child typed no more");
                    Thread.sleep(random.nextInt((int) dev.sellerworkbench.ui.plans.PlanEditorView.AUTOSAVE_PAUSE.toMillis() / 3));
                }
                default -> { }
            }
            assertTrue(child.isAlive(), "the child ended before it was killed, exit code "
                    + (child.isAlive() ? "" : child.exitValue()));
        } catch (AssertionError e) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            throw new AssertionError(name + ": " + e.getMessage() + "; said " + lines + "\nchild's stderr:\n" + read(stderr), e);
        }
        child.destroyForcibly();
        untilKill += System.nanoTime() - started;
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
        reader.join(10_000);
        String recovered = null;
        Typed shown = null;
        List<Typed> typed = new ArrayList<>();
        int acked = 0;
        synchronized (lines) {
            for (String line : lines) {
                if (line.startsWith("RECOVERED ")) {
                    recovered = line.substring("RECOVERED ".length());
                } else if (line.startsWith("SHOWN ")) {
                    shown = Typed.parse(line.substring("SHOWN ".length()));
                } else if (line.startsWith("TYPED ")) {
                    String rest = line.substring("TYPED ".length());
                    int step = Integer.parseInt(rest.substring(0, rest.indexOf(' ')));
                    assertEquals(typed.size() + 1, step, "steps in order");
                    typed.add(Typed.parse(rest.substring(rest.indexOf(' ') + 1)));
                } else if (line.startsWith("ACK ")) {
                    acked = Integer.parseInt(line.substring(4));
                }
            }
        }
        return new Round(recovered, shown, typed, acked, read(stderr));
    }

    /// Reads what the child says until a line matches; false when it does not within
    /// [#PATIENCE_SECONDS] or the child ends first.
    private static boolean waitFor(BlockingQueue<String> said, Process child, Predicate<String> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = said.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return true;
            }
            if (line == null && !child.isAlive() && said.isEmpty()) {
                return false;
            }
        }
        return false;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
