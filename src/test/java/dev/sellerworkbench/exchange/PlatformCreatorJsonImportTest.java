package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The platform's creator-marketplace search JSON (R-EX-1).
class PlatformCreatorJsonImportTest {

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void open() {
        fx = new Fixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    static String response(String sitiName, String secondFollowers) {
        return """
                {"code": 0, "message": "Success", "data": {"creators": [
                  {"creator_open_id": "OPEN-1", "username": "siti.skincare", "nickname": "%s",
                   "avatar": {"url": "https://example.com/a.jpg"}, "selection_region": "ID",
                   "follower_count": 412000,
                   "top_follower_demographics": {
                     "age_ranges": [{"age_range": "AGE_RANGE_18_24", "percentage": 5200},
                                    {"age_range": "AGE_RANGE_25_34", "percentage": 3100},
                                    {"age_range": "AGE_RANGE_35_44", "percentage": 1700}],
                     "major_gender": {"gender": "FEMALE", "percentage": 8800}},
                   "gmv": {"amount": "318.500.000", "currency": "IDR"},
                   "units_sold_range": {"minimum_amount": 1000, "maximum_amount": 10000},
                   "category_ids": ["601450", "601739"], "avg_ec_video_view_count": 54300, "avg_ec_live_uv": 1200},
                  {"creator_open_id": "OPEN-2", "username": "emma.loves.makeup", "nickname": "Emma",
                   "selection_region": "GB", "follower_count": %s,
                   "gmv_range": {"minimum_amount": "1000", "maximum_amount": "10000", "currency": "GBP"},
                   "top_follower_demographics": {"age_ranges": ["AGE_RANGE_18_24", "AGE_RANGE_25_34"],
                     "major_gender": {"gender": "MALE", "percentage": 5500}},
                   "avg_ec_video_view_count": 8300, "avg_ec_live_uv": 0},
                  {"creator_open_id": "OPEN-3", "username": "no.region", "nickname": "Nowhere",
                   "selection_region": "ATLANTIS", "follower_count": 10},
                  {"creator_open_id": "OPEN-1", "username": "siti.again", "selection_region": "ID"}
                ]}}
                """.formatted(sitiName, secondFollowers);
    }

    @Test
    void importsCreatorsWithPlatformKeyAudienceAndGmv() throws Exception {
        ImportResult result = fx.run(ImportKind.CREATORS, fx.file("search.json", response("Siti Putri", "64200")));

        assertEquals("creators-platform-json", result.format());
        assertEquals(2, result.accepted());
        assertEquals(List.of(19L, 21L), Fixture.lines(result), "lines where the creator objects start");
        assertEquals(List.of("selection_region", "username"), Fixture.fields(result));
        Creator siti = fx.workspace.creators().findByHandle(Region.ID, "siti.skincare").orElseThrow();
        assertEquals("OPEN-1", siti.platformKey());
        assertEquals(8_800, siti.audience().femaleBp());
        assertEquals(Audience.UNSTATED, siti.audience().maleBp(), "only the major gender is stated");
        assertEquals(5_200, siti.audience().age18to24Bp());
        assertEquals(0, new BigDecimal("318500000").compareTo(siti.gmv30d().amount()));
        assertEquals(1000, siti.itemsSold());
        assertEquals(List.of("601450", "601739"), siti.categories());
        assertEquals(Set.of(ContentType.LIVE, ContentType.VIDEO), siti.contentTypes());
        Creator emma = fx.workspace.creators().findByHandle(Region.GB, "emma.loves.makeup").orElseThrow();
        assertEquals(5_500, emma.audience().maleBp());
        assertEquals(Audience.UNSTATED, emma.audience().age18to24Bp(), "bare band names state no share");
        assertEquals(null, emma.gmv30d(), "a GMV range is not an amount");
        assertEquals(Set.of(ContentType.VIDEO), emma.contentTypes());
    }

    @Test
    void wrongTypeIsReportedWithTheJsonFieldName() throws Exception {
        ImportResult result = fx.run(ImportKind.CREATORS, fx.file("search.json", response("Siti", "\"lots\"")));

        assertTrue(Fixture.fields(result).contains("follower_count"));
        assertEquals(1, result.accepted());
    }

    @Test
    void reimportByPlatformKeyUpdatesWithoutDuplicates() throws Exception {
        ImportResult first = fx.run(ImportKind.CREATORS, fx.file("a.json", response("Siti Putri", "64200")));
        ImportResult second = fx.run(ImportKind.CREATORS, fx.file("b.json", response("Siti Nurhaliza", "70000")));

        assertEquals(first.accepted(), second.accepted());
        assertEquals(2, fx.workspace.creators().count());
        assertEquals("Siti Nurhaliza", fx.workspace.creators().findByHandle(Region.ID, "siti.skincare").orElseThrow().name());
        assertEquals(70_000, fx.workspace.creators().findByHandle(Region.GB, "emma.loves.makeup").orElseThrow().followers());
    }

    @Test
    void platformJsonMatchesACreatorFirstImportedFromCsv() throws Exception {
        fx.run(ImportKind.CREATORS, fx.file("c.csv", Fixture.lf("handle,region,whatsapp", "siti.skincare,ID,+62 812 3456 7890")));
        fx.run(ImportKind.CREATORS, fx.file("a.json", response("Siti Putri", "64200")));

        assertEquals(2, fx.workspace.creators().count());
        Creator siti = fx.workspace.creators().findByHandle(Region.ID, "siti.skincare").orElseThrow();
        assertEquals("OPEN-1", siti.platformKey());
        assertEquals("+62 812 3456 7890", siti.whatsapp(), "the JSON has no phone, so the stored one stays");
    }
}
