package dev.sellerworkbench.domain;

import java.util.Map;

/// The workbench's own table of minor units. `java.util.Currency` says IDR has two decimals
/// (ISO 4217), but the platform pays rupiah whole, so this table decides (R-ST-1).
public final class Currencies {
    private static final Map<String, Integer> MINOR_UNITS = Map.ofEntries(
            Map.entry("VND", 0), Map.entry("IDR", 0), Map.entry("JPY", 0), Map.entry("KRW", 0),
            Map.entry("GBP", 2), Map.entry("USD", 2), Map.entry("EUR", 2), Map.entry("MYR", 2),
            Map.entry("SGD", 2), Map.entry("THB", 2), Map.entry("PHP", 2), Map.entry("CNY", 2));

    private Currencies() {
    }

    public static int minorUnits(String currency) {
        Integer digits = MINOR_UNITS.get(currency);
        if (digits != null) {
            return digits;
        }
        try {
            return Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency: " + currency, e);
        }
    }

    public static boolean isKnown(String currency) {
        if (currency == null || currency.length() != 3) {
            return false;
        }
        if (MINOR_UNITS.containsKey(currency)) {
            return true;
        }
        try {
            java.util.Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /// The region a currency's orders are sold in when a file does not say (R-ST-2).
    public static Region regionOf(String currency) {
        for (Region region : Region.values()) {
            if (region.currency().equals(currency)) {
                return region;
            }
        }
        return null;
    }
}
