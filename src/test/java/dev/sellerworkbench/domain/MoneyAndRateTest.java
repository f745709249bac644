package dev.sellerworkbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyAndRateTest {

    @Test
    void commissionRoundsHalfEvenToTheCurrencysMinorUnit() {
        // R-ST-1: VND has no minor unit, GBP two; half-even.
        assertEquals(Money.of("24875", "VND"), Rate.parsePercent("12.5").applyTo(Money.of("199000", "VND")));
        assertEquals(Money.of("0.12", "GBP"), Rate.parsePercent("5").applyTo(Money.of("2.50", "GBP")));
        assertEquals(Money.of("1.50", "GBP"), Rate.parsePercent("7.5").applyTo(Money.of("19.99", "GBP")));
    }

    @Test
    void rupiahHasNoMinorUnitInTheWorkbench() {
        assertEquals(0, Currencies.minorUnits("IDR"));
        assertEquals(Money.of("842", "IDR"), Money.of("841.5", "IDR").rounded());
    }

    @Test
    void ratesParseToHundredthsOfAPercentWithAtMostTwoDecimals() {
        assertEquals(1250, Rate.parsePercent("12.5%").basisPoints());
        assertEquals(5001, Rate.parsePercent("50.01").basisPoints());
        assertThrows(IllegalArgumentException.class, () -> Rate.parsePercent("12.345"));
    }

    @Test
    void moneyOfDifferentCurrenciesDoesNotAdd() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "GBP").plus(Money.of("1", "VND")));
    }

    @Test
    void audienceSharesMustSumToOneHundredPercent() {
        // R-CR-2
        assertThrows(IllegalArgumentException.class, () -> new Audience(6000, 3000, 0, 10000, 0, 0, 0, 0));
        Audience audience = new Audience(6000, 3900, 100, 3000, 4000, 2000, 500, 500);
        assertEquals(Gender.FEMALE, audience.dominantGender());
        assertEquals(1, audience.dominantAgeBand());
    }
}
