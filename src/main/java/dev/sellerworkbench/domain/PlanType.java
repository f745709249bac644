package dev.sellerworkbench.domain;

/// The three affiliate plan types (§4).
public enum PlanType { OPEN, TARGETED, SHOP }
