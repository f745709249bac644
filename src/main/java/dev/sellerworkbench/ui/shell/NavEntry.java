package dev.sellerworkbench.ui.shell;

/// The main window's screens, in navigation order, with their label key, icon and shortcut digit.
public enum NavEntry {
    CREATORS("nav.creators", "mdi2a-account-search"),
    PLANS("nav.plans", "mdi2c-clipboard-text-outline"),
    APPLICATIONS("nav.applications", "mdi2i-inbox-arrow-down"),
    INVITATIONS("nav.invitations", "mdi2w-whatsapp"),
    SAMPLES("nav.samples", "mdi2p-package-variant-closed"),
    INSIGHTS("nav.insights", "mdi2c-chart-line"),
    SETTINGS("nav.settings", "mdi2c-cog-outline");

    private final String labelKey;
    private final String icon;

    NavEntry(String labelKey, String icon) {
        this.labelKey = labelKey;
        this.icon = icon;
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }

    public static NavEntry parse(String name) {
        for (NavEntry entry : values()) {
            if (entry.name().equals(name)) {
                return entry;
            }
        }
        return CREATORS;
    }
}
