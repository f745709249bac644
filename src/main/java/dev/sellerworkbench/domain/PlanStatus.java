package dev.sellerworkbench.domain;

/// A plan is a draft until published; it ends at its end date or when the seller leaves it.
public enum PlanStatus { DRAFT, PUBLISHED, ENDED }
