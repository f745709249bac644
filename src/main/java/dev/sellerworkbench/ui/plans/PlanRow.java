package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.domain.Plan;

/// One plan as the Plans table shows it.
public record PlanRow(Plan plan, String type, String name, String status, String products, String creators,
                      String lastEdit) {
}
