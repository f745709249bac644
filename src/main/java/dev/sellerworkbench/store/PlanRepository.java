package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.RateChange;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// Affiliate plans of the three types with their items, invited creators and rate changes (§4).
public final class PlanRepository {

    private final Jdbi jdbi;

    PlanRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long create(Plan plan) {
        return Transactions.inTransaction(jdbi, h -> create(h, plan));
    }

    public static long create(Handle h, Plan plan) {
        Instant now = Instant.now();
        return h.createUpdate("INSERT INTO plan (plan_type, name, description, end_date, status, approval_required, "
                        + "shop_rate_bp, base_link, created_at, updated_at, published_at, version) VALUES (:type, :name, "
                        + ":description, :endDate, :status, :approval, :shopRate, :baseLink, :createdAt, :updatedAt, "
                        + ":publishedAt, 0)")
                .bind("type", plan.type().name()).bind("name", plan.name()).bind("description", plan.description())
                .bind("endDate", plan.endDate() == null ? null : Date.valueOf(plan.endDate()))
                .bind("status", plan.status().name()).bind("approval", plan.approvalRequired())
                .bind("shopRate", plan.shopRate() == null ? null : plan.shopRate().basisPoints())
                .bind("baseLink", plan.baseLink())
                .bind("createdAt", Sql.ts(plan.createdAt() == null ? now : plan.createdAt()))
                .bind("updatedAt", Sql.ts(plan.updatedAt() == null ? now : plan.updatedAt()))
                .bind("publishedAt", Sql.ts(plan.publishedAt()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /// Saves the header if nobody saved it since `plan.version()`; returns false when it lost that race.
    public boolean update(Plan plan) {
        return jdbi.withHandle(h -> update(h, plan));
    }

    public static boolean update(Handle h, Plan plan) {
        return h.createUpdate("UPDATE plan SET name=:name, description=:description, end_date=:endDate, status=:status, "
                        + "approval_required=:approval, shop_rate_bp=:shopRate, base_link=:baseLink, updated_at=:updatedAt, "
                        + "published_at=:publishedAt, version=version+1 WHERE id=:id AND version=:version")
                .bind("name", plan.name()).bind("description", plan.description())
                .bind("endDate", plan.endDate() == null ? null : Date.valueOf(plan.endDate()))
                .bind("status", plan.status().name()).bind("approval", plan.approvalRequired())
                .bind("shopRate", plan.shopRate() == null ? null : plan.shopRate().basisPoints())
                .bind("baseLink", plan.baseLink()).bind("updatedAt", Sql.ts(Instant.now()))
                .bind("publishedAt", Sql.ts(plan.publishedAt())).bind("id", plan.id()).bind("version", plan.version())
                .execute() == 1;
    }

    /// Marks a plan changed (its version goes up) if it is still at `version`; false when someone
    /// changed it since it was read.
    public static boolean touch(Handle h, long planId, int version) {
        return h.createUpdate("UPDATE plan SET version = version + 1, updated_at = :now WHERE id = :id AND version = :v")
                .bind("now", Sql.ts(Instant.now())).bind("id", planId).bind("v", version).execute() == 1;
    }

    /// The platform's id of a targeted plan's collaboration, if staff entered it.
    public Optional<String> collaborationId(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT collaboration_id FROM plan WHERE id = :id").bind("id", planId)
                .mapTo(String.class).findOne());
    }

    public static void setCollaborationId(Handle h, long planId, String collaborationId) {
        h.createUpdate("UPDATE plan SET collaboration_id = :c WHERE id = :id").bind("c", collaborationId)
                .bind("id", planId).execute();
    }

    /// The targeted plan the platform knows by `collaborationId`, if staff entered it on one.
    public static Optional<Long> findIdByCollaborationId(Handle h, String collaborationId) {
        return h.createQuery("SELECT id FROM plan WHERE collaboration_id = :c AND plan_type = 'TARGETED' ORDER BY id")
                .bind("c", collaborationId).mapTo(Long.class).findFirst();
    }

    public void delete(long planId) {
        Transactions.useTransaction(jdbi, h -> {
            h.createUpdate("DELETE FROM application WHERE plan_id = :id").bind("id", planId).execute();
            h.createUpdate("DELETE FROM plan_unpublished_edit WHERE plan_id = :id").bind("id", planId).execute();
            h.createUpdate("DELETE FROM plan WHERE id = :id").bind("id", planId).execute();
        });
    }

    /// A staff member's edit of a published plan, kept until it is published: the editor's state
    /// as JSON, made from the plan at `baseVersion`.
    public record UnpublishedEdit(long planId, String staff, int baseVersion, String state, Instant savedAt) {
    }

    /// Keeps (or replaces) a staff member's unpublished edit of a published plan, so that a crash
    /// or a closed window does not lose it.
    public void keepUnpublishedEdit(UnpublishedEdit edit) {
        Transactions.useTransaction(jdbi, h -> {
            h.createUpdate("DELETE FROM plan_unpublished_edit WHERE plan_id = :id AND staff = :staff")
                    .bind("id", edit.planId()).bind("staff", edit.staff()).execute();
            h.createUpdate("INSERT INTO plan_unpublished_edit (plan_id, staff, base_version, state, saved_at) "
                            + "VALUES (:id, :staff, :version, :state, :at)")
                    .bind("id", edit.planId()).bind("staff", edit.staff()).bind("version", edit.baseVersion())
                    .bind("state", edit.state()).bind("at", Sql.ts(edit.savedAt())).execute();
        });
    }

    public Optional<UnpublishedEdit> unpublishedEdit(long planId, String staff) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_unpublished_edit WHERE plan_id = :id AND staff = :staff")
                .bind("id", planId).bind("staff", staff).map((rs, ctx) -> new UnpublishedEdit(rs.getLong("plan_id"),
                        rs.getString("staff"), rs.getInt("base_version"), rs.getString("state"),
                        Sql.instant(rs, "saved_at"))).findOne());
    }

