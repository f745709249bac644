package dev.sellerworkbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What the entry point does with its arguments: a file opened from the file manager (the menu
/// entry passes its path) opens the window; a command, or a word that is neither, goes to the
/// headless commands as before.
class MainTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsOrOnlyAWorkspaceOpenTheWindow() {
        assertTrue(Main.opensWindow(new String[0]));
        assertTrue(Main.opensWindow(new String[] {"--workspace", dir.toString()}));
    }

    @Test
    void anExistingFileOpensTheWindow() throws Exception {
        Path export = Files.writeString(dir.resolve("creators.csv"), "Creator username\n");
        assertTrue(Main.opensWindow(new String[] {export.toString()}));
        assertTrue(Main.opensWindow(new String[] {"--workspace", dir.resolve("shop").toString(), export.toString()}));
    }

    @Test
    void commandsAndUnknownWordsStayHeadless() {
        assertFalse(Main.opensWindow(new String[] {"info"}));
        assertFalse(Main.opensWindow(new String[] {"--workspace", dir.toString(), "import", "creators.csv"}));
        assertFalse(Main.opensWindow(new String[] {"infoo"}), "a mistyped command is still reported");
        assertFalse(Main.opensWindow(new String[] {dir.resolve("gone.csv").toString()}), "no such file");
        assertFalse(Main.opensWindow(new String[] {dir.toString()}), "a folder is not a file to import");
    }
}
