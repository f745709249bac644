package dev.sellerworkbench.domain;

/// Where an invited creator stands in a targeted plan (R-PLAN-11).
public enum InvitationStatus { INVITED, ACCEPTED, DECLINED, REMOVED }
