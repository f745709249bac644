package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.SimilarCreators.Kind;
import dev.sellerworkbench.search.SimilarCreators.Reason;
import dev.sellerworkbench.search.SimilarCreators.Similar;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Similar creators (R-CR-8): on a crafted set the nearest neighbour is the expected one with the
/// expected reasons; excluded creators never appear; an unknown audience claims no match.
class SimilarCreatorsTest {

    static final long LINH = 1;
    static final long MAI = 2;
    static final long TUAN = 3;
    static final long HIDDEN = 4;
    static final long ANNA = 5;
    static final long PARTIAL = 6;
    static final long GB = 7;
    static CreatorIndex index;
    static SimilarCreators similar;
    static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    static Creator creator(long id, String handle, Region region, long followers, String gmv, List<String> categories,
                           Set<ContentType> types, Audience audience) {
        return new Creator(id, handle, handle, region, null, followers, 10, 1_000, 300,
                gmv == null ? null : Money.of(gmv, region.currency()), 0, 0, categories, types, null, null, audience,
                Level.official(3));
    }

    static Audience audience(int female, int male, int other, int a18, int a25, int a35, int a45, int a55) {
        return new Audience(female, male, other, a18, a25, a35, a45, a55);
    }

    @BeforeAll
    static void build() {
        index = CreatorIndex.empty();
        // the creator asked about: young female audience, Beauty on LIVE, 100k followers
        index.upsert(creator(LINH, "linh.beauty", Region.VN, 100_000, "50000000", List.of("Beauty"),
                Set.of(ContentType.LIVE), audience(7000, 2800, 200, 5000, 3000, 1000, 500, 500)));
        // nearly the same audience, same category and content, half the followers, same GMV per follower
        index.upsert(creator(MAI, "mai.makeup", Region.VN, 50_000, "25000000", List.of("Beauty"),
                Set.of(ContentType.LIVE), audience(6800, 3000, 200, 4800, 3200, 1000, 500, 500)));
        // a different creator altogether
        index.upsert(creator(TUAN, "tuan.games", Region.VN, 2_000_000, "900000000", List.of("Gaming"),
                Set.of(ContentType.VIDEO), audience(1500, 8400, 100, 2000, 5000, 2000, 500, 500)));
        // no audience stated, no GMV: those dimensions drop out
        index.upsert(creator(HIDDEN, "hidden.aud", Region.VN, 600_000, null, List.of("Beauty"),
                Set.of(ContentType.LIVE), Audience.UNKNOWN));
        // older male audience, Home, link sharing
        index.upsert(creator(ANNA, "anna.home", Region.VN, 30_000, "1000000", List.of("Home"),
                Set.of(ContentType.LINK), audience(4000, 6000, 0, 500, 1500, 3000, 3000, 2000)));
        // only the female share stated (the platform's major_gender), ages unknown
        index.upsert(creator(PARTIAL, "partial.aud", Region.VN, 90_000, "1000", List.of("Fashion"),
                Set.of(ContentType.VIDEO), audience(7000, Audience.UNSTATED, Audience.UNSTATED,
                        Audience.UNSTATED, Audience.UNSTATED, Audience.UNSTATED, Audience.UNSTATED, Audience.UNSTATED)));
        // another currency: its GMV is never compared with a dong amount (R-ST-6); an older audience
        index.upsert(creator(GB, "gb.beauty", Region.GB, 100_000, "20000", List.of("Beauty"),
                Set.of(ContentType.LIVE), audience(7000, 2800, 200, 2000, 5000, 2000, 500, 500)));
        similar = new SimilarCreators(index);
    }

    private static List<Long> ids(List<Similar> found) {
        return found.stream().map(Similar::creatorId).toList();
    }

    private static Similar of(long id, List<Similar> found) {
        return found.stream().filter(s -> s.creatorId() == id).findFirst().orElseThrow();
    }

