package dev.sellerworkbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// Every string exists in every language, and every key the code and FXML use exists.
class MessagesTest {

    static final String[] SUFFIXES = {"", "_vi", "_id", "_zh_CN", "_zh_TW"};
    static final Path MAIN = Path.of("src/main");

    static Set<String> keys(String family, String suffix) throws IOException {
        String resource = "/dev/sellerworkbench/i18n/" + family + suffix + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @Test
    void everyFamilyHasTheSameKeysInAllFiveLanguages() throws IOException {
        for (String family : Messages.FAMILIES) {
            Set<String> english = keys(family, "");
            for (String suffix : SUFFIXES) {
                Set<String> other = keys(family, suffix);
                if (english == null) {
                    assertEquals(null, other, family + suffix + " exists without an English base");
                    continue;
                }
                assertTrue(other != null, "missing bundle " + family + suffix);
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(other);
                Set<String> extra = new TreeSet<>(other);
                extra.removeAll(english);
                assertTrue(missing.isEmpty(), family + suffix + " lacks " + missing);
                assertTrue(extra.isEmpty(), family + suffix + " has keys English lacks " + extra);
            }
        }
    }

    @Test
    void everyKeyUsedInFxmlAndCodeExists() throws IOException {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        List<String> unknown = new ArrayList<>();
        Pattern fxml = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        Pattern code = Pattern.compile("messages(?:\\(\\))?\\.get\\(\"([A-Za-z0-9_.]+)\"[,)]");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                Pattern pattern = name.endsWith(".fxml") ? fxml : name.endsWith(".java") ? code : null;
                if (pattern == null) {
                    continue;
                }
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.has(m.group(1))) {
                        unknown.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "keys with no string: " + unknown);
    }

    @Test
    void hongKongAndSingaporeMapToTheirScripts() {
        assertEquals(Locale.TRADITIONAL_CHINESE, Messages.supported(Locale.forLanguageTag("zh-HK")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.supported(Locale.forLanguageTag("zh-SG")));
        assertEquals("賣家工作台", Messages.forLocale(Locale.forLanguageTag("zh-HK")).get("app.title"));
        assertEquals("Tìm nhà sáng tạo", Messages.forLocale(Locale.forLanguageTag("vi-VN")).get("nav.creators"));
        assertFalse(Messages.forLocale(Locale.forLanguageTag("id")).get("nav.creators").equals("Find Creators"));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Last 90 days", Messages.forLocale(Locale.ENGLISH).get("insights.period.last", 90));
    }
}
