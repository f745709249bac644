package dev.sellerworkbench.ui;

import java.util.Locale;

/// What the window remembers between starts: language, theme, size and the last screen.
/// Backed by the user's preference store; tests use an in-memory one.
public final class Preferences {

    private final java.util.prefs.Preferences node;

    private Preferences(java.util.prefs.Preferences node) {
        this.node = node;
    }

    public static Preferences user() {
        return new Preferences(java.util.prefs.Preferences.userRoot().node("dev/sellerworkbench"));
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

    public boolean darkTheme() {
        return node.getBoolean("dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("dark", dark);
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

    public void setSize(double width, double height) {
        node.putDouble("width", width);
        node.putDouble("height", height);
    }

    /// A screen's own remembered value (e.g. the columns it shows), under a key it names.
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }
}
