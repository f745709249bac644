package dev.sellerworkbench.ui.common;

/// Opens a link in the system browser (or the app that handles it, such as WhatsApp). The window
/// passes `HostServices::showDocument`; tests pass a recorder.
@FunctionalInterface
public interface LinkOpener {

    /// Does nothing: for contexts with no desktop to open links on.
    LinkOpener NONE = uri -> { };

    void open(String uri);
}
