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
                         Preferences preferences, LinkOpener links) {

    /// A context that cannot open links (opening one does nothing).
    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences) {
        this(workspace, tasks, messages, formats, clock, preferences, LinkOpener.NONE);
    }

    public AppContext withLinks(LinkOpener opener) {
        return new AppContext(workspace, tasks, messages, formats, clock, preferences, opener);
    }
}
