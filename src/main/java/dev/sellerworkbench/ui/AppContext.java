package dev.sellerworkbench.ui;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.LinkOpener;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;

/// The services the screens share, built once by [App] (the composition root) and handed down.
/// `links` opens links in the system browser (HostServices in the window).
public record AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                         Preferences preferences, Shell shell, LinkOpener links) {

    /// A context without a shell around it that cannot open links (both do nothing).
    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences) {
        this(workspace, tasks, messages, formats, clock, preferences, Shell.NONE, LinkOpener.NONE);
    }

    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences, Shell shell) {
        this(workspace, tasks, messages, formats, clock, preferences, shell, LinkOpener.NONE);
    }

    public AppContext withLinks(LinkOpener opener) {
        return new AppContext(workspace, tasks, messages, formats, clock, preferences, shell, opener);
    }
}
