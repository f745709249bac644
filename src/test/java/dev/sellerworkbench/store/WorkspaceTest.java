package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void newWorkspaceIsMigratedAndEmpty() {
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            assertTrue(ws.created());
            assertEquals(Workspace.SCHEMA_VERSION, ws.schemaVersion(), "the newest migration's version, which lets "
                    + "a workspace already there open without Flyway");
            assertEquals(0, ws.creators().count());
            assertEquals(0, ws.orders().count());
        }
        assertTrue(Workspace.exists(dir.resolve("new")));
    }

    @Test
    void reopeningKeepsDataAndIsNotNew() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(SettingsRepository.STAFF_NAME, "Linh");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertTrue(!ws.created());
            assertEquals("Linh", ws.settings().staffName());
        }
    }

    @Test
    void secondOpenOfAWorkspaceInUseGetsAClearMessageAndLeavesDataUntouched() {
        try (Workspace first = Workspace.open(dir)) {
            first.settings().put(SettingsRepository.SHOP_NAME, "Hương");
            WorkspaceInUseException e = assertThrows(WorkspaceInUseException.class, () -> Workspace.open(dir));
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().normalize().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            assertEquals("Hương", first.settings().get(SettingsRepository.SHOP_NAME, ""));
        }
    }

    @Test
    void defaultFolderFollowsXdgOnLinux() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            assertTrue(Workspace.defaultFolder().toString().endsWith("seller-workbench"));
        }
    }
}