    @Test
    void theNearestNeighbourComesFirstWithItsReasons() {
        List<Similar> found = similar.similarTo(LINH, Set.of(), 50);
        assertEquals(MAI, found.get(0).creatorId(), () -> found.toString());
        assertEquals(List.of(
                new Reason(Kind.AUDIENCE, List.of("18-24", "female"), 0),
                new Reason(Kind.SHARED, List.of("Beauty", "live"), 1),
                new Reason(Kind.FOLLOWERS, List.of(), 50),
                new Reason(Kind.SALES, List.of("VND"), 0)), found.get(0).reasons());
        assertEquals("same 18–24 female audience; both Beauty LIVE; half the followers; similar sales per follower",
                found.get(0).text(EN));
        assertFalse(found.stream().anyMatch(s -> s.creatorId() == LINH), "never the creator itself");
        assertTrue(of(TUAN, found).score() < of(PARTIAL, found).score(), "the gaming creator is far");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).score() >= found.get(i).score(), "most alike first");
        }
    }

    @Test
    void theScoreWeighsOnlyWhatBothState() {
        List<Similar> found = similar.similarTo(LINH, Set.of(), 50);
        // hidden.aud: categories 25 × 1 + content 10 × 1 + followers 15 × (1 − log2(6)/log2(100)), over 50
        int expected = (int) ((25 + 10 + 15 * (1 - Math.log(6) / Math.log(100))) / 50 * 100);
        assertTrue(Math.abs(of(HIDDEN, found).score() - expected) <= 1, () -> of(HIDDEN, found) + " vs " + expected);
        // the GB creator's GMV is in pounds: no sales reason, though everything else matches
        assertTrue(of(GB, found).reasons().stream().noneMatch(r -> r.kind() == Kind.SALES));
        assertEquals(new Reason(Kind.AUDIENCE_GENDER, List.of("female"), 0), of(GB, found).reasons().get(0));
    }

    @Test
    void excludedCreatorsNeverAppear() {
        List<Similar> found = similar.similarTo(LINH, Set.of(MAI, GB, 999L), 50);
        assertFalse(ids(found).contains(MAI));
        assertFalse(ids(found).contains(GB));
        assertEquals(4, found.size());
        assertEquals(2, similar.similarTo(LINH, Set.of(), 2).size(), "the limit holds");
        assertTrue(similar.similarTo(12345, Set.of(), 50).isEmpty(), "a creator the index lacks has no neighbours");
    }

    @Test
    void anUnknownAudienceNeverGivesASameAudienceReason() {
        Set<Kind> audience = Set.of(Kind.AUDIENCE, Kind.AUDIENCE_GENDER, Kind.AUDIENCE_AGE);
        List<Similar> fromLinh = similar.similarTo(LINH, Set.of(), 50);
        assertTrue(of(HIDDEN, fromLinh).reasons().stream().noneMatch(r -> audience.contains(r.kind())));
        for (Similar s : similar.similarTo(HIDDEN, Set.of(), 50)) {
            assertTrue(s.reasons().stream().noneMatch(r -> audience.contains(r.kind())), s::toString);
        }
        // a stated female share claims the gender only, never an age band it does not state
        assertEquals(List.of(new Reason(Kind.AUDIENCE_GENDER, List.of("female"), 0)),
                of(PARTIAL, fromLinh).reasons().stream().filter(r -> audience.contains(r.kind())).toList());
    }

    @Test
    void aTwinIsFoundAmongManyOnEveryCore() {
        CreatorIndex many = CreatorIndex.empty();
        Random random = new Random(27);
        String[] categories = {"Beauty", "Fashion", "Home", "Gaming", "Food"};
        for (long id = 1; id <= 66_000; id++) {
            int female = random.nextInt(10_001);
            int young = random.nextInt(10_001);
            many.upsert(creator(id, "c" + id, Region.VN, 1_000 + random.nextInt(5_000_000),
                    String.valueOf(random.nextInt(100_000_000)), List.of(categories[random.nextInt(5)]),
                    Set.of(ContentType.values()[random.nextInt(3)]),
                    audience(female, 10_000 - female, 0, young, 10_000 - young, 0, 0, 0)));
        }
        many.upsert(creator(100_000, "source", Region.VN, 123_456, "7654321", List.of("Beauty", "Food"),
                Set.of(ContentType.LIVE), audience(8123, 1877, 0, 6111, 3889, 0, 0, 0)));
        many.upsert(creator(100_001, "twin", Region.VN, 123_450, "7654300", List.of("Beauty", "Food"),
                Set.of(ContentType.LIVE), audience(8120, 1880, 0, 6110, 3890, 0, 0, 0)));
        assertTrue(many.scanChunks() > 1, "the scan is split as a search's is");
        List<Similar> found = new SimilarCreators(many).similarTo(100_000, Set.of(), 50);
        assertEquals(50, found.size());
        assertEquals(100_001, found.get(0).creatorId());
        assertEquals(100, found.get(0).score());
        List<Similar> without = new SimilarCreators(many).similarTo(100_000, Set.of(100_001L), 50);
        assertEquals(ids(found).subList(1, 50), ids(without).subList(0, 49), "excluding the twin moves the rest up");
    }
}
