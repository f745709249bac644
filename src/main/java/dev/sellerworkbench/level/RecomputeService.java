package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.Progress;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.LevelBlocks;
import dev.sellerworkbench.store.LevelRepository;
import dev.sellerworkbench.store.StatsRepository;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;

/// The monthly recompute (R-LV-1, R-LV-9, R-EX-5): for month M, judges every creator's
/// statistics of M-1 with a profile and writes one PROJECTED level per creator for M (in blocks
/// of creators, [LevelBlocks]), moves the shown level on the creator where no OFFICIAL level
/// exists for M, and sets the declining flag (R-LV-4).
///
/// Everything happens in one transaction, so a cancel (or a failure) leaves the workspace as it
/// was. The existing levels for M are read first and only blocks that differ are written: a
/// second run with the same figures and profile writes nothing and leaves identical levels, down
/// to the time they were computed.
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
    /// [#pack] of a creator who shows no level (no row in the shown-level table).
    private static final long NONE = 0;

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
        final Map<Long, LevelBlocks.Pending> blocks = new TreeMap<>();
        /// Creator id → the shown level to write ([#pack]), for creators whose shown level changes.
        LongLongMap changes;
        Map<Long, byte[]> before = new HashMap<>();
        LongLongMap history;
        LongLongMap shown;
        /// Creator id → judged (bit 0) and projected level + 1 (0 = unrated), from the figures.
        LongLongMap outcomes;
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

        /// Reads what the judgement needs from earlier runs and imports (official levels, last
        /// two months' projections, the levels creators show) on a second connection while this
        /// one streams and judges the figures: on two cores the two halves overlap. The reads see
        /// committed data only, and this transaction writes nothing until both are done.
        private void run(Handle h) {
            handle = h;
            int expected = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, total));
            history = new LongLongMap(expected);
            shown = new LongLongMap(expected);
            outcomes = new LongLongMap(expected);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = Thread.ofPlatform().name("levels-previous").daemon().start(() -> {
                try {
                    workspace.jdbi().useHandle(r -> {
                        boolean lazy = isH2(r);
                        if (lazy) {
                            r.execute("SET LAZY_QUERY_EXECUTION TRUE");
                        }
                        try {
                            readPrevious(r, stop);
                        } finally {
                            if (lazy) {
                                r.execute("SET LAZY_QUERY_EXECUTION FALSE");
                            }
                        }
                    });
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            boolean finished = false;
            try {
                StatsRepository.streamMonth(h, month.minusMonths(1), stats -> {
                    judge(stats.creatorId(), profile.evaluate(stats, null));
                    if (++done % batch == 0) {
                        progress.update(done, total, message);
                        progress.checkCancelled();
                        if (failure.get() != null) {
                            stop.set(true);
                        }
                    }
                });
                finished = true;
            } finally {
                if (!finished) {
                    stop.set(true);
                }
                joinQuietly(reader);
            }
            Throwable failed = failure.get();
            if (failed instanceof RuntimeException e) {
                throw e;
            } else if (failed != null) {
                throw new IllegalStateException(failed);
            }
            progress.checkCancelled();
            changes = new LongLongMap(1024);
            decide();
            officialOnly();
            progress.checkCancelled();
            writeShown();
            writeBlocks();
        }

        private void readPrevious(Handle r, AtomicBoolean stop) {
            YearMonth m1 = month.minusMonths(1);
            YearMonth m2 = month.minusMonths(2);
            long[] seen = {0};
            Runnable check = () -> {
                if ((++seen[0] & 0xFFFF) == 0 && stop.get()) {
                    throw new Progress.CancelledException();
                }
            };
            LevelRepository.forOfficial(r, List.of(month, m1, m2), (id, m, level) -> {
                int slot = m.equals(month) ? OFFICIAL_M : m.equals(m1) ? OFFICIAL_M1 : OFFICIAL_M2;
                history.put(id, withSlot(history.get(id, 0L), slot, level));
                check.run();
            });
            LevelRepository.forProjected(r, m1, e -> history.put(e.creatorId(),
                    withSlot(history.get(e.creatorId(), 0L), PROJECTED_M1, e.level())));
            LevelRepository.forProjected(r, m2, e -> history.put(e.creatorId(),
                    withSlot(history.get(e.creatorId(), 0L), PROJECTED_M2, e.level())));
            before = LevelRepository.projectedBlocks(r, month);
            CreatorRepository.forEachLevel(r, (id, level) -> {
                shown.put(id, pack(level));
                check.run();
            });
        }

        /// Judges one creator's figures: the projection joins its block, the outcome waits for
        /// [#decide()] (the earlier levels may still be being read).
        private void judge(long id, Evaluation e) {
            blocks.computeIfAbsent(LevelBlocks.blockOf(id), b -> new LevelBlocks.Pending())
                    .add(id, e.level(), e.diagnosis().encode());
            boolean judged = e.diagnosis().kind() != Diagnosis.Kind.NOT_APPLICABLE;
            if (!judged) {
                notJudged++;
            } else if (e.rated()) {
                rated++;
            } else {
                unrated++;
            }
            outcomes.put(id, (judged ? 1 : 0) | (e.level() == null ? 0 : (e.level() + 1L) << 1));
        }

        /// The level each judged creator shows for M and whether it is declining (R-LV-4): the
        /// official level of M when there is one, else the projection.
        private void decide() {
            outcomes.forEach((id, outcome) -> {
                boolean judged = (outcome & 1) != 0;
                long code = outcome >>> 1;
                Integer projected = code == 0 ? null : (int) (code - 1);
                long packed = history.get(id, 0L);
                int officialNow = slot(packed, OFFICIAL_M);
                Integer levelNow = officialNow != 0 ? level(officialNow) : projected;
                boolean flag = DeclineRule.declining(shownAt(packed, OFFICIAL_M2, PROJECTED_M2),
                        shownAt(packed, OFFICIAL_M1, PROJECTED_M1), levelNow);
                if (flag) {
                    declining++;
                }
                Level target = officialNow != 0 ? new Level(levelNow, LevelKind.OFFICIAL, flag)
                        : judged ? new Level(levelNow, LevelKind.PROJECTED, flag) : null;
                if (target != null && shown.get(id, NONE) != pack(target)) {
                    changes.put(id, pack(target));
                }
            });
        }

        /// Creators without figures for M-1 but with an official level for M: the official level
        /// is shown and still decides the declining flag (R-LV-4).
        private void officialOnly() {
            history.forEach((id, packed) -> {
                int officialNow = slot(packed, OFFICIAL_M);
                if (officialNow == 0 || outcomes.get(id, MISSING) != MISSING) {
                    return;
                }
                boolean flag = DeclineRule.declining(shownAt(packed, OFFICIAL_M2, PROJECTED_M2),
                        shownAt(packed, OFFICIAL_M1, PROJECTED_M1), level(officialNow));
                if (flag) {
                    declining++;
                }
                Level target = new Level(level(officialNow), LevelKind.OFFICIAL, flag);
                if (shown.get(id, NONE) != pack(target)) {
                    changes.put(id, pack(target));
                }
            });
        }

        /// Writes the changed shown levels in creator order, a batch at a time: in hash order, a
        /// million inserts dirtied every page of the table again and again (65 s instead of a few).
        /// A creator who showed no level gets a row; the others have theirs updated.
        private void writeShown() {
            long[] ids = new long[changes.size()];
            int[] n = {0};
            changes.forEach((id, packed) -> ids[n[0]++] = id);
            Arrays.sort(ids);
            Map<Long, Level> update = new LinkedHashMap<>();
            Map<Long, Level> insert = new LinkedHashMap<>();
            for (int i = 0; i < ids.length; i++) {
                long id = ids[i];
                (shown.get(id, NONE) == NONE ? insert : update).put(id, unpack(changes.get(id, NONE)));
                if (update.size() + insert.size() >= batch || i == ids.length - 1) {
                    CreatorRepository.updateLevels(handle, update);
                    CreatorRepository.insertLevels(handle, insert);
                    update.clear();
                    insert.clear();
                    progress.checkCancelled();
                }
            }
            creatorsUpdated = ids.length;
        }

        /// Writes the blocks whose judgements changed. An unchanged judgement keeps the time it
        /// was first made, so a rerun leaves the block's bytes as they were and skips it; levels
        /// of creators without figures for M-1 any more are dropped, with their block when empty.
        private void writeBlocks() {
            try (LevelRepository.BlockWriter writer = new LevelRepository.BlockWriter(handle)) {
                blocks.forEach((block, pending) -> {
                    byte[] old = before.remove(block);
                    Map<Long, LevelBlocks.Entry> previous = new HashMap<>();
                    if (old != null) {
                        LevelBlocks.decode(old).forEach(e -> previous.put(e.creatorId(), e));
                    }
                    List<LevelBlocks.Entry> fresh = pending.entries(profile.id(), now);
                    List<LevelBlocks.Entry> kept = new ArrayList<>(fresh.size());
                    boolean changed = false;
                    for (LevelBlocks.Entry e : fresh) {
                        LevelBlocks.Entry was = previous.remove(e.creatorId());
                        if (was != null && was.sameAs(e)) {
                            kept.add(was);
                            continue;
                        }
                        if (was == null) {
                            inserted++;
                        } else {
                            updated++;
                        }
                        kept.add(e);
                        changed = true;
                    }
                    deleted += previous.size();
                    if (changed || !previous.isEmpty() || old == null) {
                        writer.put(month, block, kept, old != null);
                    }
                });
                before.forEach((block, old) -> {
                    deleted += LevelBlocks.decode(old).size();
                    writer.delete(month, block);
                });
            }
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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

    /// The level [#pack] packed (never called with 0, no level).
    static Level unpack(long packed) {
        long value = packed & 63;
        return new Level(value == 1 ? null : (int) (value - 2), (packed & 64) != 0 ? LevelKind.OFFICIAL : LevelKind.PROJECTED,
                (packed & 256) != 0);
    }
}
