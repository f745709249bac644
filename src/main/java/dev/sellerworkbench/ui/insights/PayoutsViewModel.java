package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.commission.PayoutStatus;
import dev.sellerworkbench.commission.SettlementLine;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.insights.Period;
import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.ui.common.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The payout calendar: commission due to creators per pay day and currency, from the settlement
/// rules (delivery day + the market's after-sales days, paid the day after; refunds within the
/// period earn nothing — R-ST-2, R-ST-3), with the order lines behind each day. Markets without an
/// after-sales period are listed as not configured; no date is guessed for them.
public final class PayoutsViewModel {

    private final Messages messages;
    private final Formats formats;
    private final ObservableList<PayoutDayRow> days = FXCollections.observableArrayList();
    private final ObjectProperty<PayoutDayRow> selectedDay = new SimpleObjectProperty<>();
    private final ObservableList<PayoutLineRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notConfigured = new ReadOnlyStringWrapper("");

    public PayoutsViewModel(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        selectedDay.addListener((obs, old, now) -> lines.setAll(now == null ? List.of()
                : now.lines().stream().map(this::lineRow).toList()));
    }

    /// Settles the lines that may be paid in the period; runs in the background.
    static List<SettlementLine> read(SettlementService settlement, InsightsQuery query) {
        return settlement.settledLines(query.period().from(), query.period().to());
    }

    /// Groups settled lines into pay days and currencies within [from, to].
    static List<PayoutDayRow> calendar(List<SettlementLine> settled, Period period, Formats formats) {
        Map<LocalDate, Map<String, List<SettlementLine>>> byDay = new TreeMap<>();
        for (SettlementLine line : settled) {
            if (line.status() == PayoutStatus.DUE && !line.payDay().isBefore(period.from())
                    && !line.payDay().isAfter(period.to())) {
                byDay.computeIfAbsent(line.payDay(), d -> new TreeMap<>())
                        .computeIfAbsent(line.commission().currency(), c -> new ArrayList<>()).add(line);
            }
        }
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats.locale());
        List<PayoutDayRow> rows = new ArrayList<>();
        byDay.forEach((day, perCurrency) -> perCurrency.forEach((currency, list) -> {
            Money total = list.stream().map(SettlementLine::commission).reduce(Money.zero(currency), Money::plus);
            rows.add(new PayoutDayRow(day, total, list, dayFormat.format(day), formats.money(total)));
        }));
        return rows;
    }

    void show(List<SettlementLine> settled, InsightsQuery query) {
        days.setAll(calendar(settled, query.period(), formats));
        selectedDay.set(null);
        TreeSet<String> markets = new TreeSet<>();
        long undated = 0;
        for (SettlementLine line : settled) {
            if (line.status() == PayoutStatus.NOT_CONFIGURED) {
                undated++;
                markets.add(line.region() == null ? messages.get("insights.payout.unknownMarket") : line.region().name());
            }
        }
        notConfigured.set(undated == 0 ? "" : messages.get("insights.payout.notConfigured", String.join(", ", markets),
                formats.count(undated)));
    }

    private PayoutLineRow lineRow(SettlementLine line) {
        Region region = line.region();
        return new PayoutLineRow(line.order().orderId(),
                line.order().creatorHandle() == null ? "" : "@" + line.order().creatorHandle(),
                region == null ? "" : region.name(), formats.money(line.order().amount()),
                line.rate() == null ? "" : formats.percentBp(line.rate().basisPoints()), formats.money(line.commission()),
                String.valueOf(line.deliveryDay()), String.valueOf(line.settlementDay()));
    }

    public ObservableList<PayoutDayRow> days() {
        return days;
    }

    public ObjectProperty<PayoutDayRow> selectedDayProperty() {
        return selectedDay;
    }

    public ObservableList<PayoutLineRow> lines() {
        return lines;
    }

    public ReadOnlyStringProperty notConfiguredProperty() {
        return notConfigured.getReadOnlyProperty();
    }

    /// Every due line of the calendar, one row each, with its pay day.
    ExportTable exportTable() {
        List<String> header = List.of(messages.get("insights.payout.day"), messages.get("insights.col.currency"),
                messages.get("insights.payout.order"), messages.get("insights.rank.creator"),
                messages.get("insights.payout.market"), messages.get("insights.payout.amount"),
                messages.get("insights.payout.rate"), messages.get("insights.payout.commission"),
                messages.get("insights.payout.delivered"), messages.get("insights.payout.settled"));
        List<List<Object>> out = new ArrayList<>();
        for (PayoutDayRow day : days) {
            for (SettlementLine l : day.lines()) {
                out.add(Arrays.asList(day.day().toString(), day.currency(), l.order().orderId(), l.order().creatorHandle(),
                        l.region() == null ? null : l.region().name(), l.order().amount().rounded().amount(),
                        l.rate() == null ? null : l.rate().asPercent(), l.commission().rounded().amount(),
                        String.valueOf(l.deliveryDay()), String.valueOf(l.settlementDay())));
            }
        }
        return new ExportTable(messages.get("insights.payout.title"), header, out);
    }
}
