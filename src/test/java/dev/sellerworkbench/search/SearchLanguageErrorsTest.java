package dev.sellerworkbench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.SearchSyntaxException.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Malformed queries are refused at the character in error, never read in part.
class SearchLanguageErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "level:4-6 folowers:50k     | 10 | UNKNOWN_KEY",
        "region:VN level:x          | 16 | BAD_VALUE",
        "female:60+ age:            | 15 | MISSING_VALUE",
        "cat:beauty \"lan anh       | 11 | UNCLOSED_QUOTE",
        "followers:500k..50k        | 10 | REVERSED",
        "gmv:>10m                   | 0  | GMV_CURRENCY",
        "level:4 cấp:5              | 8  | REPEATED",
        "female:60+ male:40+        | 11 | REPEATED",
        "age:18-25                  | 4  | BAD_VALUE",
        "followers:50k..5x          | 15 | BAD_VALUE",
        "region:VN,,ID              | 10 | MISSING_VALUE",
    })
    void malformedQueryIsRefusedAtItsPosition(String query, int position, Kind kind) {
        SearchSyntaxException e = assertThrows(SearchSyntaxException.class, () -> SearchLanguage.parse(query.strip()));
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(position, e.position(), e.getMessage());
    }

    @Test
    void messageNamesTheColumnAndWhatWasExpected() {
        SearchSyntaxException e = assertThrows(SearchSyntaxException.class, () -> SearchLanguage.parse("level:x"));
        String text = e.message(Messages.forLocale(Locale.ENGLISH));
        assertTrue(text.startsWith("Column 7:"), text);
        assertTrue(text.contains("4-6"), text);
    }

    @Test
    void vietnameseMessageIsVietnamese() {
        SearchSyntaxException e = assertThrows(SearchSyntaxException.class, () -> SearchLanguage.parse("cấp:x"));
        assertTrue(e.message(Messages.forLocale(Locale.forLanguageTag("vi"))).startsWith("Cột 5:"));
    }

    @Test
    void bareWordsAndPhrasesAreText() {
        assertEquals("lan anh nguyen", SearchLanguage.parse("lan \"anh nguyen\"").query().text());
    }

    @Test
    void keysAreSuggestedForAPrefixAndValuesAfterTheColon() {
        assertTrue(SearchLanguage.suggest("lev", 3, List.of()).items().contains("level:"));
        SearchLanguage.Suggestions values = SearchLanguage.suggest("region:V", 8, List.of());
        assertEquals(7, values.from());
        assertEquals(List.of("VN"), values.items());
        assertEquals(List.of("Beauty"), SearchLanguage.suggest("level:4 cat:bea", 15, List.of("Beauty", "Food")).items());
    }
}
