package dev.sellerworkbench.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/// The `levels` bundle family speaks all five interface languages with the same keys.
class LevelsBundleTest {

    private static final List<String> FILES = List.of("levels", "levels_vi", "levels_id", "levels_zh_CN", "levels_zh_TW");

    @Test
    void everyLanguageHasTheSameKeys() throws Exception {
        Set<String> english = keys("levels");
        for (String file : FILES) {
            assertEquals(english, keys(file), file);
        }
    }

    @Test
    void everyBenefitOfTheShippedProfilesHasAName() {
        Messages messages = Messages.forLocale(java.util.Locale.TRADITIONAL_CHINESE);
        for (String id : LevelProfiles.BUILT_IN) {
            LevelProfiles.builtIn(id).benefits().values().forEach(list -> list.forEach(
                    benefit -> assertTrue(messages.has("levels.benefit." + benefit), benefit)));
        }
    }

    @Test
    void everyMetricHasAName() {
        Messages messages = Messages.forLocale(java.util.Locale.forLanguageTag("id"));
        for (Metric metric : Metric.values()) {
            assertTrue(messages.has("levels.metric." + metric.code()), metric.code());
        }
    }

    private static Set<String> keys(String file) throws Exception {
        try (InputStream in = LevelsBundleTest.class.getResourceAsStream("/dev/sellerworkbench/i18n/" + file + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
