package dev.sellerworkbench.ui;

import dev.sellerworkbench.app.Services;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.LinkOpener;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.invitations.OutreachCounter;
import java.time.Clock;

/// What the screens share, built once by [App] (the composition root) and handed down: the
/// workspace's [Services], the task runner, the language and formats, the clock, the preferences,
/// the shell around the screens, the opener of links (HostServices in the window) and the week's
/// outreach counter the status bar, Invitations and Settings share. Only the views take the whole
/// context: each builds its view-models from the parts they use.
public record AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                         Preferences preferences, ScreenHost shell, LinkOpener links, Services services,
                         OutreachCounter outreachCounter) {

    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences, ScreenHost shell, LinkOpener links, Services services) {
        this(workspace, tasks, messages, formats, clock, preferences, shell, links, services,
                new OutreachCounter(services.outreach(), tasks, messages));
    }

    /// A context whose services are built here, once, over `workspace`.
    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences, ScreenHost shell, LinkOpener links) {
        this(workspace, tasks, messages, formats, clock, preferences, shell, links,
                Services.of(workspace, clock, messages));
    }

    /// A context without a shell around it that cannot open links (both do nothing).
    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences) {
        this(workspace, tasks, messages, formats, clock, preferences, ScreenHost.NONE, LinkOpener.NONE);
    }

    public AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                      Preferences preferences, ScreenHost shell) {
        this(workspace, tasks, messages, formats, clock, preferences, shell, LinkOpener.NONE);
    }

    public AppContext withLinks(LinkOpener opener) {
        return new AppContext(workspace, tasks, messages, formats, clock, preferences, shell, opener, services,
                outreachCounter);
    }
}
