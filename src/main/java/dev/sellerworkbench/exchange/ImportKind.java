package dev.sellerworkbench.exchange;

import java.util.Locale;

/// What a file is imported as (docs/rules.md §8): the user says which, the content says in which format.
public enum ImportKind {
    CREATORS, PRODUCTS, APPLICATIONS, ORDERS, STATS, COLLABORATIONS, SAMPLES;

    /// The word used on the command line: `creators`, `products` …
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// Parses the command-line word; null when unknown.
    public static ImportKind parse(String word) {
        for (ImportKind kind : values()) {
            if (kind.word().equalsIgnoreCase(word.trim())) {
                return kind;
            }
        }
        return null;
    }
}
