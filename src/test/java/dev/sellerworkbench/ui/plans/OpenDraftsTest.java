package dev.sellerworkbench.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.ui.Preferences;
import java.util.List;
import org.junit.jupiter.api.Test;

/// R-DRAFT-1: the marks of editors open with autosaved work, per workspace, taken once.
class OpenDraftsTest {

    @Test
    void marksAreKeptPerWorkspaceClearedByACloseAndTakenOnce() {
        Preferences preferences = Preferences.forTest("open-drafts");
        OpenDrafts.remember(preferences, "/shop", 7, () -> true);
        OpenDrafts.remember(preferences, "/shop", 7, () -> true);
        OpenDrafts.remember(preferences, "/other", 7, () -> true);
        OpenDrafts.remember(preferences, "/shop", 9, () -> true);
        OpenDrafts.remember(preferences, "/shop", 11, () -> false); // the editor closed meanwhile
        OpenDrafts.forget(preferences, "/shop", () -> List.of(9L));
        assertEquals(List.of(7L), OpenDrafts.takeAll(preferences, "/shop"));
        assertEquals(List.of(), OpenDrafts.takeAll(preferences, "/shop"));
        assertEquals(List.of(7L), OpenDrafts.takeAll(preferences, "/other"));
    }
}
