package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/// The `search` bundle family: every language has the same keys, no empty value, and the same
/// placeholders, so no screen or command shows a raw key or drops a number.
class SearchBundleTest {

    private static final List<String> SUFFIXES = List.of("", "_vi", "_id", "_zh_CN", "_zh_TW");

    private static Properties load(String suffix) throws Exception {
        String name = "/dev/sellerworkbench/i18n/search" + suffix + ".properties";
        try (InputStream in = SearchBundleTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyLanguageHasTheSameKeysAndPlaceholders() throws Exception {
        Properties english = load("");
        for (String suffix : SUFFIXES) {
            Properties other = load(suffix);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), suffix);
            for (String key : english.stringPropertyNames()) {
                String value = other.getProperty(key);
                assertFalse(value.isEmpty(), suffix + " " + key);
                assertEquals(placeholders(english.getProperty(key)), placeholders(value), suffix + " " + key);
                new MessageFormat(value);
            }
        }
    }
}
