package dev.sellerworkbench.store;

import dev.sellerworkbench.domain.AuditEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/// The seller's settings (time zone, region, currency, contact info, limits), stored as named values.
public final class SettingsRepository {

    public static final String TIME_ZONE = "seller.timeZone";
    public static final String REGION = "seller.region";
    public static final String CURRENCY = "seller.currency";
    public static final String STAFF_NAME = "staff.name";
    public static final String SHOP_NAME = "seller.shopName";
    public static final String WHATSAPP = "contact.whatsapp";
    public static final String WHATSAPP_HIDDEN = "contact.whatsapp.hidden";
    public static final String EMAIL = "contact.email";
    public static final String EMAIL_HIDDEN = "contact.email.hidden";
    public static final String MAX_RATE_BP = "plan.maxRateBp";
    public static final String MAX_TARGETED_CREATORS = "plan.maxTargetedCreators";
    public static final String EXPIRY_DAYS = "applications.expiryDays";
    /// Prefix of after-sales days per region, e.g. `aftersales.ID` = 6 (R-ST-2).
    public static final String AFTER_SALES_PREFIX = "aftersales.";
    /// Set in the demo workspace only, so the window can say it is the demo and offer to leave it.
    public static final String DEMO = "workspace.demo";

    private final Jdbi jdbi;
    private final String desktop;

    /// `desktop`: in a team workspace, this desktop's login and computer ([Workspace#desktopId()]),
    /// under which its own staff name is kept; null for a local workspace.
    SettingsRepository(Jdbi jdbi, String desktop) {
        this.jdbi = jdbi;
        this.desktop = desktop;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT val FROM setting WHERE name = :n").bind("n", name)
                .mapTo(String.class).findOne());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int getInt(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }

    public boolean getBoolean(String name, boolean fallback) {
        return get(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    /// Whether this is the demo workspace: marked so by the demo, or (made before the mark existed)
    /// carrying the demo's shop name.
    public boolean isDemo() {
        return getBoolean(DEMO, false) || DEMO_SHOP_NAME.equals(get(SHOP_NAME, null));
    }

    /// The shop name the demo workspace carries.
    public static final String DEMO_SHOP_NAME = "Hương Cosmetics (demo)";

    public void put(String name, String value) {
        // one statement: two desktops saving a new setting at once must not fail on the key
        jdbi.useHandle(h -> h.createUpdate(Dialect.of(h).upsertSetting()).bind("n", name).bind("v", value).execute());
    }

    /// A setting's value with the version it was read at, for an optimistic [#replace].
    public record Versioned(String value, int version) {
    }

    public Optional<Versioned> find(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT val, version FROM setting WHERE name = :n").bind("n", name)
                .map((rs, ctx) -> new Versioned(rs.getString("val"), rs.getInt("version"))).findOne());
    }

    /// Writes `value` if nobody changed the setting since it was read at `expectedVersion`; false
    /// when it lost that race (then nothing was written).
    public boolean replace(String name, String value, int expectedVersion) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE setting SET val = :v, version = version + 1 "
                        + "WHERE name = :n AND version = :version")
                .bind("n", name).bind("v", value).bind("version", expectedVersion).execute() == 1);
    }

    /// One setting an editor changed: its new value (null: remove it, so its default applies) and
    /// the version it was read at (null when it was not set then).
    public record Change(String name, String value, Integer readAtVersion) {
    }

    /// Saves every change or none, each only if nobody changed that setting since it was read;
    /// each saved change is audited under `actor`. Returns the names a colleague changed first
    /// (then nothing was written), empty when all were saved.
    public List<String> saveIfUnchanged(List<Change> changes, String actor, Instant at) {
        List<String> lost = new ArrayList<>();
        try {
            Transactions.useTransaction(jdbi, h -> {
                lost.clear(); // a retry after a lost connection starts again
                for (Change c : changes) {
                    boolean saved;
                    if (c.value() == null) {
                        // back to the default: removed only if nobody changed it since it was read
                        saved = c.readAtVersion() != null && h.createUpdate("DELETE FROM setting WHERE name = :n AND version = :version")
                                .bind("n", c.name()).bind("version", c.readAtVersion()).execute() == 1;
                    } else if (c.readAtVersion() == null) {
                        boolean exists = h.createQuery("SELECT COUNT(*) FROM setting WHERE name = :n").bind("n", c.name())
                                .mapTo(Integer.class).one() > 0;
                        saved = !exists && h.createUpdate("INSERT INTO setting (name, val, version) VALUES (:n, :v, 0)")
                                .bind("n", c.name()).bind("v", c.value()).execute() == 1;
                    } else {
                        saved = h.createUpdate("UPDATE setting SET val = :v, version = version + 1 "
                                        + "WHERE name = :n AND version = :version")
                                .bind("n", c.name()).bind("v", c.value()).bind("version", c.readAtVersion()).execute() == 1;
                    }
                    if (!saved) {
                        lost.add(c.name());
                    } else {
                        AuditRepository.record(h, new AuditEntry(0, at, actor, "setting", c.name(), c.value() == null ? "UNSET" : "SET",
                                null, null, null));
                    }
                }
                if (!lost.isEmpty()) {
                    throw new LostRace();
                }
            });
        } catch (LostRace e) {
            return List.copyOf(lost);
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            // two desktops inserting the same new setting at once: the second one lost
            if (lost.isEmpty() && isDuplicateKey(e)) {
                return changes.stream().filter(c -> c.readAtVersion() == null).map(Change::name).toList();
            }
            throw e;
        }
        return List.of();
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /// Rolls the transaction back when a change lost its race.
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super(null, null, false, false);
        }
    }

    /// Every setting with the version it is at, for an editor that saves with [#saveIfUnchanged].
    public Map<String, Versioned> allVersioned() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, val, version FROM setting ORDER BY name")
                .reduceRows(new TreeMap<String, Versioned>(), (map, row) -> {
                    map.put(row.getColumn("name", String.class),
                            new Versioned(row.getColumn("val", String.class), row.getColumn("version", Integer.class)));
                    return map;
                }));
    }

    public void remove(String name) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM setting WHERE name = :n").bind("n", name).execute());
    }

    public Map<String, String> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, val FROM setting ORDER BY name")
                .reduceRows(new TreeMap<String, String>(), (map, row) -> {
                    map.put(row.getColumn("name", String.class), row.getColumn("val", String.class));
                    return map;
                }));
    }

    public ZoneId timeZone() {
        return ZoneId.of(get(TIME_ZONE, ZoneId.systemDefault().getId()));
    }

    /// The name this desktop's audit entries carry: "Your name" from Settings, else the login name.
    /// In a team workspace each desktop (login and computer) has its own, so colleagues' decisions
    /// are told apart.
    public String staffName() {
        return get(staffNameKey(), System.getProperty("user.name", "staff"));
    }

    public void putStaffName(String name) {
        put(staffNameKey(), name);
    }

    private String staffNameKey() {
        return desktop == null ? STAFF_NAME : STAFF_NAME + "@" + desktop;
    }
}
