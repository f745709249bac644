package dev.sellerworkbench.invitations;

/// Why a creator's WhatsApp number cannot be linked (R-IN-4).
public enum NumberProblem {
    /// No number on file.
    MISSING,
    /// A Vietnamese 11-digit mobile number from before the 2018 renumbering (016…, 012…).
    OLD_VIETNAMESE,
    /// Not a valid number for the creator's region.
    INVALID
}
