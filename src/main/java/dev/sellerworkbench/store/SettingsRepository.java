package dev.sellerworkbench.store;

import java.time.ZoneId;
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
