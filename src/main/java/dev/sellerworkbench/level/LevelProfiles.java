package dev.sellerworkbench.level;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// The shipped profiles (`tiktok`, `douyin`, JSON in resources) and profiles loaded from a file.
/// A file loaded in Settings replaces the built-in profile of the same id: thresholds are
/// editable without a new release (docs/rules.md §2).
public final class LevelProfiles {

    public static final String TIKTOK = "tiktok";
    public static final String DOUYIN = "douyin";
    public static final List<String> BUILT_IN = List.of(TIKTOK, DOUYIN);

    /// Setting: the id of the profile the recompute uses by default.
    public static final String SETTING_ACTIVE = "levels.profile";
    /// Setting prefix: `levels.profile.file.<id>` = path of a file that replaces that profile.
    public static final String SETTING_FILE_PREFIX = "levels.profile.file.";

    private static final Map<String, LevelProfile> CACHE = new ConcurrentHashMap<>();

    private LevelProfiles() {
    }

    /// The shipped document, for a viewer.
    public static String builtInJson(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("No built-in level profile " + id);
        }
        try (InputStream in = LevelProfiles.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + id + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LevelProfile builtIn(String id) {
        return CACHE.computeIfAbsent(id, key -> ProfileReader.read(builtInJson(key)));
    }

    /// Reads and validates a profile file.
    ///
    /// @throws ProfileException when the file cannot be read or the profile is refused
    public static LevelProfile load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileException("(document)", "levels.profile.error.file", file, e.getMessage());
        }
        return ProfileReader.read(text);
    }
}
