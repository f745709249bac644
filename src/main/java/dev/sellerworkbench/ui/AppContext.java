package dev.sellerworkbench.ui;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;

/// The services the screens share, built once by [App] (the composition root) and handed down.
public record AppContext(Workspace workspace, TaskRunner tasks, Messages messages, Formats formats, Clock clock,
                         Preferences preferences, Shell shell) {
}
