package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.store.InsightsRepository.ContentFigures;
import dev.sellerworkbench.store.InsightsRepository.ContentIdFigures;
import dev.sellerworkbench.store.InsightsRepository.Figures;
import dev.sellerworkbench.store.InsightsRepository.ProductFigures;
import dev.sellerworkbench.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Sales by product and by content type (R-ST-4) for the period on screen, in one currency at a
/// time (R-ST-6): the currency picker offers those sold in, the one with most orders first, so no
/// row adds or ranks amounts of different currencies.
public final class BreakdownViewModel {

    /// Content types the platform names, shown by name; others as the file writes them.
    private static final Set<String> KNOWN_CONTENT = Set.of("LIVE", "VIDEO", "SHOWCASE", "LINK");

    private final Messages messages;
    private final Formats formats;
    private final ObservableList<BreakdownRow> products = FXCollections.observableArrayList();
    private final ObservableList<BreakdownRow> content = FXCollections.observableArrayList();
    private final ObservableList<ContentIdRow> contentIds = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>();
    private Insights.Breakdown result = Insights.Breakdown.NONE;

    public BreakdownViewModel(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        currency.addListener((obs, old, now) -> build());
    }

    void show(Insights.Breakdown loaded, List<String> soldIn) {
        result = loaded;
        String keep = currency.get();
        currencies.setAll(soldIn);
        if (soldIn.contains(keep)) {
            build();
        } else {
            currency.set(soldIn.isEmpty() ? null : soldIn.getFirst());
            if (soldIn.isEmpty()) {
                build();
            }
        }
    }

    private void build() {
        String c = currency.get();
        products.setAll(result.products().stream().filter(p -> p.figures().currency().equals(c))
                .map(p -> row(productName(p), p.figures(), p.creatorsSelling())).toList());
        content.setAll(result.content().stream().filter(f -> f.figures().currency().equals(c))
                .map(f -> row(contentName(f.contentType()), f.figures(), f.creatorsSelling())).toList());
        contentIds.setAll(result.contentIds().stream().filter(f -> f.figures().currency().equals(c))
                .map(f -> new ContentIdRow(contentId(f), f.contentId() == null ? "—" : contentName(f.contentType()),
                        creatorName(f), c, money(f.figures().gmv(), c), formats.count(f.figures().orders()),
                        money(f.figures().commission(), c))).toList());
    }

    /// The content id as the file states it; "—" for the lines whose file gave none.
    private static String contentId(ContentIdFigures f) {
        return f.contentId() == null ? "—" : f.contentId();
    }

    /// The creator who posted the content: by name, else by handle; "—" when unknown.
    private static String creatorName(ContentIdFigures f) {
        if (f.contentId() == null || f.creatorHandle() == null) {
            return "—";
        }
        return f.creatorName() != null && !f.creatorName().isBlank() ? f.creatorName() : "@" + f.creatorHandle();
    }

    private BreakdownRow row(String name, Figures f, long creators) {
        String c = f.currency();
        return new BreakdownRow(name, c, money(f.gmv(), c), formats.count(f.orders()), formats.count(f.items()),
                money(f.commission(), c), formats.count(creators), money(f.refunded(), c));
    }

    /// The product's title, else "Product <id>" when the workspace does not hold it (names, not ids).
    private String productName(ProductFigures p) {
        if (p.title() != null) {
            return p.title();
        }
        return p.productId() == null ? "—" : messages.get("insights.product.unknown", p.productId());
    }

    String contentName(String type) {
        if (type == null) {
            return messages.get("insights.content.unknown");
        }
        String upper = type.toUpperCase(Locale.ROOT);
        return KNOWN_CONTENT.contains(upper) ? messages.get("insights.content." + upper) : type;
    }

    private String money(BigDecimal amount, String c) {
        return formats.money(Money.of(amount, c).rounded());
    }

    public ObservableList<BreakdownRow> products() {
        return products;
    }

    public ObservableList<BreakdownRow> content() {
        return content;
    }

    /// Sales per content id in the picked currency.
    public ObservableList<ContentIdRow> contentIds() {
        return contentIds;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    private List<String> header(String first) {
        return List.of(messages.get(first), messages.get("insights.col.currency"), messages.get("insights.totals.gmv"),
                messages.get("insights.totals.orders"), messages.get("insights.totals.items"),
                messages.get("insights.plan.commission"), messages.get("insights.plan.selling"),
                messages.get("insights.totals.refunded"));
    }

    private static List<Object> cells(String name, Figures f, long creators) {
        String c = f.currency();
        return Arrays.asList(name, c, ExportTable.amount(f.gmv(), c), f.orders(), f.items(),
                ExportTable.amount(f.commission(), c), creators, ExportTable.amount(f.refunded(), c));
    }

    /// Every product row of every currency, each row in its own currency.
    ExportTable productsTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (ProductFigures p : result.products()) {
            rows.add(cells(productName(p), p.figures(), p.creatorsSelling()));
        }
        return new ExportTable(messages.get("insights.product.title"), header("insights.product.name"), rows);
    }

    /// Every content id row of every currency, each in its own currency.
    ExportTable contentIdsTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (ContentIdFigures f : result.contentIds()) {
            String c = f.figures().currency();
            rows.add(Arrays.asList(contentId(f), f.contentId() == null ? "—" : contentName(f.contentType()), creatorName(f), c,
                    ExportTable.amount(f.figures().gmv(), c), f.figures().orders(), ExportTable.amount(f.figures().commission(), c)));
        }
        return new ExportTable(messages.get("insights.contentId.title"), List.of(messages.get("insights.contentId.id"),
                messages.get("insights.content.type"), messages.get("insights.contentId.creator"),
                messages.get("insights.col.currency"), messages.get("insights.totals.gmv"),
                messages.get("insights.totals.orders"), messages.get("insights.plan.commission")), rows);
    }

    ExportTable contentTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (ContentFigures f : result.content()) {
            rows.add(cells(contentName(f.contentType()), f.figures(), f.creatorsSelling()));
        }
        return new ExportTable(messages.get("insights.content.title"), header("insights.content.type"), rows);
    }
}
