package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.ui.AppContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.UiTestSupport;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// A queue tab holding more applications than it reads says so, rather than looking complete.
class ApplicationsCapTest {

    static Workspace workspace;

    @BeforeAll
    static void open() throws Exception {
        workspace = UiTestSupport.demoWorkspace(200);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void aTabWithMoreRowsThanItsCapSaysHowManyShow() {
        AppContext c = UiTestSupport.context(workspace, Locale.ENGLISH);
        ApplicationsViewModel viewModel = new ApplicationsViewModel(c.workspace(), c.services().approvals(), c.tasks(),
                c.messages(), c.formats(), c.clock(), 3);
        viewModel.load();
        long pending = viewModel.countProperty(ApplicationStatus.PENDING).get();

        assertTrue(pending > 3, "the demo has more pending applications than the cap: " + pending);
        assertEquals(3, viewModel.rows().size());
        assertEquals("Showing the newest 3 of " + pending + " applications in this tab; filters and sorts apply to"
                + " these. Decide some to bring in the rest.", viewModel.cappedProperty().get());
    }

    @Test
    void aTabWithinItsCapSaysNothing() {
        AppContext c = UiTestSupport.context(workspace, Locale.ENGLISH);
        ApplicationsViewModel viewModel = new ApplicationsViewModel(c.workspace(), c.services().approvals(), c.tasks(),
                c.messages(), c.formats(), c.clock(),
                1_000_000);
        viewModel.load();

        assertEquals(viewModel.countProperty(ApplicationStatus.PENDING).get(), viewModel.rows().size());
        assertEquals("", viewModel.cappedProperty().get());
    }
}
