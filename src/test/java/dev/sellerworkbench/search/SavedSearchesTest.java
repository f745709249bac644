package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// R-OUT-5: a saved search counts the creators that match now and did not when it was last
/// opened, on a shop fed by imports (new creators and changed ones alike).
class SavedSearchesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    static final String HEADER = "handle,name,region,followers,videos,avg_views,engagement_rate,gmv_30d,currency,"
            + "items_sold,products_promoted,categories,content_types";

    @TempDir
    Path dir;

    @Test
    void importedCreatorsThatMatchAreCountedAsNewUntilTheSearchIsOpened() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            Fixtures.insertEight(ws);
            SavedSearches saved = new SavedSearches(ws, CreatorIndex.build(ws, Progress.NONE), CLOCK);
            saved.save("VN 90k+", "region:VN followers:90k..");
            saved.save("GB", "region:GB");
            assertThrows(SavedSearches.Refused.class, () -> saved.save("GB", "region:ID"), "names are unique");
            assertThrows(SearchSyntaxException.class, () -> saved.save("bad", "level:x"));
            assertEquals(List.of(0, 0), saved.list().stream().map(SavedSearches.Listed::newMatches).toList());

            // two new VN creators above 90k, one below, one in GB; and minh.tech (VN, 90k) grows: already matched
            Path file = dir.resolve("creators.csv");
            Files.writeString(file, String.join("\n", HEADER,
                    "new.vn1,Lan,VN,95000,10,1000,3.1,1000000,VND,1,1,Beauty,video",
                    "new.vn2,Hoa,VN,500000,10,1000,3.1,1000000,VND,1,1,Beauty,video",
                    "small.vn,Nhỏ,VN,1000,10,1000,3.1,1000000,VND,1,1,Beauty,video",
                    "new.gb,Ann,GB,1000,10,1000,3.1,100,GBP,1,1,Beauty,video",
                    "minh.tech,Trần Minh,VN,91000,120,25000,3.1,80000000,VND,1,1,Electronics,video",
                    // huy.sport (VN, 99,999 followers) already matched; ploy.food moves from TH to VN at 95k: new
                    "ploy.food,Ploy Srisuk,VN,95000,40,800,12,0,VND,1,1,Food,video") + "\n", StandardCharsets.UTF_8);
            var result = new Importer(ws, Messages.forLocale(Locale.ENGLISH), CLOCK)
                    .run(ImportKind.CREATORS, file, false, Progress.NONE);
            assertEquals(List.of(), result.rejected());

            SavedSearches after = new SavedSearches(ws, CreatorIndex.build(ws, Progress.NONE), CLOCK);
            var listed = after.list();
            assertEquals(List.of("GB", "VN 90k+"), listed.stream().map(l -> l.search().name()).toList());
            assertEquals(1, listed.get(0).newMatches());
            assertEquals(3, listed.get(1).newMatches(), "new.vn1, new.vn2 and ploy.food");
            assertEquals(7, listed.get(1).matches());

            after.open(listed.get(1).search());
            assertEquals(List.of(1, 0), after.list().stream().map(SavedSearches.Listed::newMatches).toList());

            after.rename(listed.get(0).search(), "United Kingdom");
            after.delete(after.find("VN 90k+").orElseThrow());
            assertEquals(List.of("United Kingdom"), after.list().stream().map(l -> l.search().name()).toList());
        }
    }
}