    /// Drops a staff member's unpublished edit of the plan (published, or no longer wanted); false
    /// when there was none.
    public boolean dropUnpublishedEdit(long planId, String staff) {
        return Transactions.inTransaction(jdbi, h -> dropUnpublishedEdit(h, planId, staff));
    }

    /// Within a caller's transaction (publishing makes the kept edit the plan itself).
    public static boolean dropUnpublishedEdit(Handle h, long planId, String staff) {
        return h.createUpdate("DELETE FROM plan_unpublished_edit WHERE plan_id = :id AND staff = :staff")
                .bind("id", planId).bind("staff", staff).execute() == 1;
    }

    public Optional<Plan> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<Plan> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan ORDER BY updated_at DESC, id DESC")
                .map((rs, ctx) -> map(rs)).list());
    }

    public List<Plan> findByType(PlanType type) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan WHERE plan_type = :t ORDER BY id")
                .bind("t", type.name()).map((rs, ctx) -> map(rs)).list());
    }

    public Map<PlanType, Long> countByType() {
        Map<PlanType, Long> counts = new EnumMap<>(PlanType.class);
        for (PlanType type : PlanType.values()) {
            counts.put(type, 0L);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT plan_type, COUNT(*) n FROM plan GROUP BY plan_type")
                .map((rs, ctx) -> Map.entry(PlanType.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /// Replaces the plan's current items (removed ones keep their history row).
    public void saveItems(long planId, List<PlanItem> items) {
        Transactions.useTransaction(jdbi, h -> saveItems(h, planId, items));
    }

    public static void saveItems(Handle h, long planId, List<PlanItem> items) {
        h.createUpdate("DELETE FROM plan_item WHERE plan_id = :id").bind("id", planId).execute();
        for (PlanItem item : items) {
            h.createUpdate("INSERT INTO plan_item (plan_id, product_id, rate_bp, reason, added_at, removed_at) "
                            + "VALUES (:plan, :product, :rate, :reason, :added, :removed)")
                    .bind("plan", planId).bind("product", item.productId()).bind("rate", item.rate().basisPoints())
                    .bind("reason", item.reason())
                    .bind("added", Sql.ts(item.addedAt() == null ? Instant.now() : item.addedAt()))
                    .bind("removed", Sql.ts(item.removedAt())).execute();
        }
    }

    public List<PlanItem> items(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_item WHERE plan_id = :id ORDER BY added_at, product_id")
                .bind("id", planId).map((rs, ctx) -> mapItem(rs)).list());
    }

    /// Every item of every plan, for the commission engine.
    public List<PlanItem> allItems() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_item ORDER BY plan_id, product_id")
                .map((rs, ctx) -> mapItem(rs)).list());
    }

    public void saveCreator(PlanCreator pc) {
        Transactions.useTransaction(jdbi, h -> saveCreator(h, pc));
    }

    public static void saveCreator(Handle h, PlanCreator pc) {
        int updated = bindCreator(h.createUpdate("UPDATE plan_creator SET status=:status, invited_at=:invited, "
                + "accepted_at=:accepted, removed_at=:removed, token=:token, token_revoked=:revoked, sent_at=:sent, "
                + "sent_channel=:channel, declined_at=:declined, note=:note, version=version+1 "
                + "WHERE plan_id=:plan AND creator_id=:creator"), pc).execute();
        if (updated == 0) {
            bindCreator(h.createUpdate("INSERT INTO plan_creator (plan_id, creator_id, status, invited_at, accepted_at, "
                    + "removed_at, token, token_revoked, sent_at, sent_channel, declined_at, note) VALUES (:plan, :creator, "
                    + ":status, :invited, :accepted, :removed, :token, :revoked, :sent, :channel, :declined, :note)"), pc)
                    .execute();
        }
    }

    /// Writes a membership only if it is still at `pc.version()`: false when a colleague changed it
    /// since it was read (a team workspace's lost update), and nothing is written.
    public static boolean saveCreatorIfUnchanged(Handle h, PlanCreator pc) {
        return bindCreator(h.createUpdate("UPDATE plan_creator SET status=:status, invited_at=:invited, "
                + "accepted_at=:accepted, removed_at=:removed, token=:token, token_revoked=:revoked, sent_at=:sent, "
                + "sent_channel=:channel, declined_at=:declined, note=:note, version=version+1 "
                + "WHERE plan_id=:plan AND creator_id=:creator AND version=:version"), pc)
                .bind("version", pc.version()).execute() == 1;
    }

    private static org.jdbi.v3.core.statement.Update bindCreator(org.jdbi.v3.core.statement.Update update, PlanCreator pc) {
        return update.bind("status", pc.status().name()).bind("invited", Sql.ts(pc.invitedAt()))
                .bind("accepted", Sql.ts(pc.acceptedAt())).bind("removed", Sql.ts(pc.removedAt()))
                .bind("token", pc.token()).bind("revoked", pc.tokenRevoked())
                .bind("sent", Sql.ts(pc.sentAt())).bind("channel", pc.sentChannel())
                .bind("declined", Sql.ts(pc.declinedAt())).bind("note", pc.note())
                .bind("plan", pc.planId()).bind("creator", pc.creatorId());
    }

    /// One membership as it is stored now, read inside `h`'s transaction.
    public static Optional<PlanCreator> creator(Handle h, long planId, long creatorId) {
        return h.createQuery("SELECT * FROM plan_creator WHERE plan_id = :plan AND creator_id = :creator")
                .bind("plan", planId).bind("creator", creatorId).map((rs, ctx) -> mapCreator(rs)).findOne();
    }

    /// Replaces the products a creator has added to their showcase in a plan (R-PLAN-11); rows kept
    /// keep the moment they were first added.
    public static void replaceShowcase(Handle h, long planId, long creatorId, java.util.Collection<String> productIds,
                                       Instant now) {
        List<String> before = h.createQuery("SELECT product_id FROM plan_showcase WHERE plan_id = :plan AND creator_id = :creator")
                .bind("plan", planId).bind("creator", creatorId).mapTo(String.class).list();
        for (String old : before) {
            if (!productIds.contains(old)) {
                h.createUpdate("DELETE FROM plan_showcase WHERE plan_id = :plan AND creator_id = :creator AND product_id = :p")
                        .bind("plan", planId).bind("creator", creatorId).bind("p", old).execute();
            }
        }
        for (String product : productIds) {
            if (!before.contains(product)) {
                h.createUpdate("INSERT INTO plan_showcase (plan_id, creator_id, product_id, added_at) "
                                + "VALUES (:plan, :creator, :p, :at)")
                        .bind("plan", planId).bind("creator", creatorId).bind("p", product).bind("at", Sql.ts(now)).execute();
            }
        }
    }

    public List<PlanCreator> creators(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_creator WHERE plan_id = :id ORDER BY invited_at, creator_id")
                .bind("id", planId).map((rs, ctx) -> mapCreator(rs)).list());
    }

    public List<PlanCreator> plansOfCreator(long creatorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_creator WHERE creator_id = :id ORDER BY plan_id")
                .bind("id", creatorId).map((rs, ctx) -> mapCreator(rs)).list());
    }

    /// Per creator, the products of the plan they have added to their showcase, in the order added
    /// (R-PLAN-11, R-PLAN-13).
    public Map<Long, List<String>> showcase(long planId) {
        Map<Long, List<String>> byCreator = new java.util.LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT creator_id, product_id FROM plan_showcase WHERE plan_id = :id "
                        + "ORDER BY creator_id, added_at, product_id")
                .bind("id", planId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> byCreator.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue())));
        return byCreator;
    }

    public long countCreators(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plan_creator WHERE plan_id = :id AND status <> 'REMOVED'")
                .bind("id", planId).mapTo(Long.class).one());
    }

    /// Every invited creator of every plan, for the commission engine.
    public List<PlanCreator> allCreators() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_creator ORDER BY plan_id, creator_id")
                .map((rs, ctx) -> mapCreator(rs)).list());
    }

    /// Every rate change of every plan in the order they were made, for the commission engine.
    public List<RateChange> allRateChanges() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_rate_change ORDER BY changed_at, id")
                .map((rs, ctx) -> mapRateChange(rs)).list());
    }

    public long addRateChange(RateChange change) {
        return jdbi.withHandle(h -> addRateChange(h, change));
    }

    /// Records a rate change within the caller's transaction (a plan's edit and its changes commit together).
    public static long addRateChange(Handle h, RateChange change) {
        return h.createUpdate("INSERT INTO plan_rate_change (plan_id, product_id, old_rate_bp, "
                        + "new_rate_bp, changed_at, effective_at) VALUES (:plan, :product, :old, :new, :changed, :effective)")
                .bind("plan", change.planId()).bind("product", change.productId())
                .bind("old", change.oldRate() == null ? null : change.oldRate().basisPoints())
                .bind("new", change.newRate() == null ? null : change.newRate().basisPoints())
                .bind("changed", Sql.ts(change.changedAt())).bind("effective", Sql.ts(change.effectiveAt()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public List<RateChange> rateChanges(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_rate_change WHERE plan_id = :id ORDER BY changed_at, id")
                .bind("id", planId).map((rs, ctx) -> mapRateChange(rs)).list());
    }

    static RateChange mapRateChange(ResultSet rs) throws SQLException {
        return new RateChange(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("product_id"),
                rate(Sql.intOrNull(rs, "old_rate_bp")), rate(Sql.intOrNull(rs, "new_rate_bp")),
                Sql.instant(rs, "changed_at"), Sql.instant(rs, "effective_at"));
    }

    /// The plan membership that holds an invitation token (R-IN-2), revoked or not.
    public Optional<PlanCreator> findByToken(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plan_creator WHERE token = :t").bind("t", token)
                .map((rs, ctx) -> mapCreator(rs)).findOne());
    }

    /// Gives a membership its token unless it already has one; false when it had one.
    public boolean assignToken(long planId, long creatorId, String token) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE plan_creator SET token = :t, token_revoked = FALSE "
                        + "WHERE plan_id = :plan AND creator_id = :creator AND token IS NULL")
                .bind("t", token).bind("plan", planId).bind("creator", creatorId).execute() == 1);
    }

    /// Takes a creator out of a plan and marks their invitation token revoked in one statement
    /// (R-IN-2); the token stops verifying at 00:00 after `at` in the seller's zone (R-PLAN-10).
    public boolean removeCreator(long planId, long creatorId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE plan_creator SET status = 'REMOVED', removed_at = :at, "
                        + "token_revoked = TRUE WHERE plan_id = :plan AND creator_id = :creator")
                .bind("at", Sql.ts(at)).bind("plan", planId).bind("creator", creatorId).execute() == 1);
    }

    /// Per-creator language overrides of a plan's invitations (language tags such as `vi`, `zh-TW`).
    public Map<Long, String> creatorLanguages(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT creator_id, language FROM plan_creator "
                        + "WHERE plan_id = :id AND language IS NOT NULL")
                .bind("id", planId)
                .reduceRows(new HashMap<Long, String>(), (map, row) -> {
                    map.put(row.getColumn("creator_id", Long.class), row.getColumn("language", String.class));
                    return map;
                }));
    }

    /// Sets or (with null) clears a creator's invitation language in a plan.
    public void setCreatorLanguage(long planId, long creatorId, String languageTag) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE plan_creator SET language = :lang WHERE plan_id = :plan "
                        + "AND creator_id = :creator")
                .bind("lang", languageTag).bind("plan", planId).bind("creator", creatorId).execute());
    }

    private static Rate rate(Integer bp) {
        return bp == null ? null : new Rate(bp);
    }

    static Plan map(ResultSet rs) throws SQLException {
        Date end = rs.getDate("end_date");
        return new Plan(rs.getLong("id"), PlanType.valueOf(rs.getString("plan_type")), rs.getString("name"),
                rs.getString("description"), end == null ? null : end.toLocalDate(),
                PlanStatus.valueOf(rs.getString("status")), rs.getBoolean("approval_required"),
                rate(Sql.intOrNull(rs, "shop_rate_bp")), rs.getString("base_link"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), Sql.instant(rs, "published_at"), rs.getInt("version"));
    }

    static PlanItem mapItem(ResultSet rs) throws SQLException {
        return new PlanItem(rs.getLong("plan_id"), rs.getString("product_id"), new Rate(rs.getInt("rate_bp")),
                rs.getString("reason"), Sql.instant(rs, "added_at"), Sql.instant(rs, "removed_at"));
    }

    static PlanCreator mapCreator(ResultSet rs) throws SQLException {
        return new PlanCreator(rs.getLong("plan_id"), rs.getLong("creator_id"),
                InvitationStatus.valueOf(rs.getString("status")), Sql.instant(rs, "invited_at"),
                Sql.instant(rs, "accepted_at"), Sql.instant(rs, "removed_at"), rs.getString("token"),
                rs.getBoolean("token_revoked"), Sql.instant(rs, "sent_at"), rs.getString("sent_channel"),
                Sql.instant(rs, "declined_at"), rs.getString("note"), rs.getInt("version"));
    }
}
