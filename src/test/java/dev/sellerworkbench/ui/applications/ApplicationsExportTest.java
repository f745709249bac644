package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.ui.AppContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.UiTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationsExportTest {

    @TempDir
    Path dir;

    @Test
    void theQueueExportsEveryApplicationWithItsDecisionForExcel() throws Exception {
        // R-EX-6 and the exchange issue's "applications with decisions": UTF-8 with a BOM, one row each.
        try (Workspace ws = UiTestSupport.demoWorkspace(200)) {
            AppContext c = UiTestSupport.context(ws, Locale.ENGLISH);
            ApplicationsViewModel viewModel = new ApplicationsViewModel(c.workspace(), c.services().approvals(),
                    c.tasks(), c.messages(), c.formats(), c.clock());
            Path file = dir.resolve("applications.csv");
            viewModel.export(file);
            byte[] bytes = Files.readAllBytes(file);
            assertEquals((byte) 0xEF, bytes[0]);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals(ws.applications().count() + 1, lines.size());
            assertTrue(lines.get(0).contains("status"), lines.get(0));
            assertTrue(viewModel.feedbackProperty().get().startsWith(ws.applications().count() + " applications"),
                    viewModel.feedbackProperty().get());
        }
    }
}
