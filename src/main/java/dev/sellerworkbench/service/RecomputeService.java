package dev.sellerworkbench.service;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.DeclineRule;
import dev.sellerworkbench.level.Diagnosis;
import dev.sellerworkbench.level.Evaluation;
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.LongLongMap;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.BulkSessions;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.LevelBlocks;
import dev.sellerworkbench.store.LevelRepository;
import dev.sellerworkbench.store.StatsRepository;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;

/// The monthly recompute (R-LV-1, R-LV-9, R-EX-5): for month M, judges the statistics of M-1
/// of the creators the profile rates (R-LV-12) and writes one PROJECTED level per creator for M
/// and that profile (in blocks of creators, [LevelBlocks]).
///
/// Month semantics (R-LV-11), followed by every reader of levels:
/// - A creator's **current level** is the level of the newest month that has one: the official
///   level when the month has one, else the projection. Put the other way round: the newest
///   official level, unless a month after it has a projection and no official level.
/// - Recomputing month M writes M's projections of one profile only. It never changes what is
///   shown for a later month: a creator whose newest level is after M keeps that level and kind.
/// - Declining (R-LV-4) is read from the level sequence as it stands after the write: for the
///   creator's newest month N, from the levels of N-2, N-1 and N. A projection of M enters that
///   sequence only where M has no official level, so with official levels for M and later, a
///   recompute of M changes no current level and no declining flag.
/// - A profile judges only the creators of the regions it rates (R-LV-12); the others are not
///   judged (counted, never stored, never made unrated), and the other profile's projections for
///   M stay as they are beside this one's.
///
/// [#plan] tells a caller beforehand whether M is older than the newest official month, so a
/// window can ask before it runs.
///
/// Everything happens in one transaction, so a cancel (or a failure) leaves the workspace as it
/// was. The existing levels for M are read first and only blocks that differ are written: a
/// second run with the same figures and profile writes nothing and leaves identical levels, down
/// to the time they were computed.
public final class RecomputeService {

    /// What a run did. `changed` counts creators whose current level (value or kind) moved, of
    /// them `up` and `down` those whose value rose or fell (unrated below L0); `becameDeclining`
    /// those flagged by this run who were not before (R-LV-4).
    public record Result(YearMonth month, YearMonth statsMonth, String profile, long creators, long rated,
                         long unrated, long notJudged, long inserted, long updated, long deleted,
                         long creatorsUpdated, long declining, long millis, long changed, long up, long down,
                         long becameDeclining) {
    }

    /// What a recompute of `month` will and will not change, for a caller to show before it runs.
    ///
    /// @param newestOfficial      the newest month with an official level, if any
    /// @param olderThanOfficial   true when `month` is before `newestOfficial`: the run then writes
    ///                            M's projections only, and creators with an official level after
    ///                            M keep their current level (R-LV-11)
    /// @param creatorsKeptByLater creators with an official level after M, whose current level the
    ///                            run will not change
    public record Plan(YearMonth month, YearMonth statsMonth, String profile, Optional<YearMonth> newestOfficial,
                       boolean olderThanOfficial, long creatorsKeptByLater) {

        /// Whether a window should ask before running.
        public boolean needsConfirmation() {
            return olderThanOfficial;
        }
    }

    static final int BATCH = 5_000;
    /// H2 page cache while a run holds its transaction, in KB (at most a quarter of the heap).
    static final long RUN_CACHE_KB = 512 * 1024;

    // A month's level packed into 5 bits: 0 = no level, 1 = unrated, 2 + level = rated. The
    // window is M-2 .. M+2: official levels in slots 0..4, projections in slots 5..9.
    private static final int SLOT_BITS = 5;
    private static final int WINDOW = 5;
    private static final int BEFORE = 2;
    private static final int PROJECTED = WINDOW;
    /// Set when the creator has a level after M+2: nothing M holds can reach its current level.
    private static final long LATER = 1L << 60;

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

