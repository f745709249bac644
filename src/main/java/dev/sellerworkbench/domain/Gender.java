package dev.sellerworkbench.domain;

public enum Gender { FEMALE, MALE, OTHER }
