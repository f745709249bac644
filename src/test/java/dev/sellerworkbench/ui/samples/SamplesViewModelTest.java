package dev.sellerworkbench.ui.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.UiTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Samples screen's and the creator tab's view-models on one small workspace, with work run at
/// once on the test's thread: rows carry names and earnings (R-SA-3), a colleague's change refuses
/// a bulk change and is named, a bad cost is refused with a sentence.
class SamplesViewModelTest {

    static final Instant NOW = UiTestSupport.CLOCK.instant();

    @TempDir
    static Path dir;
    static Workspace ws;
    static AppContext context;
    static Samples samples;

    @BeforeAll
    static void open() {
        ws = Workspace.open(dir);
        ws.settings().put(SettingsRepository.CURRENCY, "VND");
        ws.products().saveAll(List.of(new Product("p1", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"),
                ProductStatus.LIVE)));
        context = UiTestSupport.context(ws, Locale.ENGLISH);
        samples = new Samples(ws, UiTestSupport.CLOCK);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static Creator creator(String handle) {
        long id = ws.creators().insert(new Creator(0, handle, "Name " + handle, Region.VN, null, 1000, 1, 1, 1,
                Money.of("0", "VND"), 0, 0, List.of(), EnumSet.noneOf(ContentType.class), null, null,
                Audience.UNKNOWN, null));
        return ws.creators().findByHandle(handle).filter(c -> c.id() == id).orElseThrow();
    }

    @Test
    void creatorTabShowsEachSampleWithWhatItEarnedSinceDelivery() {
        Creator creator = creator("tabbed");
        long id = new Samples(ws, java.time.Clock.fixed(NOW.minus(Duration.ofDays(12)), java.time.ZoneOffset.UTC))
                .add(creator.id(), "p1", null, null, null, "lan");
        for (SampleStatus step : List.of(SampleStatus.APPROVED, SampleStatus.SHIPPED, SampleStatus.DELIVERED)) {
            samples.setStatus(List.of(id), Map.of(), step, new Samples.Step(NOW.minus(Duration.ofDays(10)), null, null,
                    null), "lan");
        }
        ws.orders().saveAll(List.of(new Order(0, "o-tab", "s1", "p1", "tabbed", Region.VN, 1,
                Money.of("200000", "VND"), Rate.ofBasisPoints(1000), Money.of("20000", "VND"), null, "COMPLETED",
                NOW.minus(Duration.ofDays(5)), null, false, null, null, null)));
        CreatorSamplesViewModel tab = new CreatorSamplesViewModel(context.workspace(), context.services().samples(),
                context.tasks(), context.messages(), context.formats());

        tab.show(creator);

        assertEquals(1, tab.rows().size());
        SampleRow row = tab.rows().getFirst();
        assertEquals("Serum dưỡng ẩm", row.product());
        assertEquals("Delivered", row.status());
        assertEquals(context.formats().money(Money.of("200000", "VND")), row.earnedGmv());
        assertEquals(context.formats().money(Money.of("20000", "VND")), row.earnedCommission());

        tab.productProperty().set(tab.products().getFirst());
        tab.costProperty().set("12x");
        tab.add();
        assertEquals(context.messages().get("samples.error.cost"), tab.messageProperty().get());
        tab.costProperty().set("90000");
        tab.add();
        assertEquals(2, tab.rows().size(), "the new sample is listed for the creator");
    }

    @Test
    void bulkChangeOnRowsAColleagueChangedIsRefusedAndNamesThem() {
        Creator creator = creator("contested");
        long id = samples.add(creator.id(), "p1", null, null, null, "lan");
        SamplesViewModel screen = new SamplesViewModel(context.workspace(), context.services().samples(),
                context.tasks(), context.messages(), context.formats());
        screen.activate();
        SampleRow shown = screen.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        samples.setStatus(List.of(id), Map.of(), SampleStatus.APPROVED, Samples.Step.NOW, "hanh");

        screen.moveToProperty().set(SampleStatus.APPROVED);
        screen.apply(List.of(shown));

        assertTrue(screen.feedbackProperty().get().contains("hanh"), screen.feedbackProperty().get());
        assertEquals(SampleStatus.APPROVED, ws.samples().findById(id).orElseThrow().status());
        assertEquals(1, ws.samples().findById(id).orElseThrow().version(), "nothing written on top of hanh's change");
    }

    @Test
    void screenAddsASampleByHandleAndFiltersByStatus() {
        creator("added");
        SamplesViewModel screen = new SamplesViewModel(context.workspace(), context.services().samples(),
                context.tasks(), context.messages(), context.formats());
        screen.activate();
        screen.addCreatorProperty().set("@added");
        screen.addProductProperty().set(screen.products().getFirst());
        screen.addCostProperty().set("150000");
        screen.add();
        assertEquals(context.messages().get("samples.added", "added"), screen.feedbackProperty().get());

        screen.statusProperty().set(SampleStatus.REQUESTED);
        SampleRow row = screen.rows().stream().filter(r -> r.creator().equals("Name added (@added)")).findFirst()
                .orElseThrow();
        assertEquals(context.formats().money(Money.of("150000", "VND")), row.cost());
        assertEquals("—", row.earnedGmv(), "not delivered: not known");
        screen.statusProperty().set(SampleStatus.DELIVERED);
        assertTrue(screen.rows().stream().noneMatch(r -> r.creator().equals("Name added (@added)")));
    }
}
