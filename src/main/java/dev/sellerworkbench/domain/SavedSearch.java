package dev.sellerworkbench.domain;

import java.time.Instant;

/// A Find Creators search kept under a name (R-OUT-5): the query in the search language, when it
/// was last opened (null: never) and how many creators it matched then.
public record SavedSearch(long id, String name, String query, Instant createdAt, Instant lastOpenedAt,
                          int seenCount) {
}
