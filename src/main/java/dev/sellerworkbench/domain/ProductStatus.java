package dev.sellerworkbench.domain;

/// Live products can be added to plans; Revoked ones were taken down by the platform (R-PR-1, R-PR-2).
public enum ProductStatus { LIVE, REVOKED }
