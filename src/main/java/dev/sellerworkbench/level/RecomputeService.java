package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Progress;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.LevelRepository;
import dev.sellerworkbench.store.StatsRepository;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// The monthly recompute (R-LV-1, R-LV-9, SPEC R-EX-5): for month M, judges every creator's
/// statistics of M-1 with a profile and writes one PROJECTED `creator_level` row per creator for
/// M, moves the shown level on the creator where no OFFICIAL level exists for M, and sets the
/// declining flag (R-LV-4).
///
/// Everything happens in one transaction, so a cancel (or a failure) leaves the workspace as it
/// was. The existing rows for M are read first and only differences are written: a second run
/// with the same figures and profile writes nothing and leaves identical rows. H2 spends most of
/// the time on index maintenance per written row, so skipping unchanged rows is the big saving.
public final class RecomputeService {

    /// What a run did.
    public record Result(YearMonth month, YearMonth statsMonth, String profile, long creators, long rated,
                         long unrated, long notJudged, long inserted, long updated, long deleted,
                         long creatorsUpdated, long declining, long millis) {
    }

    static final int BATCH = 5_000;
    /// H2 page cache while a run holds its transaction, in KB (at most a quarter of the heap).
    static final long RUN_CACHE_KB = 512 * 1024;

    // A month's level packed into 5 bits: 0 = no row, 1 = unrated, 2 + level = rated.
    private static final int SLOT_BITS = 5;
    private static final int OFFICIAL_M = 0;
    private static final int OFFICIAL_M1 = 1;
    private static final int PROJECTED_M1 = 2;
    private static final int OFFICIAL_M2 = 3;
    private static final int PROJECTED_M2 = 4;

    private static final long MISSING = Long.MIN_VALUE + 1;
    private static final long SEEN = Long.MIN_VALUE + 2;
    private static final long JUDGED = -1;

    private final Workspace workspace;
    private final Clock clock;
    private final Messages messages;
    private final int batch;

    public RecomputeService(Workspace workspace, Clock clock, Messages messages) {
        this(workspace, clock, messages, BATCH);
    }

    /// With a smaller batch, tests can cancel after some rows were written.
    RecomputeService(Workspace workspace, Clock clock, Messages messages, int batch) {
        this.workspace = workspace;
        this.clock = clock;
        this.messages = messages;
        this.batch = batch;
    }

    /// Recomputes month `month` from the statistics of the month before.
    ///
    /// @throws Progress.CancelledException when cancelled; nothing was changed
    public Result recompute(YearMonth month, LevelProfile profile, Progress progress) {
        long start = System.nanoTime();
        YearMonth statsMonth = month.minusMonths(1);
        // COUNT(*) over the whole table is instant in H2; counting one month's figures is not.
        long total = workspace.creators().count();
        String message = messages.get("levels.recompute.progress", month.toString());
        progress.update(0, total, message);
        Run run = new Run(month, profile, progress, total, message);
        workspace.jdbi().useHandle(run::execute);
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.update(total, total, message);
        return new Result(month, statsMonth, profile.id(), run.done, run.rated, run.unrated, run.notJudged,
                run.inserted, run.updated, run.deleted, run.creatorsUpdated, run.declining, millis);
    }

    /// One run's state: the maps read up front and the batches being written.
    private final class Run {
        final YearMonth month;
        final LevelProfile profile;
        final Progress progress;
        final long total;
        final String message;
        final Instant now = clock.instant();
        final List<LevelRecord> inserts = new ArrayList<>();
        final List<LevelRecord> updates = new ArrayList<>();
        final Map<Long, Level> creatorUpdates = new LinkedHashMap<>();
        LongLongMap history;
        LongLongMap existing;
        LongLongMap shown;
        Handle handle;
        long done;
        long rated;
        long unrated;
        long notJudged;
        long inserted;
        long updated;
        long deleted;
        long creatorsUpdated;
        long declining;

        Run(YearMonth month, LevelProfile profile, Progress progress, long total, String message) {
            this.month = month;
            this.profile = profile;
            this.progress = progress;
            this.total = total;
            this.message = message;
        }

