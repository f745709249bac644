package dev.sellerworkbench.domain;

/// Whether a level came from the platform (authoritative) or was projected by the engine (R-LV-3).
public enum LevelKind { OFFICIAL, PROJECTED }
