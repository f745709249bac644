package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Creators' applications to Open plans (R-AP-1).
public final class ApplicationRepository {

    private final Jdbi jdbi;

    ApplicationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long insert(Application a) {
        return jdbi.withHandle(h -> insert(h, a));
    }

    public static long insert(Handle h, Application a) {
        return h.createUpdate("INSERT INTO application (external_id, creator_id, product_id, plan_id, applied_at, status, "
                        + "decided_at, removed, note, version) VALUES (:ext, :creator, :product, :plan, :applied, :status, "
                        + ":decided, :removed, :note, 0)")
                .bind("ext", a.externalId()).bind("creator", a.creatorId()).bind("product", a.productId())
                .bind("plan", a.planId()).bind("applied", Sql.ts(a.appliedAt())).bind("status", a.status().name())
                .bind("decided", Sql.ts(a.decidedAt())).bind("removed", a.removed()).bind("note", a.note())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /// Sets status (and note) if the row is still at `expectedVersion`; false when it was changed meanwhile.
    public static boolean updateStatus(Handle h, long id, int expectedVersion, ApplicationStatus status, boolean removed,
                                       Instant decidedAt, String note) {
        return h.createUpdate("UPDATE application SET status=:status, removed=:removed, decided_at=:decided, note=:note, "
                        + "version=version+1 WHERE id=:id AND version=:version")
                .bind("status", status.name()).bind("removed", removed).bind("decided", Sql.ts(decidedAt))
                .bind("note", note).bind("id", id).bind("version", expectedVersion).execute() == 1;
    }

    /// The pending applications made at or before `cutoff`, in id order (R-AP-3 expires them).
    public static List<Long> pendingAppliedBy(Handle h, Instant cutoff) {
        return h.createQuery("SELECT id FROM application WHERE status = 'PENDING' AND removed = FALSE "
                        + "AND applied_at <= :cutoff ORDER BY id")
                .bind("cutoff", cutoff.atOffset(java.time.ZoneOffset.UTC)).mapTo(Long.class).list();
    }

    /// Reads one application within the caller's transaction.
    public static Optional<Application> findById(Handle h, long id) {
        return h.createQuery("SELECT * FROM application WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    /// The application an import knows by its file id (`external_id`), within the import's transaction.
    public static Optional<Application> findByExternalId(Handle h, String externalId) {
        return h.createQuery("SELECT * FROM application WHERE external_id = :ext").bind("ext", externalId)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    /// Points an imported application at another creator, product, plan or date (re-import by id).
    public static void updateImported(Handle h, long id, long creatorId, String productId, long planId, Instant appliedAt) {
        h.createUpdate("UPDATE application SET creator_id=:creator, product_id=:product, plan_id=:plan, "
                        + "applied_at=:applied WHERE id=:id")
                .bind("creator", creatorId).bind("product", productId).bind("plan", planId)
                .bind("applied", Sql.ts(appliedAt)).bind("id", id).execute();
    }

    /// A cheap mark that moves whenever an application is added, decided or deleted (count, sum
    /// of versions, newest id): a queue polling for colleagues' decisions compares it first.
    public String changeMark() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) n, COALESCE(SUM(version), 0) v, COALESCE(MAX(id), 0) m "
                        + "FROM application")
                .map((rs, ctx) -> rs.getLong("n") + ":" + rs.getLong("v") + ":" + rs.getLong("m")).one());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM application").mapTo(Long.class).one());
    }

    /// Every application, removed ones included, in id order (exports).
    public List<Application> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM application ORDER BY id")
                .map((rs, ctx) -> map(rs)).list());
    }

    public Optional<Application> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM application WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /// Applications in the queue (not removed) with this status, newest first.
    public List<Application> findByStatus(ApplicationStatus status, int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM application WHERE status = :s AND removed = FALSE "
                        + "ORDER BY applied_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("s", status.name()).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> map(rs)).list());
    }

    /// Applications in the queue (not removed), newest first as the window lists them, one page:
    /// with `status` and `planId` each a filter when not null.
    public List<Application> findInQueue(ApplicationStatus status, Long planId, int offset, int limit) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT * FROM application WHERE removed = FALSE"
                            + (status == null ? "" : " AND status = :s") + (planId == null ? "" : " AND plan_id = :plan")
                            + " ORDER BY applied_at DESC, id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset);
            if (status != null) {
                query.bind("s", status.name());
            }
            if (planId != null) {
                query.bind("plan", planId);
            }
            return query.map((rs, ctx) -> map(rs)).list();
        });
    }

    /// Counts of the queue's applications per status (removed ones excluded).
    public Map<ApplicationStatus, Long> countByStatus() {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            counts.put(s, 0L);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) FROM application WHERE removed = FALSE GROUP BY status")
                .map((rs, ctx) -> Map.entry(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /// Applications still in the queue (not removed) with any of these statuses, oldest first; the
    /// commission engine loads the approved ones (and pending ones of plans without creator approval).
    public List<Application> findInStatuses(Set<ApplicationStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM application WHERE removed = FALSE "
                        + "AND status IN (<statuses>) ORDER BY applied_at, id")
                .bindList("statuses", statuses.stream().map(Enum::name).toList())
                .map((rs, ctx) -> map(rs)).list());
    }

    public List<Application> findByCreator(long creatorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM application WHERE creator_id = :c ORDER BY applied_at")
                .bind("c", creatorId).map((rs, ctx) -> map(rs)).list());
    }

    static Application map(ResultSet rs) throws SQLException {
        return new Application(rs.getLong("id"), rs.getString("external_id"), rs.getLong("creator_id"),
                rs.getString("product_id"), rs.getLong("plan_id"), Sql.instant(rs, "applied_at"),
                ApplicationStatus.valueOf(rs.getString("status")), Sql.instant(rs, "decided_at"),
                rs.getBoolean("removed"), rs.getString("note"), rs.getInt("version"));
    }
}
