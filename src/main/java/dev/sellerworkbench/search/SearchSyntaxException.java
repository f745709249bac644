package dev.sellerworkbench.search;

import dev.sellerworkbench.i18n.Messages;

/// A search-language query that cannot be read: where (a 0-based character offset into the
/// query), what was found there, and what was expected. The window marks the search box with it;
/// `creators search --q` prints it and exits 2. See `docs/search-language.md`.
public final class SearchSyntaxException extends IllegalArgumentException {

    /// What went wrong; each kind has a message `search.lang.error.<code>` in the bundles.
    public enum Kind {
        UNKNOWN_KEY("unknownKey"), MISSING_VALUE("missingValue"), BAD_VALUE("badValue"),
        UNCLOSED_QUOTE("unclosedQuote"), REPEATED("repeated"), REVERSED("reversed"),
        GMV_CURRENCY("gmvCurrency"), ONE_IN_WINDOW("oneInWindow");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final int position;
    private final String found;
    private final SearchLanguage.Key key;

    public SearchSyntaxException(Kind kind, int position, String found, SearchLanguage.Key key) {
        super(kind.code() + " at " + position + ": \"" + found + "\"" + (key == null ? "" : " (" + key.word() + ")"));
        this.kind = kind;
        this.position = position;
        this.found = found;
        this.key = key;
    }

    public Kind kind() {
        return kind;
    }

    /// 0-based offset into the query of the first character in error.
    public int position() {
        return position;
    }

    /// The text found there (may be empty when something is missing).
    public String found() {
        return found;
    }

    /// The key whose value is wrong; null for an unknown key or an unclosed quote.
    public SearchLanguage.Key key() {
        return key;
    }

    /// The message in the user's language: the 1-based column, what was found, what was expected.
    public String message(Messages messages) {
        String expected = key == null ? messages.get("search.lang.keys") : messages.get("search.lang.form." + key.word());
        return messages.get("search.lang.error." + kind.code(), String.valueOf(position + 1), found, expected,
                key == null ? "" : key.word());
    }
}
