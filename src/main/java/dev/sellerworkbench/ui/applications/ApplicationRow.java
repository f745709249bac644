package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.Application;

/// One application as the queue shows it.
public record ApplicationRow(Application application, String creator, String level, String followers, String product,
                             String plan, String applied) {
}
