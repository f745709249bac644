package dev.sellerworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.commission.PayoutStatus;
import dev.sellerworkbench.commission.SettlementLine;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.settings.Setting;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `settings list|get|set`: what it sets is what the engines read, and what it refuses leaves the
/// workspace as it was (exit 2).
class SettingsCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String ws;

    static CliRun run(String... args) {
        return CliRun.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), args);
    }

    CliRun settings(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--workspace";
        all[1] = ws;
        all[2] = "settings";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @BeforeEach
    void workspace() {
        ws = dir.resolve("ws").toString();
        try (Workspace w = Workspace.open(ws)) {
            // one Vietnamese order, delivered on 1 November in Saigon
            Instant delivered = LocalDateTime.parse("2026-11-01T12:00").atZone(Region.VN.zone()).toInstant();
            w.orders().saveAll(List.of(new Order(0, "VN1", "SVN1", "P1", "linh", Region.VN, 1, Money.of("200000", "VND"),
                    new Rate(1_000), null, null, "Completed", delivered.minusSeconds(86_400), delivered, false, null,
                    null, "Video")));
        }
    }

    SettlementLine vietnameseLine() {
        try (Workspace w = Workspace.open(ws)) {
            return new SettlementService(w).settledLines(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).stream()
                    .filter(l -> l.order().orderId().equals("VN1")).findFirst().orElseThrow();
        }
    }

    Map<String, SettingsRepository.Versioned> stored() {
        try (Workspace w = Workspace.open(ws)) {
            return w.settings().allVersioned();
        }
    }

    int auditEntries() {
        try (Workspace w = Workspace.open(ws)) {
            return w.audit().recent(10_000).size();
        }
    }

    @Test
    void afterSalesDaysSetForVietnamGiveItsOrdersAPayDay() throws Exception {
        assertEquals(PayoutStatus.NOT_CONFIGURED, vietnameseLine().status(), "no period for VN yet (R-ST-2)");

        CliRun set = settings("set", "aftersales.VN", "7");
        assertEquals(0, set.exit(), set.err());
        CliRun get = settings("get", "aftersales.VN", "--json");
        assertEquals(0, get.exit(), get.err());
        JsonNode value = JSON.readTree(get.out());
        assertEquals(7, value.get("value").asInt());
        assertTrue(value.get("value").isInt(), "a number, not a string: " + get.out());

        SettlementLine line = vietnameseLine();
        assertEquals(PayoutStatus.DUE, line.status());
        // delivered 1 Nov + 7 after-sales days = 8 Nov, paid the day after
        assertEquals(LocalDate.of(2026, 11, 9), line.payDay());
    }

    @Test
    void anInvalidValueExitsTwoAndWritesNothing() {
        Map<String, SettingsRepository.Versioned> before = stored();
        int audited = auditEntries();
        for (String[] bad : List.of(new String[] {"aftersales.VN", "-1"}, new String[] {"aftersales.VN", "seven"},
                new String[] {"aftersales.VN", "91"}, new String[] {"plan.rateCeiling", "60"},
                new String[] {"plan.maxTargetedCreators", "0"}, new String[] {"applications.expiryDays", ""},
                new String[] {"seller.region", "XX"}, new String[] {"seller.currency", "EUR"},
                new String[] {"seller.timeZone", "Mars/Olympus"}, new String[] {"target.audience", "female:120"})) {
            CliRun run = settings("set", bad[0], bad[1]);
            assertEquals(2, run.exit(), String.join(" ", bad) + ": " + run.out() + run.err());
            assertTrue(run.err().contains("Nothing was changed"), run.err());
        }
        assertEquals(before, stored());
        assertEquals(audited, auditEntries());
    }

    @Test
    void anUnknownKeyExitsTwoNamesTheKnownOnesAndWritesNothing() {
        Map<String, SettingsRepository.Versioned> before = stored();
        CliRun run = settings("set", "aftersales.XX", "7");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown setting \"aftersales.XX\"") && run.err().contains("aftersales.VN"), run.err());
        assertEquals(2, settings("get", "payout.days").exit());
        assertEquals(before, stored());
    }

    @Test
    void theRateCeilingIsSpokenInPercentAndReadByThePlanRules() throws Exception {
        assertEquals(0, settings("set", "plan.rateCeiling", "80").exit());
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(Rate.ofBasisPoints(8_000), EngineInputs.planLimits(w.settings()).maxRate(), "R-PLAN-3");
        }
        assertEquals(80, JSON.readTree(settings("get", "plan.rateCeiling", "--json").out()).get("value").asInt());
    }

    @Test
    void theTargetAudienceIsStoredInTheFormTheRecommenderReads() {
        assertEquals(0, settings("set", "target.audience", "18-24:30, Female:60").exit());
        try (Workspace w = Workspace.open(ws)) {
            TargetAudience target = TargetAudience.of(w);
            assertEquals(60, target.gender().minPercent());
            assertEquals(0, target.age().band());
        }
        assertEquals("female:60,18-24:30", settings("get", "target.audience").out().strip());
    }

    @Test
    void anEmptyValueUnsetsAnOptionalSettingSoItsDefaultApplies() throws Exception {
        assertEquals(0, settings("set", "aftersales.ID", "3").exit());
        assertEquals(0, settings("set", "aftersales.ID", "").exit());
        JsonNode id = JSON.readTree(settings("get", "aftersales.ID", "--json").out());
        assertEquals(6, id.get("value").asInt(), "back to the seed's 6 days");
        assertTrue(id.get("default").asBoolean());
    }

    @Test
    void listShowsEveryKeyOfTheCatalogue() throws Exception {
        CliRun list = settings("list", "--json");
        assertEquals(0, list.exit(), list.err());
        List<String> keys = JSON.readTree(list.out()).findValuesAsText("key");
        assertEquals(SettingsCatalogue.all().stream().map(Setting::key).toList(), keys);
    }
}
