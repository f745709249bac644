package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/// A small workspace with one targeted plan and creators whose numbers are valid, old, missing
/// and invalid; every creator has a level so tests can look for it where it must not be.
final class InvitationFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    static final String HIDDEN_EMAIL = "secret-partners@shop.example";
    static final String VISIBLE_WHATSAPP = "+84 912 000 111";

    final Workspace ws;
    final long planId;
    final long linh;
    final long oldNumber;
    final long noNumber;
    final long formula;

    InvitationFixture(Path dir) {
        ws = Workspace.open(dir);
        ws.products().saveAll(List.of(
                new Product("P1", "Serum dưỡng ẩm", "Beauty", Money.of("250000", "VND"), ProductStatus.LIVE),
                new Product("P2", "Kem chống nắng", "Beauty", Money.of("180000", "VND"), ProductStatus.LIVE),
                new Product("P3", "Revoked lotion", "Beauty", Money.of("90000", "VND"), ProductStatus.REVOKED)));
        planId = ws.plans().create(new Plan(0, PlanType.TARGETED, "Tết 2027", null, LocalDate.of(2027, 2, 1),
                PlanStatus.PUBLISHED, false, null, "https://affiliate.example/plan/9003", null, null, null, 0));
        ws.plans().saveItems(planId, List.of(
                new PlanItem(planId, "P1", new Rate(1500), "reason", null, null),
                new PlanItem(planId, "P2", new Rate(1200), "reason", null, null),
                new PlanItem(planId, "P3", new Rate(1500), "reason", null, null)));
        linh = add("linh.beauty", "Nguyễn Thị Linh", Region.VN, "0912 345 678", 7);
        oldNumber = add("old.number", "Trần Văn An", Region.VN, "0162 345 6789", 6);
        noNumber = add("siti.glow", "Siti Rahma", Region.ID, null, 5);
        formula = add("formula.cell", "=HYPERLINK(\"http://evil.example\")", Region.GB, "07400 123456", 4);
        SettingsRepository settings = ws.settings();
        settings.put(SettingsRepository.WHATSAPP, VISIBLE_WHATSAPP);
        settings.put(SettingsRepository.WHATSAPP_HIDDEN, "false");
        settings.put(SettingsRepository.EMAIL, HIDDEN_EMAIL);
        settings.put(SettingsRepository.EMAIL_HIDDEN, "true");
    }

    private long add(String handle, String name, Region region, String whatsapp, int level) {
        long id = ws.creators().insert(new Creator(0, handle, name, region, null, 120_000, 80, 40_000, 400,
                Money.of("1000000", region.currency()), 100, 5, List.of("Beauty"), EnumSet.of(ContentType.VIDEO),
                whatsapp, handle + "@creator.example", Audience.UNKNOWN, Level.official(level)));
        ws.plans().saveCreator(new PlanCreator(planId, id, InvitationStatus.NOT_SENT, CLOCK.instant(), null, null, null,
                false));
        return id;
    }

    Invitations invitations() {
        return new Invitations(ws, CLOCK);
    }

    @Override
    public void close() {
        ws.close();
    }
}
