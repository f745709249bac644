package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.Recommendation.Kind;
import dev.sellerworkbench.search.Recommendation.Reason;
import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Recommended creators (R-CR-6): category fit, audience fit to the seller's target, level and
/// recent GMV, with the reasons shown.
class RecommenderTest {

    @TempDir
    static Path folder;
    static Workspace workspace;
    static Recommender recommender;
    static Map<String, Long> ids;
    static Map<Long, String> handles = new HashMap<>();
    static final TargetAudience TARGET = TargetAudience.parse("female:60,18-24:30");

    @BeforeAll
    static void build() {
        workspace = Workspace.open(folder);
        ids = Fixtures.insertEight(workspace);
        ids.forEach((handle, id) -> handles.put(id, handle));
        recommender = new Recommender(CreatorIndex.build(workspace, Progress.NONE));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static Recommendation only(String handle, List<Recommendation> list) {
        return list.stream().filter(r -> handles.get(r.creatorId()).equals(handle)).findFirst().orElseThrow();
    }

    @Test
    void targetAudienceReadsTheSettingsFormat() {
        assertEquals(Gender.FEMALE, TARGET.gender().gender());
        assertEquals(60, TARGET.gender().minPercent());
        assertEquals(0, TARGET.age().band());
        assertEquals(30, TARGET.age().minPercent());
        assertNull(TargetAudience.parse("male").gender().minPercent());
        assertEquals(TargetAudience.NONE, TargetAudience.parse(""));
        assertThrows(IllegalArgumentException.class, () -> TargetAudience.parse("robots:10"));
        assertThrows(IllegalArgumentException.class, () -> TargetAudience.parse("13-17:10"));
    }

    @Test
    void ranksByScoreOfCategoryAudienceLevelAndGmv() {
        List<Recommendation> found = recommender.recommend(List.of("Beauty"), TARGET, Set.of(), 10);
        assertEquals(List.of("emma.style", "linh.beauty"), found.stream().map(r -> handles.get(r.creatorId())).toList());
        // emma: 40 category + 14 (59% of 60% female) + 14 (29% of 30% aged 18–24) + 17 (L7) + 5 (GMV half of GBP)
        assertEquals(90, found.get(0).score());
        // linh: 40 + 15 + 15 + 10 (L4) + 5 (GMV above half of VND)
        assertEquals(85, found.get(1).score());
    }

    @Test
    void reasonsAreDataWithTheirPoints() {
        Recommendation linh = only("linh.beauty", recommender.recommend(List.of("Beauty"), TARGET, Set.of(), 10));
        assertEquals(List.of(
                new Reason(Kind.CATEGORY, 40, List.of("Beauty"), 1),
                new Reason(Kind.AUDIENCE_GENDER, 15, List.of("female"), 72),
                new Reason(Kind.AUDIENCE_AGE, 15, List.of("18-24"), 30),
                new Reason(Kind.LEVEL, 10, List.of("official"), 4),
                new Reason(Kind.GMV, 5, List.of("VND"), 50)), linh.reasons());
    }

    @Test
    void reasonsReadAsOneLocalizedSentence() {
        Recommendation linh = only("linh.beauty", recommender.recommend(List.of("Beauty"), TARGET, Set.of(), 10));
        assertEquals("promotes Beauty; 72% female audience; 30% aged 18–24; L4; top 50% by 30-day GMV in VND",
                linh.text(Messages.forLocale(Locale.ENGLISH)));
        assertEquals("quảng bá Beauty; khán giả nữ 72%; 30% ở độ tuổi 18–24; L4; top 50% GMV 30 ngày (VND)",
                linh.text(Messages.forLocale(Locale.forLanguageTag("vi"))));
        assertEquals("推广Beauty；女性受众占 72%；18–24 岁占 30%；L4；30 天 GMV 位列前 50%（VND）",
                linh.text(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void onlyCreatorsPromotingAPlanCategoryAreRecommended() {
        assertEquals(List.of(), recommender.recommend(List.of("Pets"), TARGET, Set.of(), 10));
        List<Recommendation> food = recommender.recommend(List.of("Food", "Home"), TargetAudience.NONE, Set.of(), 10);
        assertEquals(List.of("siti.home", "ploy.food"), food.stream().map(r -> handles.get(r.creatorId())).toList());
    }

    @Test
    void decliningCostsPointsAndSaysSo_RLV4() {
        List<Recommendation> food = recommender.recommend(List.of("Food"), TargetAudience.NONE, Set.of(), 10);
        Recommendation siti = only("siti.home", food);
        // 40 category + 7 (projected L3) − 5 declining; the only IDR seller ranks below itself: no GMV points
        assertEquals(42, siti.score());
        assertEquals("promotes Food; L3 (projected); declining", siti.text(Messages.forLocale(Locale.ENGLISH)));
        Recommendation ploy = only("ploy.food", food);
        assertEquals(40, ploy.score());
        assertEquals("promotes Food; unrated", ploy.text(Messages.forLocale(Locale.ENGLISH)));
    }

    @Test
    void regionsNarrowTheCandidates() {
        List<Recommendation> vn = recommender.recommend(List.of("Beauty"), TARGET, Set.of(Region.VN), 10);
        assertEquals(List.of("linh.beauty"), vn.stream().map(r -> handles.get(r.creatorId())).toList());
    }

    @Test
    void scoringOneCreatorAgreesWithTheRanking() {
        List<Recommendation> found = recommender.recommend(List.of("Beauty"), TARGET, Set.of(), 10);
        for (Recommendation r : found) {
            Recommendation single = recommender.score(workspace.creators().findById(r.creatorId()).orElseThrow(),
                    List.of("Beauty"), TARGET);
            assertEquals(r, single);
        }
    }
}