        /// Tunes the H2 session around the transaction, never inside it: H2's SET commands commit,
        /// which would make a cancelled run keep the batches written so far.
        void execute(Handle h) {
            boolean h2 = isH2(h);
            long cacheKb = 0;
            if (h2) {
                // Without it H2 copies each million-row result into a temporary store before
                // returning the first row: a third of a rerun in measurements.
                h.execute("SET LAZY_QUERY_EXECUTION TRUE");
                // H2's page cache defaults to 16 MB; with a million rows in one transaction the
                // commit re-read and re-parsed evicted pages for a third of the first run.
                cacheKb = h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").mapTo(Long.class).findOne().orElse(16L) * 1024;
                long wantedKb = Math.min(RUN_CACHE_KB, Runtime.getRuntime().maxMemory() / 4 / 1024);
                if (wantedKb > cacheKb) {
                    h.execute("SET CACHE_SIZE " + wantedKb);
                } else {
                    cacheKb = 0;
                }
            }
            try {
                h.useTransaction(this::run);
            } finally {
                if (h2) {
                    h.execute("SET LAZY_QUERY_EXECUTION FALSE");
                    if (cacheKb > 0) {
                        h.execute("SET CACHE_SIZE " + cacheKb);
                    }
                }
            }
        }

        private void run(Handle h) {
            handle = h;
            int expected = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, total));
            history = new LongLongMap(expected);
            existing = new LongLongMap(expected);
            shown = new LongLongMap(expected);
            YearMonth m1 = month.minusMonths(1);
            YearMonth m2 = month.minusMonths(2);
            LevelRepository.forMonths(h, List.of(month, m1, m2), r -> {
                if (r.month().equals(month) && r.kind() == LevelKind.PROJECTED) {
                    existing.put(r.creatorId(), hash(r.profile(), r.level(), r.diagnosis()));
                    return;
                }
                int slot = r.month().equals(month) ? (r.kind() == LevelKind.OFFICIAL ? OFFICIAL_M : -1)
                        : r.month().equals(m1) ? (r.kind() == LevelKind.OFFICIAL ? OFFICIAL_M1 : PROJECTED_M1)
                        : (r.kind() == LevelKind.OFFICIAL ? OFFICIAL_M2 : PROJECTED_M2);
                if (slot >= 0) {
                    long packed = history.get(r.creatorId(), 0L);
                    history.put(r.creatorId(), withSlot(packed, slot, r.level()));
                }
            });
            progress.checkCancelled();
            CreatorRepository.forEachLevel(h, (id, level) -> shown.put(id, pack(level)));
            progress.checkCancelled();
            StatsRepository.streamMonth(h, m1, stats -> {
                judge(stats.creatorId(), profile.evaluate(stats, null));
                if (++done % batch == 0) {
                    flush();
                    progress.update(done, total, message);
                    progress.checkCancelled();
                }
            });
            flush();
            officialOnly();
            deleteStale();
        }

        private void judge(long id, Evaluation e) {
            String diagnosis = e.diagnosis().encode();
            long hash = hash(profile.id(), e.level(), diagnosis);
            long before = existing.get(id, MISSING);
            LevelRecord record = new LevelRecord(id, month, LevelKind.PROJECTED, profile.id(), e.level(), diagnosis, now);
            if (before == MISSING) {
                inserts.add(record);
            } else {
                existing.put(id, SEEN);
                if (before != hash) {
                    updates.add(record);
                }
            }
            boolean judged = e.diagnosis().kind() != Diagnosis.Kind.NOT_APPLICABLE;
            if (!judged) {
                notJudged++;
            } else if (e.rated()) {
                rated++;
            } else {
                unrated++;
            }
            long packed = history.get(id, 0L);
            int officialNow = slot(packed, OFFICIAL_M);
            Integer levelNow = officialNow != 0 ? level(officialNow) : e.level();
            boolean flag = DeclineRule.declining(shownAt(packed, OFFICIAL_M2, PROJECTED_M2),
                    shownAt(packed, OFFICIAL_M1, PROJECTED_M1), levelNow);
            if (flag) {
                declining++;
            }
            Level target = officialNow != 0 ? new Level(levelNow, LevelKind.OFFICIAL, flag)
                    : judged ? new Level(levelNow, LevelKind.PROJECTED, flag) : null;
            long current = shown.get(id, MISSING);
            if (target != null && current != MISSING && current != pack(target)) {
                creatorUpdates.put(id, target);
            }
            if (current != MISSING) {
                shown.put(id, JUDGED);
            }
        }

        /// Creators without figures for M-1 but with an official level for M: the official level
        /// is shown and still decides the declining flag (R-LV-4).
        private void officialOnly() {
            shown.forEach((id, current) -> {
                if (current == JUDGED) {
                    return;
                }
                long packed = history.get(id, 0L);
                int officialNow = slot(packed, OFFICIAL_M);
                if (officialNow == 0) {
                    return;
                }
                boolean flag = DeclineRule.declining(shownAt(packed, OFFICIAL_M2, PROJECTED_M2),
                        shownAt(packed, OFFICIAL_M1, PROJECTED_M1), level(officialNow));
                if (flag) {
                    declining++;
                }
                Level target = new Level(level(officialNow), LevelKind.OFFICIAL, flag);
                if (current != pack(target)) {
                    creatorUpdates.put(id, target);
                    if (creatorUpdates.size() >= batch) {
                        flush();
                    }
                }
            });
            flush();
        }

        private void flush() {
            LevelRepository.insertBatch(handle, inserts);
            LevelRepository.updateBatch(handle, updates);
            CreatorRepository.updateLevels(handle, creatorUpdates);
            inserted += inserts.size();
            updated += updates.size();
            creatorsUpdated += creatorUpdates.size();
            inserts.clear();
            updates.clear();
            creatorUpdates.clear();
        }

        /// Projected rows for M whose creator has no figures for M-1 any more.
        private void deleteStale() {
            List<Long> stale = new ArrayList<>();
            existing.forEach((id, value) -> {
                if (value != SEEN) {
                    stale.add(id);
                }
            });
            if (!stale.isEmpty()) {
                LevelRepository.deleteBatch(handle, month, LevelKind.PROJECTED,
                        stale.stream().mapToLong(Long::longValue).toArray());
                deleted = stale.size();
            }
        }
    }

    private static boolean isH2(Handle h) {
        try {
            return "H2".equals(h.getConnection().getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static Integer shownAt(long packed, int officialSlot, int projectedSlot) {
        int official = slot(packed, officialSlot);
        return official != 0 ? level(official) : level(slot(packed, projectedSlot));
    }

    private static long withSlot(long packed, int slot, Integer level) {
        long code = level == null ? 1 : 2L + Math.min(level, 29);
        int shift = slot * SLOT_BITS;
        return (packed & ~(31L << shift)) | (code << shift);
    }

    private static int slot(long packed, int slot) {
        return (int) ((packed >>> (slot * SLOT_BITS)) & 31);
    }

    private static Integer level(int code) {
        return code < 2 ? null : code - 2;
    }

    /// The creator's shown level in a comparable long: value, kind and flag.
    private static long pack(Level level) {
        if (level == null || level.kind() == null) {
            return 0;
        }
        long value = level.rated() ? 2L + level.value() : 1;
        return value | (level.kind() == LevelKind.OFFICIAL ? 64 : 128) | (level.declining() ? 256 : 0);
    }

    /// 64-bit FNV-1a over what a projected row says; equal rows give equal hashes.
    static long hash(String profile, Integer level, String diagnosis) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, profile);
        h = (h ^ (level == null ? -1 : level)) * 0x100000001b3L;
        h = mix(h, diagnosis);
        return h == MISSING || h == SEEN ? h + 2 : h;
    }

    private static long mix(long h, String s) {
        if (s == null) {
            return (h ^ 0xff) * 0x100000001b3L;
        }
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0xfe) * 0x100000001b3L;
    }
}
