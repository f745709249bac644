package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Profiles are data a seller may edit; broken ones are refused naming the field (issue 3, item 1).
class ProfileReaderTest {

    private static String tiktok() {
        return LevelProfiles.builtInJson(LevelProfiles.TIKTOK);
    }

    private static String douyin() {
        return LevelProfiles.builtInJson(LevelProfiles.DOUYIN);
    }

    @Test
    void shippedProfilesAreEditableDefaults() {
        assertTrue(LevelProfiles.builtIn(LevelProfiles.TIKTOK).editableDefaults());
        assertTrue(LevelProfiles.builtIn(LevelProfiles.DOUYIN).editableDefaults());
        assertEquals(8, LevelProfiles.builtIn(LevelProfiles.TIKTOK).maxLevel());
        assertEquals(7, LevelProfiles.builtIn(LevelProfiles.DOUYIN).maxLevel());
    }

    @Test
    void thresholdLowerThanTheLevelBelowIsRefusedNamingTheField() {
        String json = tiktok().replace("{\"level\": 4, \"gmv\": 50000000,", "{\"level\": 4, \"gmv\": 14000000,");

        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        assertEquals("regions.VN.levels[4].gmv", e.field());
        assertTrue(e.getMessage().contains("regions.VN.levels[4].gmv"), e.getMessage());
    }

    @Test
    void activeDaysGoingDownIsRefusedNamingTheField() {
        String json = tiktok().replace("{\"level\": 4, \"gmv\": 50000000, \"activeDays\": 12",
                "{\"level\": 4, \"gmv\": 50000000, \"activeDays\": 7");

        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        assertEquals("regions.VN.levels[4].activeDays", e.field());
    }

    @Test
    void weightsNotSummingToOneAreRefused() {
        String json = douyin().replace("\"behaviour\": \"0.2\"", "\"behaviour\": \"0.3\"");

        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        assertEquals("weights", e.field());
        assertTrue(e.getMessage().contains("1.1"), e.getMessage());
    }

    @Test
    void unknownMetricInALevelIsRefusedNamingIt() {
        String json = tiktok().replace("{\"level\": 2, \"gmv\": 6000000,", "{\"level\": 2, \"followers\": 1000, \"gmv\": 6000000,");

        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        assertEquals("regions.VN.levels[2].followers", e.field());
        assertEquals("levels.profile.error.unknownMetric", e.key());
    }

    @Test
    void unknownScoreMetricIsRefused() {
        String json = douyin().replace("\"metric\": \"gmv\"", "\"metric\": \"likes\"");

        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        assertEquals("sales.metric", e.field());
    }

    @Test
    void salesBandsNotIncreasingAreRefused() {
        String json = douyin().replace("{\"min\": 50000, \"score\": 3}", "{\"min\": 5000, \"score\": 3}");

        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        assertEquals("sales.bands[3].min", e.field());
    }

    @Test
    void brokenJsonIsRefused() {
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read("{\"id\": \"x\","));

        assertEquals("(document)", e.field());
    }

    @Test
    void refusalReadsInTheUsersLanguage() {
        String json = douyin().replace("\"behaviour\": \"0.2\"", "\"behaviour\": \"0.3\"");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read(json));

        String vi = e.message(Messages.forLocale(Locale.forLanguageTag("vi")));

        assertTrue(vi.startsWith("Trường weights"), vi);
    }

    @Test
    void editedProfileLoadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiktok-2027.json");
        Files.writeString(file, tiktok().replace("\"id\": \"tiktok\"", "\"id\": \"tiktok-2027\"")
                .replace("{\"level\": 4, \"gmv\": 50000000,", "{\"level\": 4, \"gmv\": 45000000,"));

        LevelProfile profile = LevelProfiles.load(file);

        assertEquals("tiktok-2027", profile.id());
        assertEquals(4, profile.evaluate(Stats.tiktok("45000000", "VND", 12, 4), null).level());
    }
}
