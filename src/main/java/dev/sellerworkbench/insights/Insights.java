package dev.sellerworkbench.insights;

import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.domain.ExchangeRate;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.store.InsightsRepository;
import dev.sellerworkbench.store.InsightsRepository.ContentFigures;
import dev.sellerworkbench.store.InsightsRepository.ContentIdFigures;
import dev.sellerworkbench.store.InsightsRepository.Conversion;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.InsightsRepository.DayPoint;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.PlanFigures;
import dev.sellerworkbench.store.InsightsRepository.ProductFigures;
import dev.sellerworkbench.store.InsightsRepository.RankBy;
import dev.sellerworkbench.store.InsightsRepository;
import dev.sellerworkbench.store.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The data compass's figures (R-ST-4) for a period in the seller's time zone, as the Insights
/// screen shows them and `insights totals|plans|ranking` prints them: totals per currency beside
/// the previous period of equal length, plan performance with conversions, and creators ranked.
/// Amounts stay per currency (R-ST-6) and are BigDecimal throughout.
public final class Insights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Workspace workspace;
    private final InsightsRepository repository;

    public Insights(Workspace workspace) {
        this.workspace = workspace;
        this.repository = workspace.insights();
    }

    private boolean decided;

    /// Every line's one commission (R-ST-5) is stored before a figure sums it.
    private void decided() {
        if (!decided) {
            new SettlementService(workspace).decideMissing();
            decided = true;
        }
    }

    /// The period in the zone the workspace's settings name (the seller's).
    public InsightsQuery query(Period period) {
        return new InsightsQuery(period, workspace.settings().timeZone());
    }

    /// Totals per currency, the market with most orders first (for most sellers their home
    /// currency), and the previous period's by currency.
    public record Totals(List<Figures> current, List<Figures> previous) {

        public Totals {
            current = current.stream().sorted((a, b) -> Long.compare(b.orders(), a.orders())).toList();
            previous = List.copyOf(previous);
        }

        public Optional<Figures> previous(String currency) {
            return previous.stream().filter(f -> f.currency().equals(currency)).findFirst();
        }

        /// The currencies sold in, most orders first: the ranking and chart offer these, the first by default.
        public List<String> currencies() {
            return current.stream().map(Figures::currency).toList();
        }
    }

    /// All currencies' totals in the shop's currency (R-ST-6): `gmv` and `commission` converted with
    /// the dated rates in `rates` (rounded once, half-even, at the shop currency's minor unit), or,
    /// when a currency sold in has no rate, nothing converted and `missing` naming those currencies.
    public record Converted(String currency, BigDecimal gmv, BigDecimal commission, List<ExchangeRate> rates,
                            List<String> missing) {

        public Converted {
            rates = List.copyOf(rates);
            missing = List.copyOf(missing);
        }

        /// Whether the figures could be converted (every currency had a rate).
        public boolean converted() {
            return missing.isEmpty() && gmv != null;
        }
    }

    /// The exchange rates kept in settings, by currency; a rate that does not read is left out.
    public Map<String, ExchangeRate> exchangeRates() {
        Map<String, ExchangeRate> rates = new java.util.TreeMap<>();
        workspace.settings().all().forEach((name, value) -> {
            if (name.startsWith(SettingsCatalogue.FX_PREFIX) && value != null && !value.isBlank()) {
                String currency = name.substring(SettingsCatalogue.FX_PREFIX.length());
                try {
                    rates.put(currency, ExchangeRate.parse(currency, value));
                } catch (IllegalArgumentException e) {
                    // Settings refuses such a value; one written by hand is not used
                }
            }
        });
        return rates;
    }

    /// The totals of several currencies in the shop's currency; empty when they are in one currency
    /// only (nothing to add) or the shop's currency is not set.
    public Optional<Converted> convert(List<Figures> current) {
        String shop = workspace.settings().get(SettingsCatalogue.CURRENCY).orElse(null);
        if (shop == null || current.size() < 2 && current.stream().allMatch(f -> f.currency().equals(shop))) {
            return Optional.empty();
        }
        return Optional.of(convert(current, shop, exchangeRates()));
    }

    /// Converts per-currency figures into `target` with `rates` (pure; see [Converted]).
    public static Converted convert(List<Figures> figures, String target, Map<String, ExchangeRate> rates) {
        BigDecimal gmv = BigDecimal.ZERO;
        BigDecimal commission = BigDecimal.ZERO;
        List<ExchangeRate> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Figures f : figures) {
            if (f.currency().equals(target)) {
                gmv = gmv.add(f.gmv());
                commission = commission.add(f.commission());
                continue;
            }
            ExchangeRate rate = rates.get(f.currency());
            if (rate == null) {
                missing.add(f.currency());
                continue;
            }
            used.add(rate);
            gmv = gmv.add(rate.convert(f.gmv()));
            commission = commission.add(rate.convert(f.commission()));
        }
        if (!missing.isEmpty()) {
            return new Converted(target, null, null, used, missing);
        }
        return new Converted(target, Money.of(gmv, target).rounded().amount(),
                Money.of(commission, target).rounded().amount(), used, List.of());
    }

    public Totals totals(InsightsQuery query) {
        decided();
        Period before = query.previous();
        return new Totals(repository.totals(query.start(), query.end()),
                repository.totals(before.start(query.zone()), before.end(query.zone())));
    }

    /// Plan performance: per plan and currency, by GMV descending; conversions per plan; GMV per day.
    public record PlanPerformance(List<PlanFigures> plans, List<Conversion> conversions, List<DayPoint> days,
                                  Period period) {

        public static final PlanPerformance NONE = new PlanPerformance(List.of(), List.of(), List.of(), null);

        /// Conversions by plan; a plan counted both as targeted and open has its counts added.
        public Map<Long, Conversion> conversionsByPlan() {
            return conversions.stream().collect(Collectors.toMap(Conversion::planId, Function.identity(),
                    (a, b) -> new Conversion(a.planId(), a.invited() + b.invited(), a.joined() + b.joined(),
                            a.selling() + b.selling())));
        }
    }

    public PlanPerformance plans(InsightsQuery query) {
        decided();
        return new PlanPerformance(repository.plans(query.start(), query.end()),
                repository.conversions(query.start(), query.end()),
                repository.gmvByDay(query.period().from(), query.period().to(), query.zone()), query.period());
    }

    /// Sales by product and by content type (LIVE, video, showcase …), each per currency (R-ST-6).
    /// `contentIds` per content id (the LIVE, video or link that brought the sale), the lines with
    /// no content id as one row with a null id.
    public record Breakdown(List<ProductFigures> products, List<ContentFigures> content, List<ContentIdFigures> contentIds) {

        public static final Breakdown NONE = new Breakdown(List.of(), List.of(), List.of());

        public Breakdown {
            products = List.copyOf(products);
            content = List.copyOf(content);
            contentIds = List.copyOf(contentIds);
        }

        public Breakdown(List<ProductFigures> products, List<ContentFigures> content) {
            this(products, content, List.of());
        }
    }

    public Breakdown breakdown(InsightsQuery query) {
        decided();
        return new Breakdown(repository.products(query.start(), query.end()),
                repository.content(query.start(), query.end()), repository.contentIds(query.start(), query.end()));
    }

    /// Sales per content id (the LIVE, video or link that brought them), each per currency (R-ST-6);
    /// the lines whose file gave no content id as one row with a null id.
    public List<ContentIdFigures> byContentId(InsightsQuery query) {
        decided();
        return repository.contentIds(query.start(), query.end());
    }

    /// Creators in `currency` ranked by `rankBy`, one page.
    public List<CreatorFigures> ranking(InsightsQuery query, String currency, RankBy rankBy, int offset, int limit) {
        decided();
        return repository.ranking(query.start(), query.end(), currency, rankBy, offset, limit);
    }

    /// Every creator in `currency` ranked by `rankBy`, read a page at a time.
    public List<CreatorFigures> rankingAll(InsightsQuery query, String currency, RankBy rankBy, int page) {
        List<CreatorFigures> all = new ArrayList<>();
        for (int offset = 0; ; offset += page) {
            List<CreatorFigures> next = ranking(query, currency, rankBy, offset, page);
            all.addAll(next);
            if (next.size() < page) {
                return all;
            }
        }
    }

    /// The change of a figure against the previous period in percent, one decimal, half-up; null
    /// when the previous period had none to compare with.
    public static BigDecimal change(BigDecimal current, BigDecimal previous) {
        if (previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }
}
