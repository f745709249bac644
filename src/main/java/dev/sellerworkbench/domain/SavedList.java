package dev.sellerworkbench.domain;

import java.time.Instant;

/// A named list of saved creators (R-CR-5).
public record SavedList(long id, String name, Instant createdAt, int size) {
}
