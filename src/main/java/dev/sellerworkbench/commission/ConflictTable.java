package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Rate;
import java.time.Instant;
import java.util.List;

/// For a product held by several plans: the plans with the rate a newcomer gets from each, and per
/// affected creator where they stand in each plan and which rate they actually earn (R-COM-1, R-COM-2).
public record ConflictTable(String productId, Instant at, List<Offer> plans, List<Row> rows) {

    public ConflictTable {
        plans = List.copyOf(plans);
        rows = List.copyOf(rows);
    }

    /// A plan holding the product and the rate a creator joining now gets from it.
    public record Offer(Plan plan, Rate rate) {
    }

    /// A creator's place in one plan: INVITED, ACCEPTED or APPROVED, and the rate held there
    /// (for an invited creator, the rate they would get on accepting now).
    public record Standing(Plan plan, String status, Rate rate) {
    }

    /// One affected creator: their standings and the rate that wins.
    public record Row(long creatorId, String creator, List<Standing> standings, Resolution resolution) {

        public Row {
            standings = List.copyOf(standings);
        }
    }
}
