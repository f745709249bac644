package dev.sellerworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Creators from the platform keep unknown what the response does not state (R-CR-2, R-CR-7):
/// no share derived from `major_gender`, no equal split of bare age bands, no 0% interaction rate,
/// no GMV from a range; threshold filters leave unknowns out (R-CR-3).
class PlatformCreatorUnknownsTest {

    static final String RESPONSE = """
            {"code": 0, "data": {"creators": [
              {"creator_open_id": "OPEN-F", "username": "siti.skincare", "selection_region": "ID",
               "follower_count": 412000, "gmv": {"amount": "318.500.000", "currency": "IDR"},
               "top_follower_demographics": {"major_gender": {"gender": "FEMALE", "percentage": 8800},
                 "age_ranges": [{"age_range": "AGE_RANGE_18_24", "percentage": 5200}]},
               "category_ids": ["601450", "999999"]},
              {"creator_open_id": "OPEN-M", "username": "budi.gadget", "selection_region": "ID",
               "follower_count": 90000,
               "gmv_range": {"minimum_amount": "1000000", "maximum_amount": "10000000", "currency": "IDR"},
               "top_follower_demographics": {"major_gender": {"gender": "MALE", "percentage": 5500},
                 "age_ranges": ["AGE_RANGE_18_24", "AGE_RANGE_25_34"]}}
            ]}}
            """;

    @TempDir
    Path dir;
    private Locale saved;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void importResponse() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (Fixture fx = new Fixture(dir)) {
            ImportResult result = fx.run(ImportKind.CREATORS, fx.file("creators.json", RESPONSE));
            assertEquals(List.of(), result.rejected());
        }
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private Creator stored(String handle) {
        try (Fixture fx = new Fixture(dir)) {
            return fx.workspace.creators().findByHandle(dev.sellerworkbench.domain.Region.ID, handle).orElseThrow();
        }
    }

    private JsonNode search(String... flags) throws Exception {
        out.reset();
        String[] all = Stream.concat(Stream.of("--workspace", dir.resolve("ws").toString(), "creators", "search",
                "--json"), Stream.of(flags)).toArray(String[]::new);
        assertEquals(Cli.OK, new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC()));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> handles(JsonNode array) {
        List<String> handles = new ArrayList<>();
        array.forEach(n -> handles.add(n.get("handle").asText()));
        return handles;
    }

    private static JsonNode creator(JsonNode array, String handle) {
        for (JsonNode n : array) {
            if (n.get("handle").asText().equals(handle)) {
                return n;
            }
        }
        throw new AssertionError(handle + " not in " + array);
    }

    @Test
    void onlyMajorGenderStoresNullForTheOtherShares() {
        Audience male = stored("budi.gadget").audience();
        assertEquals(5500, male.maleBp());
        assertEquals(Audience.UNSTATED, male.femaleBp(), "not 100% − 55%");
        assertEquals(Audience.UNSTATED, male.otherBp());
        for (int band : male.ages()) {
            assertEquals(Audience.UNSTATED, band, "bare band names give no shares");
        }
        Audience female = stored("siti.skincare").audience();
        assertEquals(8800, female.femaleBp());
        assertEquals(Audience.UNSTATED, female.maleBp());
        assertEquals(5200, female.age18to24Bp());
        assertEquals(Audience.UNSTATED, female.age25to34Bp(), "not scaled up to fill 100%");
    }

    @Test
    void missingEngagementAndAGmvRangeAreUnknown() {
        Creator budi = stored("budi.gadget");
        assertEquals(Audience.UNSTATED, budi.engagementBp(), "no interaction rate in the response, not 0%");
        assertNull(budi.gmv30d(), "a range is not an amount");
    }

    @Test
    void searchJsonPrintsNullForWhatTheFileDoesNotState() throws Exception {
        JsonNode budi = creator(search(), "budi.gadget");
        assertTrue(budi.get("audience").get("female").isNull(), budi.toString());
        assertTrue(budi.get("audience").get("other").isNull());
        assertEquals(55, budi.get("audience").get("male").asInt());
        assertTrue(budi.get("audience").get("age").get("18-24").isNull());
        assertTrue(budi.get("engagement").isNull());
        assertTrue(budi.get("gmv").isNull());
    }

    @Test
    void thresholdAudienceFilterExcludesUnknownShares() throws Exception {
        assertEquals(List.of("siti.skincare"), handles(search("--audience-gender", "female:10")),
                "budi's female share is unknown, not 45%");
        assertEquals(List.of("budi.gadget"), handles(search("--audience-gender", "male:10")));
        assertEquals(List.of(), handles(search("--audience-age", "25-34:1")));
    }

    @Test
    void thresholdOnEngagementAndGmvExcludesUnknowns() throws Exception {
        assertEquals(List.of(), handles(search("--engagement", "..5")), "unknown rate is not 0%");
        assertEquals(List.of("siti.skincare"), handles(search("--gmv", "..1000000000", "--currency", "IDR")));
    }

    @Test
    void categoryIdsAreShownByNameAndUnknownIdsAsCategoryWithTheId() throws Exception {
        JsonNode siti = creator(search(), "siti.skincare");
        assertEquals("Beauty & Personal Care", siti.get("categoryNames").get(0).asText());
        assertEquals("Category 999999", siti.get("categoryNames").get(1).asText());
        assertEquals("Làm đẹp & Chăm sóc cá nhân", Messages.forLocale(Locale.forLanguageTag("vi")).category("601450"));
        assertEquals("Beauty", Messages.forLocale(Locale.ENGLISH).category("Beauty"), "a name stays a name");
    }
}
