package dev.sellerworkbench.bench;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.LevelRepository;
import dev.sellerworkbench.store.Workspace;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;

/// `limit_store_rows_per_s`: the benchmark's creators CSV written into a fresh workspace by the
/// same repository calls the import makes (creator rows, shown levels, this month's official
/// level), in batches of 1,000 and one transaction, with no validation, key checks or merging.
/// What the store alone takes for these rows, beside which the import's own cost shows.
final class StoreFloor {

    private static final int BATCH = 1_000;

    private StoreFloor() {
    }

    static double rowsPerSecond(Path csv, Path folder) throws Exception {
        YearMonth month = YearMonth.now();
        Instant now = Instant.now();
        long stored = 0;
        try (Workspace ws = Workspace.open(folder);
             Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             Handle h = ws.jdbi().open()) {
            long start = System.nanoTime();
            h.begin();
            List<Creator> batch = new ArrayList<>(BATCH);
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                batch.add(creator(r));
                if (batch.size() == BATCH) {
                    stored += write(h, batch, month, now);
                }
            }
            stored += write(h, batch, month, now);
            h.commit();
            return stored / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static int write(Handle h, List<Creator> batch, YearMonth month, Instant now) {
        long[] ids = CreatorRepository.insertAll(h, batch);
        List<LevelRecord> levels = new ArrayList<>(batch.size());
        for (int i = 0; i < ids.length; i++) {
            levels.add(new LevelRecord(ids[i], month, LevelKind.OFFICIAL, "tiktok", batch.get(i).level().value(), null, now));
        }
        LevelRepository.insertOfficial(h, levels);
        int n = batch.size();
        batch.clear();
        return n;
    }

    private static Creator creator(CSVRecord r) {
        Region region = Region.valueOf(r.get("region"));
        return new Creator(0, r.get("handle"), r.get("name"), region, null, Long.parseLong(r.get("followers")),
                Integer.parseInt(r.get("videos")), Long.parseLong(r.get("avg_views")),
                (int) (Double.parseDouble(r.get("engagement_rate")) * 100),
                Money.of(new BigDecimal(r.get("gmv_30d")), r.get("currency")), Long.parseLong(r.get("items_sold")),
                Integer.parseInt(r.get("products_promoted")), Arrays.asList(r.get("categories").split("\\|")),
                EnumSet.of(ContentType.LIVE, ContentType.VIDEO), r.get("whatsapp"), null,
                new Audience(bp(r, "audience_female"), bp(r, "audience_male"), bp(r, "audience_other"),
                        bp(r, "age_18_24"), bp(r, "age_25_34"), bp(r, "age_35_44"), bp(r, "age_45_54"),
                        bp(r, "age_55_plus")),
                Level.official(Integer.parseInt(r.get("official_level"))));
    }

    private static int bp(CSVRecord r, String column) {
        return Integer.parseInt(r.get(column)) * 100;
    }
}
