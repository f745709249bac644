package dev.sellerworkbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// R-EX-1: a platform category id is shown by the seller's name (for this language, else for every
/// language), else by the shipped name, else as "Category 601450"; a name typed back is the id.
class CategoryNamesTest {

    static final Map<String, Map<String, String>> OWN = Map.of(
            "999999", Map.of(CategoryNames.ALL_LANGUAGES, "Pet Supplies"),
            "601450", Map.of("vi", "Chăm sóc da"));

    final CategoryNames english = new CategoryNames(Messages.forLocale(Locale.ENGLISH), OWN);
    final CategoryNames vietnamese = new CategoryNames(Messages.forLocale(Locale.forLanguageTag("vi")), OWN);

    @Test
    void theSellersNameForThisLanguageWinsThenTheOneForAllThenTheShippedOne() {
        assertEquals("Chăm sóc da", vietnamese.name("601450"));
        assertEquals("Beauty & Personal Care", english.name("601450"), "the Vietnamese name is for Vietnamese only");
        assertEquals("Pet Supplies", english.name("999999"));
        assertEquals("Pet Supplies", vietnamese.name("999999"));
        assertEquals("Category 123456", english.name("123456"));
        assertEquals("Danh mục 123456", vietnamese.name("123456"));
        assertEquals("Beauty", english.name("Beauty"), "a name stays a name");
    }

    @Test
    void aNameShownIsReadBackToItsId() {
        assertEquals("999999", english.category("pet supplies"));
        assertEquals("601450", english.category("Beauty & Personal Care"));
        assertEquals("601450", english.category(" Chăm sóc da "), "the seller's names in any language");
        assertEquals("123456", english.category("Category 123456"));
        assertEquals("123456", vietnamese.category("danh mục 123456"));
        assertEquals("Skincare", english.category("Skincare"), "a name no id has stays as typed");
        assertEquals("601450", CategoryNames.shipped(Messages.forLocale(Locale.ENGLISH)).category("601450"));
    }
}