    /// What [#recompute] of `month` with `profile` will and will not change (R-LV-11).
    public Plan plan(YearMonth month, LevelProfile profile) {
        Optional<YearMonth> newest = workspace.levels().newestOfficialMonth();
        boolean older = newest.isPresent() && month.isBefore(newest.get());
        long kept = older ? workspace.levels().countOfficialAfter(month) : 0;
        return new Plan(month, month.minusMonths(1), profile.id(), newest, older, kept);
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
                run.inserted, run.updated, run.deleted, run.creatorsUpdated, run.declining, millis, run.changed,
                run.up, run.down, run.becameDeclining);
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
        /// Creator id → the levels of M-2 .. M+2 ([#withSlot]) and the [#LATER] bit.
        LongLongMap history;
        LongLongMap shown;
        /// Creator id → region ordinal + 1.
        LongLongMap regions;
        /// Creator id → projected level + 1 (0 = unrated), for the creators this run judged.
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
        long changed;
        long up;
        long down;
        long becameDeclining;

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
                BulkSessions.lazy(h, true);
                // H2's page cache defaults to 16 MB; with a million rows in one transaction the
                // commit re-read and re-parsed evicted pages for a third of the first run.
                cacheKb = BulkSessions.raiseCache(h, Math.min(RUN_CACHE_KB, Runtime.getRuntime().maxMemory() / 4 / 1024));
            }
            try {
                h.useTransaction(this::run);
            } finally {
                if (h2) {
                    BulkSessions.lazy(h, false);
                    BulkSessions.restoreCache(h, cacheKb);
                }
            }
        }

        /// Reads what the judgement needs from earlier runs and imports (official levels and
        /// projections of M-2 and later, the levels creators show) on a second connection while
        /// this one streams and judges the figures: on two cores the two halves overlap. The reads
        /// see committed data only, and this transaction writes nothing until both are done.
        private void run(Handle h) {
            handle = h;
            int expected = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, total));
            history = new LongLongMap(expected);
            shown = new LongLongMap(expected);
            regions = new LongLongMap(expected);
            outcomes = new LongLongMap(expected);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = Thread.ofPlatform().name("levels-previous").daemon().start(() -> {
                try {
                    workspace.jdbi().useHandle(r -> {
                        boolean lazy = isH2(r);
                        if (lazy) {
                            BulkSessions.lazy(r, true);
                        }
                        try {
                            readPrevious(r, stop);
                        } finally {
                            if (lazy) {
                                BulkSessions.lazy(r, false);
                            }
                        }
                    });
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            boolean finished = false;
            try {
                StatsRepository.streamMonthWithRegion(h, month.minusMonths(1), (stats, region) -> {
                    judge(stats, region);
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
            progress.checkCancelled();
            writeShown();
            writeBlocks();
        }

        private void readPrevious(Handle r, AtomicBoolean stop) {
            YearMonth from = month.minusMonths(BEFORE);
            long[] seen = {0};
            Runnable check = () -> {
                if ((++seen[0] & 0xFFFF) == 0 && stop.get()) {
                    throw new Progress.CancelledException();
                }
            };
            CreatorRepository.forEachRegion(r, (id, region) -> {
                regions.put(id, region == null ? 0 : region.ordinal() + 1L);
                check.run();
            });
            LevelRepository.forOfficialSince(r, from, (id, m, level) -> {
                record(id, m, false, level);
                check.run();
            });
            Map<String, Set<Region>> rated = new HashMap<>();
            LevelRepository.forProjectedSince(r, from, (m, e) -> {
                // This profile's projections of M are what this run replaces.
                if (m.equals(month) && e.profile().equals(profile.id())) {
                    return;
                }
                // Only the projection of the creator's own profile is the creator's level
                // (R-LV-12); an older run may have judged creators of other regions.
                Set<Region> own = rated.computeIfAbsent(e.profile(), this::regionsOf);
                Region region = region(e.creatorId());
                if (own == null || region == null || own.contains(region)) {
                    record(e.creatorId(), m, true, e.level());
                }
            });
            before = LevelRepository.projectedBlocks(r, month, profile.id());
            CreatorRepository.forEachLevel(r, (id, level) -> {
                shown.put(id, pack(level));
                check.run();
            });
        }

        /// The regions a stored projection's profile rates; null (any region) when the profile
        /// can no longer be read.
        private Set<Region> regionsOf(String id) {
            if (id.equals(profile.id())) {
                return profile.ratedRegions();
            }
            try {
                return new WorkspaceProfiles(workspace).forId(id).ratedRegions();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Region region(long id) {
            long code = regions.get(id, 0L);
            return code == 0 ? null : Region.values()[(int) code - 1];
        }

        /// Puts a stored level of month `m` into the creator's window.
        private void record(long id, YearMonth m, boolean projected, Integer level) {
            long offset = ChronoUnit.MONTHS.between(month, m) + BEFORE;
            long packed = history.get(id, 0L);
            if (offset >= WINDOW) {
                history.put(id, packed | LATER);
            } else if (offset >= 0) {
                history.put(id, withSlot(packed, (projected ? PROJECTED : 0) + (int) offset, level));
            }
        }

        /// Judges one creator's figures when the profile rates the creator's region (R-LV-12):
        /// the projection joins its block, the outcome waits for [#decide()] (the earlier levels
        /// may still be being read). Creators of other regions, or with figures the profile
        /// cannot compare, are not judged and get nothing.
        private void judge(MonthlyStats stats, Region region) {
            Region where = region != null ? region : Currencies.regionOf(stats.gmv().currency());
            if (!profile.rates(where)) {
                notJudged++;
                return;
            }
            Evaluation e = profile.evaluate(stats, where);
            if (e.diagnosis().kind() == Diagnosis.Kind.NOT_APPLICABLE) {
                notJudged++;
                return;
            }
            long id = stats.creatorId();
            blocks.computeIfAbsent(LevelBlocks.blockOf(id), b -> new LevelBlocks.Pending())
                    .add(id, e.level(), e.diagnosis().encode());
            if (e.rated()) {
                rated++;
            } else {
                unrated++;
            }
            outcomes.put(id, e.level() == null ? 0 : e.level() + 1L);
        }

        /// The current level of every creator whose newest level is within reach of M (R-LV-11):
        /// the level of the newest month N among M .. M+2, official when N has one, and the
        /// declining flag from N-2, N-1 and N (R-LV-4). A creator whose newest level is before M
        /// or after M+2 is left as it is: nothing this run writes touches it.
        private void decide() {
            outcomes.forEach((id, outcome) -> history.put(id,
                    withSlot(history.get(id, 0L), PROJECTED + BEFORE, outcome == 0 ? null : (int) (outcome - 1))));
            history.forEach((id, packed) -> {
                if ((packed & LATER) != 0) {
                    return;
                }
                int newest = -1;
                for (int k = WINDOW - 1; k >= BEFORE; k--) {
                    if (at(packed, k) != 0) {
                        newest = k;
                        break;
                    }
                }
                if (newest < 0) {
                    return;
                }
                boolean official = slot(packed, newest) != 0;
                Integer value = level(at(packed, newest));
                boolean flag = DeclineRule.declining(level(at(packed, newest - 2)), level(at(packed, newest - 1)), value);
                if (flag) {
                    declining++;
                }
                Level target = new Level(value, official ? LevelKind.OFFICIAL : LevelKind.PROJECTED, flag);
                long was = shown.get(id, NONE);
                long now = pack(target);
                if (was == now) {
                    return;
                }
                changes.put(id, now);
                count(was == NONE ? null : unpack(was), target);
            });
        }

        private void count(Level was, Level now) {
            if (was == null || !java.util.Objects.equals(was.value(), now.value()) || was.kind() != now.kind()) {
                changed++;
            }
            if (was != null) {
                int before = was.value() == null ? -1 : was.value();
                int after = now.value() == null ? -1 : now.value();
                if (after > before) {
                    up++;
                } else if (after < before) {
                    down++;
                }
            }
            if (now.declining() && (was == null || !was.declining())) {
                becameDeclining++;
            }
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

        /// Writes this profile's blocks of M whose judgements changed. An unchanged judgement
        /// keeps the time it was first made, so a rerun leaves the block's bytes as they were and
        /// skips it; levels of creators without figures for M-1 any more are dropped, with their
        /// block when empty. Other profiles' blocks of M are not touched (R-LV-12).
        private void writeBlocks() {
            String id = profile.id();
            try (LevelRepository.BlockWriter writer = new LevelRepository.BlockWriter(handle)) {
                blocks.forEach((block, pending) -> {
                    byte[] old = before.remove(block);
                    Map<Long, LevelBlocks.Entry> previous = new HashMap<>();
                    if (old != null) {
                        LevelBlocks.decode(old).forEach(e -> previous.put(e.creatorId(), e));
                    }
                    List<LevelBlocks.Entry> fresh = pending.entries(id, now);
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
                        writer.put(month, id, block, kept, old != null);
                    }
                });
                before.forEach((block, old) -> {
                    deleted += LevelBlocks.decode(old).size();
                    writer.delete(month, id, block);
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

    /// The level code of window month `k` (0 = M-2): official when there is one, else projected.
    private static int at(long packed, int k) {
        if (k < 0) {
            return 0;
        }
        int official = slot(packed, k);
        return official != 0 ? official : slot(packed, PROJECTED + k);
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
