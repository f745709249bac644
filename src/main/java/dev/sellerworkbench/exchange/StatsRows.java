package dev.sellerworkbench.exchange;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.store.CreatorRepository;
import dev.sellerworkbench.store.StatsRepository;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// Monthly creator statistics (R-EX-5): `handle,region,month,gmv,currency,active_days,
/// products_promoted,reputation,credit_deducted,good_product_gmv`. The creator must already be in
/// the workspace; re-import replaces the creator's figures for that month.
final class StatsRows extends RowHandler<MonthlyStats> {

    static final List<String> FIELDS = List.of("handle", "region", "month", "gmv", "currency", "active_days",
            "products_promoted", "reputation", "credit_deducted", "good_product_gmv");

    @Override
    Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        FIELDS.forEach(f -> aliases.put(f, List.of(f)));
        return aliases;
    }

    @Override
    List<String> requiredColumns() {
        return List.of("handle", "region", "month", "gmv");
    }

    @Override
    String keyField() {
        return "month";
    }

    @Override
    MonthlyStats parse(Row row, Handle h) {
        String handle = CellValues.required(row, "handle");
        Region region = Region.parse(CellValues.required(row, "region"));
        if (region == null) {
            throw new RowRejectedException("region", "exchange.row.unknownRegion", row.get("region"));
        }
        YearMonth month;
        String monthText = CellValues.required(row, "month");
        try {
            if (!monthText.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException(monthText, monthText, 0);
            }
            month = YearMonth.parse(monthText);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException("month", "exchange.row.badMonth", monthText);
        }
        String currency = row.get("currency").toUpperCase(Locale.ROOT);
        if (currency.isEmpty()) {
            currency = region.currency();
        } else if (!Currencies.isKnown(currency)) {
            throw new RowRejectedException("currency", "exchange.row.unknownCurrency", row.get("currency"));
        }
        BigDecimal gmv = CellValues.nonNegativeAmount("gmv", CellValues.required(row, "gmv"), currency);
        int activeDays = (int) CellValues.wholeOr(row, "active_days", 0, 0, month.lengthOfMonth());
        int products = (int) CellValues.wholeOr(row, "products_promoted", 0, 0, Integer.MAX_VALUE);
        BigDecimal reputation = null;
        if (!row.blank("reputation")) {
            try {
                reputation = new BigDecimal(row.get("reputation").replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new RowRejectedException("reputation", "exchange.row.notNumber", row.get("reputation"));
            }
            if (reputation.signum() < 0 || reputation.compareTo(BigDecimal.valueOf(5)) > 0 || reputation.scale() > 2) {
                throw new RowRejectedException("reputation", "exchange.row.range", row.get("reputation"), 0, 5);
            }
        }
        int credit = (int) CellValues.wholeOr(row, "credit_deducted", 0, 0, 1_000);
        BigDecimal good = row.blank("good_product_gmv") ? BigDecimal.ZERO
                : CellValues.nonNegativeAmount("good_product_gmv", row.get("good_product_gmv"), currency);
        if (good.compareTo(gmv) > 0) {
            throw new RowRejectedException("good_product_gmv", "exchange.row.goodAboveGmv", row.get("good_product_gmv"),
                    row.get("gmv"));
        }
        long creatorId = CreatorRepository.findIdByHandle(h, region, handle.toLowerCase(Locale.ROOT))
                .or(() -> CreatorRepository.findIdByHandle(h, region, handle))
                .orElseThrow(() -> new RowRejectedException("handle", "exchange.row.unknownCreator", handle, region));
        return new MonthlyStats(creatorId, month, Money.of(gmv, currency), activeDays, products, reputation, credit,
                Money.of(good, currency));
    }

    @Override
    List<String> keys(MonthlyStats item) {
        return List.of(item.creatorId() + "/" + item.month());
    }

    @Override
    void write(Handle h, List<MonthlyStats> batch) {
        StatsRepository.saveAll(h, batch);
    }
}
