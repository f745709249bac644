package dev.sellerworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.exchange.PlanFile;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.WorkspaceException;
import dev.sellerworkbench.store.WorkspaceInUseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A workspace or plan-file failure reaches a translated window in the user's language: the
/// English text stays the exception's message (for the log), the window shows the sentence of its
/// key. No English word of the English sentence is left in the Vietnamese one.
class TranslatedErrorsTest {

    private static final Messages VI = Messages.forLocale(Locale.forLanguageTag("vi"));
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    /// Brand and command names stay as they are in every language.
    private static final Set<String> ALLOWED = Set.of("seller", "workbench");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    @TempDir
    Path dir;

    /// The English words of `english` (without the arguments it names) found in `translated`.
    private static Set<String> englishLeft(String english, String translated, String... args) {
        String en = english;
        String tr = translated;
        for (String arg : args) {
            en = en.replace(arg, " ");
            tr = tr.replace(arg, " ");
        }
        Set<String> translatedWords = new TreeSet<>();
        WORD.matcher(tr.toLowerCase(Locale.ROOT)).results().forEach(m -> translatedWords.add(m.group()));
        Set<String> left = new TreeSet<>();
        WORD.matcher(en.toLowerCase(Locale.ROOT)).results().map(m -> m.group())
                .filter(w -> !ALLOWED.contains(w) && translatedWords.contains(w)).forEach(left::add);
        return left;
    }

    @Test
    void workspaceInUseIsShownInVietnamese() {
        Path folder = dir.resolve("cua-hang-linh");
        WorkspaceInUseException e = new WorkspaceInUseException(folder, null);

        String shown = ErrorText.describe(VI, e, folder);

        assertEquals(VI.get("store.workspace.inUse", folder.toString()), shown);
        assertTrue(shown.contains(folder.toString()), shown);
        assertTrue(e.getMessage().contains("already open"), "the log keeps the English: " + e.getMessage());
        assertEquals(Set.of(), englishLeft(e.getMessage(), shown, folder.toString()), shown);
        assertEquals(Set.of(), englishLeft(ErrorText.describe(EN, e, folder), shown, folder.toString()), shown);
    }

    @Test
    void everyWorkspaceKeyIsTranslatedWithoutEnglishLeft() {
        List<String> keys = List.of(WorkspaceException.GENERIC_KEY, "store.workspace.inUse", "store.workspace.cannotOpen",
                "store.workspace.cannotMigrate", "store.workspace.cannotCreate", "store.backup.writeFailed",
                "store.backup.restoreFailed", "store.backup.noDatabase", "store.copy.failed");
        for (String key : keys) {
            WorkspaceException e = new WorkspaceException("English for the log", null, key, "/srv/a", "/srv/b");
            String en = ErrorText.describe(EN, e, "/srv/a");
            String vi = ErrorText.describe(VI, e, "/srv/a");
            assertFalse(vi.contains("{0}"), key + ": " + vi);
            assertEquals(Set.of(), englishLeft(en, vi, "/srv/a", "/srv/b"), key + ": " + vi);
        }
    }

    @Test
    void badPlanFileIsShownInVietnamese() throws Exception {
        Path file = Files.writeString(dir.resolve("ke-hoach.json"), "{ khong phai json");
        PlanFile.PlanFileException notJson = assertThrows(PlanFile.PlanFileException.class, () -> PlanFile.read(file));
        Path newer = Files.writeString(dir.resolve("ke-hoach-moi.json"),
                "{\"format\":\"" + PlanFile.FORMAT + "\",\"version\":" + (PlanFile.VERSION + 1) + ",\"type\":\"OPEN\"}");
        PlanFile.PlanFileException tooNew = assertThrows(PlanFile.PlanFileException.class, () -> PlanFile.read(newer));

        for (PlanFile.PlanFileException e : List.of(notJson, tooNew)) {
            String shown = e.message(VI);
            String name = e == notJson ? "ke-hoach.json" : "ke-hoach-moi.json";
            assertTrue(shown.contains(name), "names the file: " + shown);
            assertFalse(e.getMessage().equals(shown), "the log keeps the English: " + e.getMessage());
            assertEquals(Set.of(), englishLeft(e.getMessage(), shown, name), shown);
        }
        assertTrue(tooNew.message(VI).contains(String.valueOf(PlanFile.VERSION + 1)), tooNew.message(VI));
        assertTrue(Arrays.stream(notJson.getMessage().split(" ")).anyMatch("plan"::equals), notJson.getMessage());
    }
}
