package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.queue.Decision;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/// A child process for the crash test: imports, bulk approvals and plan saves in a loop, printing
/// `ACK kind batch` after each commit returns, until it is killed.
public final class CrashChild {

    static final int CREATORS_PER_IMPORT = 50;
    static final int APPLICATIONS_PER_BATCH = 20;
    static final int ITEMS_PER_PLAN = 5;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String run = args[1];
        try (Workspace ws = Workspace.open(folder)) {
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_PLAN; i++) {
                products.add(new Product("crash-p" + i, "Product " + i, "Beauty", Money.of("100000", "VND"), ProductStatus.LIVE));
            }
            ws.products().saveAll(products);
            long openPlan = ws.plans().create(new Plan(0, PlanType.OPEN, "open-" + run, null, null, PlanStatus.PUBLISHED,
                    true, null, null, Instant.now(), Instant.now(), Instant.now(), 0));
            ApprovalQueue queue = new ApprovalQueue(ws, Clock.systemUTC());
            System.out.println("READY");
            System.out.flush();
            for (int round = 0; ; round++) {
                String batch = run + "x" + round;
                List<Creator> creators = new ArrayList<>();
                for (int i = 0; i < CREATORS_PER_IMPORT; i++) {
                    creators.add(new Creator(0, batch + "-" + i, "Crash " + i, Region.VN, null, i, 1, 1, 1,
                            Money.of("1000", "VND"), 0, 0, List.of("Beauty"), EnumSet.of(ContentType.VIDEO), null, null,
                            Audience.UNKNOWN, null));
                }
                long[] ids = ws.jdbi().inTransaction(h -> CreatorRepository.insertAll(h, creators));
                ack("import", batch);

                List<Long> applications = ws.jdbi().inTransaction(h -> {
                    List<Long> created = new ArrayList<>();
                    for (int i = 0; i < APPLICATIONS_PER_BATCH; i++) {
                        created.add(ApplicationRepository.insert(h, new Application(0, batch + "-a" + i, ids[i],
                                "crash-p" + (i % ITEMS_PER_PLAN), openPlan, Instant.now(), ApplicationStatus.PENDING, null,
                                false, null, 0)));
                    }
                    return created;
                });
                ack("applications", batch);
                queue.decide(applications, Decision.APPROVE, null, "crash");
                ack("approve", batch);

                ws.jdbi().useTransaction(h -> {
                    long planId = PlanRepository.create(h, new Plan(0, PlanType.TARGETED, batch, null, null,
                            PlanStatus.DRAFT, true, null, null, Instant.now(), Instant.now(), null, 0));
                    List<PlanItem> items = new ArrayList<>();
                    for (int i = 0; i < ITEMS_PER_PLAN; i++) {
                        items.add(new PlanItem(planId, "crash-p" + i, new Rate(1000 + i), "reason", Instant.now(), null));
                    }
                    PlanRepository.saveItems(h, planId, items);
                });
                ack("plan", batch);
            }
        }
    }

    private static void ack(String kind, String batch) {
        System.out.println("ACK " + kind + " " + batch);
        System.out.flush();
    }
}
