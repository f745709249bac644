package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import java.math.BigDecimal;

/// The figures creators can be ranked by and shown with (R-ST-4), each with its SQL ranking.
public enum RankingColumn {
    GMV(RankBy.GMV), COMMISSION_PAID(RankBy.COMMISSION_PAID), ITEMS(RankBy.ITEMS), PRODUCTS(RankBy.PRODUCTS),
    ORDERS(RankBy.ORDERS), COMMISSION_DUE(RankBy.COMMISSION_DUE);

    private final RankBy rankBy;

    RankingColumn(RankBy rankBy) {
        this.rankBy = rankBy;
    }

    public RankBy rankBy() {
        return rankBy;
    }

    public boolean money() {
        return this == GMV || this == COMMISSION_PAID || this == COMMISSION_DUE;
    }

    /// The raw figure: an amount for money columns, a count otherwise.
    public Object value(CreatorFigures c) {
        return switch (this) {
            case GMV -> c.figures().gmv();
            case COMMISSION_PAID -> c.figures().commissionPaid();
            case COMMISSION_DUE -> c.figures().commissionDue();
            case ITEMS -> c.figures().items();
            case PRODUCTS -> c.products();
            case ORDERS -> c.figures().orders();
        };
    }

    public String messageKey() {
        return "insights.rank." + name();
    }

    static BigDecimal asAmount(Object value) {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
    }
}
