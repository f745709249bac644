package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.ui.Preferences;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/// The plan editors whose work was autosaved while they were open, remembered on this desktop
/// until the editor closes normally or the window quits cleanly. Marks still there at the next
/// start mean the application did not end normally (a crash, a kill): the window then says which
/// drafts were recovered and offers to reopen them (R-DRAFT-1).
///
/// Kept in [Preferences] under one key, one `planId<TAB>workspace location` line per editor, so
/// each workspace finds only its own plans.
public final class OpenDrafts {

    static final String KEY = "plans.openDrafts";
    /// One lock for every editor: a mark written by an autosave and the clearing at close never interleave.
    private static final Object LOCK = new Object();

    private OpenDrafts() {
    }

    /// Marks `planId` of the workspace at `location` as open with autosaved work, unless the editor
    /// closed meanwhile (`stillOpen`), and writes the mark to disk: called off the FX thread, right
    /// after the autosave, so a kill a moment later still finds it.
    static void remember(Preferences preferences, String location, long planId, BooleanSupplier stillOpen) {
        synchronized (LOCK) {
            if (!stillOpen.getAsBoolean()) {
                return;
            }
            Set<String> lines = lines(preferences);
            if (!lines.add(line(location, planId))) {
                return; // already marked: nothing to write
            }
            store(preferences, lines);
        }
        preferences.flush();
    }

    /// An editor closed normally: `closing` stops its further marks and names the plans it marked,
    /// whose marks go (written to disk by the store's
    /// own schedule; a crash before that only repeats a harmless notice).
    static void forget(Preferences preferences, String location, java.util.function.Supplier<List<Long>> closing) {
        synchronized (LOCK) {
            List<Long> planIds = closing.get();
            Set<String> lines = lines(preferences);
            boolean changed = false;
            for (long id : planIds) {
                changed |= lines.remove(line(location, id));
            }
            if (changed) {
                store(preferences, lines);
            }
        }
    }

    /// The plans of the workspace at `location` whose editor did not close normally, oldest mark
    /// first; their marks are removed, since the window now tells the user about them.
    public static List<Long> takeAll(Preferences preferences, String location) {
        synchronized (LOCK) {
            Set<String> lines = lines(preferences);
            List<Long> ids = new ArrayList<>();
            String suffix = "\t" + location;
            lines.removeIf(l -> {
                if (!l.endsWith(suffix)) {
                    return false;
                }
                try {
                    ids.add(Long.parseLong(l.substring(0, l.indexOf('\t'))));
                } catch (NumberFormatException e) {
                    // a line not written here: dropped with the rest
                }
                return true;
            });
            store(preferences, lines);
            return ids;
        }
    }

    private static String line(String location, long planId) {
        return planId + "\t" + location;
    }

    private static Set<String> lines(Preferences preferences) {
        Set<String> lines = new LinkedHashSet<>();
        for (String l : preferences.get(KEY, "").split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static void store(Preferences preferences, Set<String> lines) {
        preferences.put(KEY, lines.isEmpty() ? null : String.join("\n", lines));
    }
}
