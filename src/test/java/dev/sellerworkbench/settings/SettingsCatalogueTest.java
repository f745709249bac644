package dev.sellerworkbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Region;
import org.junit.jupiter.api.Test;

/// The catalogue's defaults are the engines' (R-ST-2, R-PLAN-3, R-PLAN-8, R-AP-3), and it accepts
/// only what those engines can use.
class SettingsCatalogueTest {

    static String stored(String key, String text) {
        Setting.Parsed parsed = SettingsCatalogue.get(key).parse(text);
        return parsed.ok() ? parsed.value() : "refused";
    }

    @Test
    void afterSalesDefaultsAreIndonesiasSixAndTheUksFourteenAndNoneElsewhere() {
        assertEquals("6", SettingsCatalogue.get("aftersales.ID").defaultValue());
        assertEquals("14", SettingsCatalogue.get("aftersales.GB").defaultValue());
        for (Region region : new Region[] {Region.VN, Region.TH, Region.MY, Region.PH, Region.SG, Region.US}) {
            assertNull(SettingsCatalogue.get(SettingsCatalogue.afterSales(region)).defaultValue(), region.name());
        }
    }

    @Test
    void theRateCeilingIsFiftyOrEightyPercentStoredInBasisPoints() {
        assertEquals("8000", stored("plan.rateCeiling", "80"));
        assertEquals("5000", stored("plan.rateCeiling", "50 %"));
        assertEquals("refused", stored("plan.rateCeiling", "65"));
        assertEquals("80", SettingsCatalogue.get("plan.rateCeiling").shown("8000"));
        assertEquals("50", SettingsCatalogue.get("plan.rateCeiling").defaultValue());
    }

    @Test
    void limitsAndDaysAreWholeNumbersInRange() {
        assertEquals("30", SettingsCatalogue.get("plan.maxTargetedCreators").defaultValue());
        assertEquals("refused", stored("plan.maxTargetedCreators", "0"));
        assertEquals("7", SettingsCatalogue.get("applications.expiryDays").defaultValue());
        assertEquals("refused", stored("applications.expiryDays", "7.5"));
        assertEquals("0", stored("aftersales.SG", "0"));
        assertEquals("refused", stored("aftersales.SG", "91"));
    }

    @Test
    void regionCurrencyAndZoneAreOnlyTheSupportedOnes() {
        assertEquals("VN", stored("seller.region", "vn"));
        assertEquals("refused", stored("seller.region", "Vietnam"));
        assertEquals("THB", stored("seller.currency", "thb"));
        assertEquals("refused", stored("seller.currency", "EUR"));
        assertEquals("Asia/Jakarta", stored("seller.timeZone", "asia/jakarta"));
        assertEquals("refused", stored("seller.timeZone", "GMT+7 Jakarta"));
    }

    @Test
    void emptyUnsetsOnlyOptionalSettings() {
        assertTrue(SettingsCatalogue.get("aftersales.VN").parse("").ok());
        assertNull(SettingsCatalogue.get("aftersales.VN").parse(" ").value());
        assertFalse(SettingsCatalogue.get("seller.timeZone").parse("").ok());
        assertFalse(SettingsCatalogue.get("plan.rateCeiling").parse("").ok());
    }

    @Test
    void keysAreFoundInAnyCase() {
        assertEquals("aftersales.VN", SettingsCatalogue.find("AfterSales.vn").orElseThrow().key());
        assertTrue(SettingsCatalogue.find("aftersales.XX").isEmpty());
    }
}
