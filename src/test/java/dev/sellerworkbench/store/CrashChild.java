package dev.sellerworkbench.store;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.ImportResult;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// A child process for the crash test: drives the importer (creators, then applications), the
/// approval queue (a bulk approval) and the plan service (a targeted plan with its products and
/// creators) in a loop, as the window and commands do, until it is killed. It prints `BEGIN kind
/// batch` before each write and `ACK kind batch` once the write returned and reported what it was
/// asked to do; anything else is a failure it prints to stderr before exiting with 2. The products
/// and the open plan the applications are for are written once, by [#prepare], before any child.
public final class CrashChild {

    static final int CREATORS_PER_IMPORT = 30;
    static final int APPLICATIONS_PER_BATCH = 12;
    /// The open plan the applications are for, made by the test before the first child starts.
    static final String OPEN_PLAN = "crash-open";
    static final int ITEMS_PER_PLAN = 5;
    static final int CREATORS_PER_PLAN = 3;

    /// Whether this is the child: it exits on a failure, the test throws.
    private static boolean inChild;

    private CrashChild() {
    }

    public static void main(String[] args) throws IOException {
        inChild = true;
        Path folder = Path.of(args[0]);
        String run = args[1];
        Path files = Files.createDirectories(folder.resolveSibling("files").resolve(run));
        Clock clock = Clock.systemUTC();
        try (Workspace ws = Workspace.open(folder)) {
            Importer importer = new Importer(ws, Messages.forLocale(Locale.ENGLISH), clock);
            PlanService plans = new PlanService(ws, clock);
            ApprovalQueue queue = new ApprovalQueue(ws, clock);
            String openPlan = OPEN_PLAN;
            System.out.println("READY");
            System.out.flush();
            for (int round = 0; ; round++) {
                String batch = run + "x" + round;
                StringBuilder creators = new StringBuilder("handle,name,region,followers\n");
                for (int i = 0; i < CREATORS_PER_IMPORT; i++) {
                    creators.append(batch).append('-').append(i).append(",Crash ").append(i).append(",VN,").append(1000 + i)
                            .append('\n');
                }
                Path creatorFile = write(files.resolve("creators.csv"), creators);
                begin("import", batch);
                expect(importer.run(ImportKind.CREATORS, creatorFile, true, Progress.NONE), CREATORS_PER_IMPORT);
                ack("import", batch);

                StringBuilder applications = new StringBuilder("id,creator,product_id,plan,applied_at,status\n");
                for (int i = 0; i < APPLICATIONS_PER_BATCH; i++) {
                    applications.append(batch).append("-a").append(i).append(',').append(batch).append('-').append(i)
                            .append(",crash-p").append(i % ITEMS_PER_PLAN).append(',').append(openPlan)
                            .append(",2026-11-20T09:15:00+07:00,Pending\n");
                }
                Path applicationFile = write(files.resolve("applications.csv"), applications);
                begin("applications", batch);
                expect(importer.run(ImportKind.APPLICATIONS, applicationFile, true, Progress.NONE), APPLICATIONS_PER_BATCH);
                ack("applications", batch);

                List<Long> ids = ws.jdbi().withHandle(h -> h.createQuery(
                                "SELECT id FROM application WHERE external_id LIKE :p ORDER BY id")
                        .bind("p", batch + "-a%").mapTo(Long.class).list());
                List<Long> members = ws.jdbi().withHandle(h -> h.createQuery(
                                "SELECT id FROM creator WHERE handle LIKE :p ORDER BY id")
                        .bind("p", batch + "-%").mapTo(Long.class).list()).subList(0, CREATORS_PER_PLAN);
                begin("approve", batch);
                int decided = queue.decide(ids, Decision.APPROVE, null, "crash").changes().size();
                if (decided != APPLICATIONS_PER_BATCH) {
                    fail("the queue decided " + decided + " of " + APPLICATIONS_PER_BATCH);
                }
                ack("approve", batch);

                begin("plan", batch);
                expect(plans.saveDraft(new PlanDraft(plan(PlanType.TARGETED, batch, clock), items(), members)));
                ack("plan", batch);
            }
        }
    }

    /// What every child needs: the products and the open plan, written as a user would.
    static void prepare(Path folder) throws IOException {
        Path files = Files.createDirectories(folder.resolveSibling("files"));
        Clock clock = Clock.systemUTC();
        try (Workspace ws = Workspace.open(folder)) {
            StringBuilder products = new StringBuilder("id,title,category,price,currency,status\n");
            for (int i = 0; i < ITEMS_PER_PLAN; i++) {
                products.append("crash-p").append(i).append(",Product ").append(i).append(",Beauty,100000,VND,Live\n");
            }
            expect(new Importer(ws, Messages.forLocale(Locale.ENGLISH), clock).run(ImportKind.PRODUCTS,
                    write(files.resolve("products.csv"), products), true, Progress.NONE), ITEMS_PER_PLAN);
            expect(new PlanService(ws, clock).saveDraft(new PlanDraft(plan(PlanType.OPEN, OPEN_PLAN, clock), items(), List.of())));
        }
    }

    private static Plan plan(PlanType type, String name, Clock clock) {
        return new Plan(0, type, name, null, null, PlanStatus.DRAFT, true, null, null, clock.instant(), clock.instant(),
                null, 0);
    }

    private static List<PlanDraft.Item> items() {
        List<PlanDraft.Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS_PER_PLAN; i++) {
            items.add(new PlanDraft.Item("crash-p" + i, new Rate(1000 + i), "reason"));
        }
        return items;
    }

    private static Path write(Path file, CharSequence text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void expect(ImportResult result, long rows) {
        if (!result.committed() || result.accepted() != rows) {
            fail("the importer took " + result.accepted() + " of " + rows + " rows: " + result);
        }
    }

    private static void expect(PlanSaveResult result) {
        if (!result.ok()) {
            fail("the plan service refused the plan: " + result.problems());
        }
    }

    private static void fail(String why) {
        if (!inChild) {
            throw new AssertionError(why);
        }
        System.err.println(why);
        System.err.flush();
        System.exit(2);
    }

    private static void begin(String kind, String batch) {
        System.out.println("BEGIN " + kind + " " + batch);
        System.out.flush();
    }

    private static void ack(String kind, String batch) {
        System.out.println("ACK " + kind + " " + batch);
        System.out.flush();
    }
}
