package dev.sellerworkbench.ui;

import java.util.Locale;

/// What the window remembers between starts: language, theme, size, the last screen, column
/// widths and the workspace folders opened on this desktop. Nothing of a shop is kept here: its settings live in
/// its workspace and travel with it. Backed by the user's preference store; tests use their own node.
public final class Preferences {

    private final java.util.prefs.Preferences node;

    private Preferences(java.util.prefs.Preferences node) {
        this.node = node;
    }

    /// The user's node; the system property `sw.preferences` names another (a test's own).
    public static Preferences user() {
        return new Preferences(java.util.prefs.Preferences.userRoot().node(
                System.getProperty("sw.preferences", "dev/sellerworkbench")));
    }

    /// A throw-away node for tests, cleared on creation.
    public static Preferences forTest(String name) {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node("dev/sellerworkbench-test/" + name);
        try {
            node.clear();
        } catch (java.util.prefs.BackingStoreException ignored) {
            // an empty node either way
        }
        return new Preferences(node);
    }

    public Locale language() {
        String tag = node.get("language", null);
        return tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    /// The theme the user chose; until they choose, the desktop's own light or dark setting.
    public boolean darkTheme() {
        String chosen = node.get("dark", null);
        if (chosen != null) {
            return Boolean.parseBoolean(chosen);
        }
        try {
            return javafx.application.Platform.getPreferences().getColorScheme() == javafx.application.ColorScheme.DARK;
        } catch (IllegalStateException | UnsupportedOperationException e) {
            return false; // the toolkit is not running yet
        }
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("dark", dark);
    }

    /// The team workspace URL this desktop opens instead of the local folder, or null. Only the
    /// address is remembered here; the user name and password live in the user's password file.
    public String teamWorkspace() {
        return node.get("teamWorkspace", null);
    }

    public void setTeamWorkspace(String url) {
        if (url == null) {
            node.remove("teamWorkspace");
        } else {
            node.put("teamWorkspace", url);
        }
    }

    /// How many workspace folders the window lists as recent.
    public static final int RECENT_LIMIT = 8;

    /// The workspace folders opened on this desktop, the latest first (at most [#RECENT_LIMIT]).
    public java.util.List<String> recentWorkspaces() {
        java.util.List<String> recent = new java.util.ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String folder = node.get("recentWorkspace." + i, null);
            if (folder != null) {
                recent.add(folder);
            }
        }
        return recent;
    }

    /// Puts `folder` first among the recent workspaces; the next start without `--workspace`
    /// opens it.
    public void rememberWorkspace(String folder) {
        java.util.List<String> recent = new java.util.ArrayList<>(recentWorkspaces());
        recent.remove(folder);
        recent.addFirst(folder);
        // one key each: a path may hold any character a separator could be
        for (int i = 0; i < RECENT_LIMIT; i++) {
            put("recentWorkspace." + i, i < recent.size() ? recent.get(i) : null);
        }
    }

    /// The workspace folder opened last, or null when none was.
    public String lastWorkspace() {
        java.util.List<String> recent = recentWorkspaces();
        return recent.isEmpty() ? null : recent.getFirst();
    }

    public String lastScreen() {
        return node.get("lastScreen", "CREATORS");
    }

    public void setLastScreen(String screen) {
        node.put("lastScreen", screen);
    }

    public double width() {
        return node.getDouble("width", 1280);
    }

    public double height() {
        return node.getDouble("height", 800);
    }

    /// The window's last position, or NaN when none is remembered.
    public double x() {
        return node.getDouble("x", Double.NaN);
    }

    public double y() {
        return node.getDouble("y", Double.NaN);
    }

    public void setPosition(double x, double y) {
        node.putDouble("x", x);
        node.putDouble("y", y);
    }

    /// Whether the window was maximised when it closed.
    public boolean maximized() {
        return node.getBoolean("maximized", false);
    }

    public void setMaximized(boolean maximized) {
        node.putBoolean("maximized", maximized);
    }

    public void setSize(double width, double height) {
        node.putDouble("width", width);
        node.putDouble("height", height);
    }

    /// The widths the user gave the columns of the table known as `table`, by column id.
    public java.util.Map<String, Double> columnWidths(String table) {
        java.util.Map<String, Double> widths = new java.util.LinkedHashMap<>();
        for (String entry : node.get("columns." + table, "").split(",")) {
            int at = entry.lastIndexOf('=');
            if (at > 0) {
                try {
                    double width = Double.parseDouble(entry.substring(at + 1));
                    if (width > 0 && width < 10_000) {
                        widths.put(entry.substring(0, at), width);
                    }
                } catch (NumberFormatException e) {
                    // a value not written here: that column is fitted as if never resized
                }
            }
        }
        return widths;
    }

    public void setColumnWidths(String table, java.util.Map<String, Double> widths) {
        java.util.List<String> entries = new java.util.ArrayList<>();
        widths.forEach((id, width) -> entries.add(id + "=" + width));
        put("columns." + table, entries.isEmpty() ? null : String.join(",", entries));
    }

    /// The order the user gave the columns of the table known as `table`, by column id; empty when
    /// they never moved one.
    public java.util.List<String> columnOrder(String table) {
        String order = node.get("columnOrder." + table, "");
        return order.isBlank() ? java.util.List.of() : java.util.List.of(order.split(","));
    }

    public void setColumnOrder(String table, java.util.List<String> ids) {
        put("columnOrder." + table, ids.isEmpty() ? null : String.join(",", ids));
    }

    /// A remembered value under `key` (screens keep their last filters this way), or `fallback`.
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    /// Remembers `value` under `key`; null forgets it.
    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    /// Writes what was put to disk now (off the FX thread: it is file work), so a kill a moment
    /// later still finds it; a failure is logged and the value stays in memory.
    public void flush() {
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(Preferences.class).warn("Could not write the preferences", e);
        }
    }
}
