package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.service.WorkspaceProfiles;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Profiles are workspace data (docs/level-profiles.md): an edited threshold is stored in the
/// workspace, versioned and audited, and the next recompute judges with it; a threshold that
/// breaks the order of the levels is refused, naming its field, and changes nothing; reset brings
/// the shipped thresholds back; export and import carry the document between workspaces.
class WorkspaceProfilesTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void anEditedThresholdChangesTheNextRecompute() throws Exception {
        try (Workspace ws = TestDatabases.open(TestDatabases.Vendor.H2, folder.resolve("ws"))) {
            long id = ws.creators().insertAll(List.of(new Creator(0, "linh", "Linh", Region.VN, null, 1_000, 10, 500,
                    300, Money.of("0", "VND"), 0, 3, List.of("Beauty"), Set.of(), null, null, Audience.UNKNOWN,
                    null)))[0];
            // ₫100,000,000, 15 days, 5 products: L4 with the shipped thresholds (L5 asks ₫120,000,000)
            ws.stats().saveAll(List.of(new MonthlyStats(id, DECEMBER.minusMonths(1), Money.of("100000000", "VND"), 15, 5,
                    new BigDecimal("4.8"), 0, Money.of("0", "VND"))));
            WorkspaceProfiles profiles = new WorkspaceProfiles(ws);
            RecomputeService service = new RecomputeService(ws, CLOCK, Messages.forLocale(Locale.ENGLISH));
            service.recompute(DECEMBER, profiles.active(), Progress.NONE);
            assertEquals(4, projected(ws, id).level());

            LevelProfile edited = profiles.setThreshold("tiktok", Region.VN, 5, WorkspaceProfiles.Field.GMV,
                    "90,000,000", "Minh", CLOCK.instant());
            assertFalse(edited.editableDefaults(), "the seller's own thresholds");
            assertEquals(0, profiles.stored("tiktok").orElseThrow().version());
            assertEquals("Minh", profiles.stored("tiktok").orElseThrow().savedBy());
            assertEquals("SET", ws.audit().forEntity("level_profile", "tiktok").getLast().action());

            service.recompute(DECEMBER, new WorkspaceProfiles(ws).active(), Progress.NONE);
            assertEquals(5, projected(ws, id).level(), "the stored threshold, not the shipped one");

            // L5 below L4's ₫50,000,000 breaks the order of the levels: refused, nothing stored
            ProfileException refused = assertThrows(ProfileException.class, () -> profiles.setThreshold("tiktok",
                    Region.VN, 5, WorkspaceProfiles.Field.GMV, "40000000", "Minh", CLOCK.instant()));
            assertEquals("regions.VN.levels[5].gmv", refused.field());
            assertThrows(ProfileException.class, () -> profiles.setThreshold("tiktok", Region.VN, 5,
                    WorkspaceProfiles.Field.ACTIVE_DAYS, "fifteen", "Minh", CLOCK.instant()));
            assertEquals(0, profiles.stored("tiktok").orElseThrow().version());
            assertTrue(profiles.json("tiktok").contains("90000000"));

            // exported from here, imported into another workspace: the same thresholds there
            Path file = folder.resolve("tiktok.json");
            Files.writeString(file, profiles.json("tiktok"));
            try (Workspace other = TestDatabases.open(TestDatabases.Vendor.H2, folder.resolve("other"))) {
                LevelProfile imported = new WorkspaceProfiles(other).install(file, "Lan", CLOCK.instant());
                ThresholdProfile t = (ThresholdProfile) imported;
                assertEquals(0, new BigDecimal("90000000").compareTo(t.regions().get(Region.VN).steps().get(5).gmv()));
                assertEquals("tiktok", new WorkspaceProfiles(other).activeId());
            }

            LevelProfile shipped = profiles.reset("tiktok", "Minh", CLOCK.instant());
            assertTrue(profiles.stored("tiktok").isEmpty());
            assertTrue(shipped.editableDefaults());
            assertEquals("RESET", ws.audit().forEntity("level_profile", "tiktok").getLast().action());
            service.recompute(DECEMBER, new WorkspaceProfiles(ws).active(), Progress.NONE);
            assertEquals(4, projected(ws, id).level());
        }
    }

    /// R-LV-5..8 with the workspace's Douyin profile: an edited sales band lifts a CN creator at the
    /// next recompute, a raised reputation gate makes the creator unrated, a band minimum below the
    /// band under it is refused naming its field, and reset brings the shipped bands back.
    @Test
    void anEditedDouyinBandChangesTheNextRecomputeOfACnCreator() throws Exception {
        try (Workspace ws = TestDatabases.open(TestDatabases.Vendor.H2, folder.resolve("cn"))) {
            long id = ws.creators().insertAll(List.of(new Creator(0, "wei", "Wei", Region.CN, null, 1_000, 10, 500,
                    300, Money.of("0", "CNY"), 0, 3, List.of("Beauty"), Set.of(), null, null, Audience.UNKNOWN,
                    null)))[0];
            // ¥40,000 (sales band 2, score 2), 25 % good-product share (behaviour band 3, score 3):
            // 2 × 0.8 + 3 × 0.2 = 2.2 → L2 with the shipped bands (sales band 3 asks ¥50,000)
            ws.stats().saveAll(List.of(new MonthlyStats(id, DECEMBER.minusMonths(1), Money.of("40000", "CNY"), 20, 5,
                    new BigDecimal("4.8"), 0, Money.of("10000", "CNY"))));
            WorkspaceProfiles profiles = new WorkspaceProfiles(ws);
            RecomputeService service = new RecomputeService(ws, CLOCK, Messages.forLocale(Locale.ENGLISH));
            service.recompute(DECEMBER, profiles.forId("douyin"), Progress.NONE);
            assertEquals(2, projected(ws, id).level());

            LevelProfile edited = profiles.setScore("douyin", WorkspaceProfiles.ScoreField.SALES_MIN, 3, "40,000",
                    "Minh", CLOCK.instant());
            assertFalse(edited.editableDefaults(), "the seller's own bands");
            assertEquals(0, new BigDecimal("40000").compareTo(((ScoreProfile) edited).sales().bands().get(3).min()));
            assertEquals("SET", ws.audit().forEntity("level_profile", "douyin").getLast().action());
            service.recompute(DECEMBER, new WorkspaceProfiles(ws).forId("douyin"), Progress.NONE);
            assertEquals(3, projected(ws, id).level(), "3 × 0.8 + 3 × 0.2 = 3.0 with the stored band");

            // a band minimum at or below the band under it breaks the order: refused, nothing stored
            ProfileException refused = assertThrows(ProfileException.class, () -> profiles.setScore("douyin",
                    WorkspaceProfiles.ScoreField.SALES_MIN, 3, "5000", "Minh", CLOCK.instant()));
            assertEquals("sales.bands[3].min", refused.field());
            ProfileException falling = assertThrows(ProfileException.class, () -> profiles.setScore("douyin",
                    WorkspaceProfiles.ScoreField.BEHAVIOUR_SCORE, 4, "1", "Minh", CLOCK.instant()));
            assertEquals("behaviour.bands[4].score", falling.field());
            assertEquals(0, profiles.stored("douyin").orElseThrow().version());

            // the gate is edited the same way: reputation 4.8 no longer passes a 4.9 gate (R-LV-5)
            profiles.setScore("douyin", WorkspaceProfiles.ScoreField.MIN_REPUTATION, -1, "4.9", "Minh", CLOCK.instant());
            assertEquals(1, profiles.stored("douyin").orElseThrow().version());
            service.recompute(DECEMBER, new WorkspaceProfiles(ws).forId("douyin"), Progress.NONE);
            assertEquals(null, projected(ws, id).level(), "unrated, never L0");

            profiles.reset("douyin", "Minh", CLOCK.instant());
            service.recompute(DECEMBER, new WorkspaceProfiles(ws).forId("douyin"), Progress.NONE);
            assertEquals(2, projected(ws, id).level());
        }
    }

    /// The sample of docs/formats.md reads, and is what docs/level-profiles.md shows.
    @Test
    void theDocumentedSampleIsAValidProfile() throws Exception {
        ThresholdProfile sample = (ThresholdProfile) ProfileReader.read(
                Files.readString(Path.of("assets/samples/level-profile.json")));
        assertEquals(0, new BigDecimal("90000000").compareTo(sample.regions().get(Region.VN).steps().get(5).gmv()));
        assertFalse(sample.editableDefaults());
    }

    private static LevelRecord projected(Workspace ws, long id) {
        return ws.levels().history(id).stream()
                .filter(r -> r.kind() == LevelKind.PROJECTED && r.month().equals(DECEMBER)).findFirst().orElseThrow();
    }
}
