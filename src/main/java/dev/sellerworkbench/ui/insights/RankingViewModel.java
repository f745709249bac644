package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.insights.InsightsQuery;
import dev.sellerworkbench.store.InsightsRepository.CreatorFigures;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Creator analysis (R-ST-4): creators ranked in SQL by the chosen figure, in one currency, with
/// the columns the user chose in the order chosen (remembered), and a detail pane for one creator.
public final class RankingViewModel {

    static final String COLUMNS_KEY = "insights.ranking.columns";
    static final String RANK_BY_KEY = "insights.ranking.rankBy";
    /// Rows read at a time; a million-creator workspace never comes to the screen whole. When more
    /// creators sold, the screen says so and "Show more" reads the next page.
    static final int PAGE = 200;

    private final Messages messages;
    private final Formats formats;
    private final TaskRunner tasks;
    private final Workspace workspace;
    private final Insights insights;
    private final Preferences preferences;
    private final ObservableList<ColumnChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<RankingColumn> shownColumns = FXCollections.observableArrayList();
    private final ObjectProperty<RankingColumn> rankBy = new SimpleObjectProperty<>();
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<RankingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final int page;
    private List<CreatorFigures> ranked = List.of();
    private InsightsQuery query;
    private boolean showing;
    private int requests;

    public RankingViewModel(Messages messages, Formats formats, TaskRunner tasks, Workspace workspace,
                            Insights insights, Preferences preferences) {
        this(messages, formats, tasks, workspace, insights, preferences, PAGE);
    }

    /// `page`: rows read at a time (tests use a small one).
    RankingViewModel(Messages messages, Formats formats, TaskRunner tasks, Workspace workspace,
                     Insights insights, Preferences preferences, int page) {
        this.page = page;
        this.messages = messages;
        this.formats = formats;
        this.tasks = tasks;
        this.workspace = workspace;
        this.insights = insights;
        this.preferences = preferences;
        restoreColumns();
        rankBy.set(parse(preferences.get(RANK_BY_KEY, RankingColumn.GMV.name())).orElse(RankingColumn.GMV));
        rankBy.addListener((obs, old, now) -> {
            if (now != null) {
                preferences.put(RANK_BY_KEY, now.name());
                reload();
            }
        });
        currency.addListener((obs, old, now) -> reload());
    }

    private void restoreColumns() {
        List<ColumnChoice> restored = new ArrayList<>();
        String saved = preferences.get(COLUMNS_KEY, "GMV,COMMISSION_PAID,ITEMS,PRODUCTS,-ORDERS,-COMMISSION_DUE");
        for (String part : saved.split(",")) {
            boolean hidden = part.startsWith("-");
            parse(hidden ? part.substring(1) : part).filter(c -> restored.stream().noneMatch(x -> x.column() == c))
                    .ifPresent(c -> restored.add(new ColumnChoice(c, !hidden)));
        }
        for (RankingColumn c : RankingColumn.values()) {
            if (restored.stream().noneMatch(x -> x.column() == c)) {
                restored.add(new ColumnChoice(c, false));
            }
        }
        restored.forEach(choice -> choice.shownProperty().addListener((obs, old, now) -> columnsChanged()));
        choices.setAll(restored);
        shownColumns.setAll(restored.stream().filter(ColumnChoice::shown).map(ColumnChoice::column).toList());
    }

    private static Optional<RankingColumn> parse(String name) {
        try {
            return Optional.of(RankingColumn.valueOf(name.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// Moves a column one place up (-1) or down (+1) in the chooser and the table.
    public void move(ColumnChoice choice, int delta) {
        int from = choices.indexOf(choice);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= choices.size()) {
            return;
        }
        choices.remove(from);
        choices.add(to, choice);
        columnsChanged();
    }

    private void columnsChanged() {
        shownColumns.setAll(choices.stream().filter(ColumnChoice::shown).map(ColumnChoice::column).toList());
        preferences.put(COLUMNS_KEY, String.join(",", choices.stream()
                .map(c -> (c.shown() ? "" : "-") + c.column().name()).toList()));
        rows.setAll(toRows(ranked));
    }

    /// A new period: the currencies sold in, and the ranking for it.
    void show(InsightsQuery newQuery, List<String> soldIn) {
        query = newQuery;
        showing = true;
        String keep = currency.get();
        currencies.setAll(soldIn);
        String chosen = keep != null && soldIn.contains(keep) ? keep : soldIn.isEmpty() ? null : soldIn.get(0);
        if (chosen != null && chosen.equals(keep)) {
            reload();
        } else {
            currency.set(chosen);
        }
    }

    private void reload() {
        String c = currency.get();
        RankingColumn by = rankBy.get();
        InsightsQuery q = query;
        if (!showing || q == null || by == null) {
            return;
        }
        if (c == null) {
            ranked = List.of();
            rows.clear();
            setMore(false);
            return;
        }
        read(q, c, by, 0);
    }

    /// Reads the next page of the ranking after the rows shown, when there is one.
    public void loadMore() {
        InsightsQuery q = query;
        String c = currency.get();
        RankingColumn by = rankBy.get();
        if (more.get() && q != null && c != null && by != null) {
            read(q, c, by, ranked.size());
        }
    }

    /// One page from `offset`, with one row more than shown to learn whether more creators sold.
    private void read(InsightsQuery q, String c, RankingColumn by, int offset) {
        int generation = ++requests;
        BackgroundTask.of(messages.get("insights.loading"), progress -> insights
                        .ranking(q, c, by.rankBy(), offset, page + 1))
                .onSuccess(list -> {
                    if (generation != requests) {
                        return; // a later choice is on its way; an older answer must not overwrite it
                    }
                    List<CreatorFigures> pageRows = list.size() > page ? list.subList(0, page) : list;
                    List<CreatorFigures> all = new ArrayList<>(offset == 0 ? List.of() : ranked);
                    all.addAll(pageRows);
                    ranked = List.copyOf(all);
                    rows.setAll(toRows(ranked));
                    setMore(list.size() > page);
                })
                .runWith(tasks);
    }

    private void setMore(boolean hasMore) {
        more.set(hasMore);
        shown.set(hasMore ? messages.get("insights.rank.showingTop", formats.count(ranked.size())) : "");
    }

    private List<RankingRow> toRows(List<CreatorFigures> list) {
        List<RankingRow> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CreatorFigures c = list.get(i);
            Map<RankingColumn, String> cells = new EnumMap<>(RankingColumn.class);
            for (RankingColumn column : RankingColumn.values()) {
                cells.put(column, format(column, c));
            }
            out.add(new RankingRow(i + 1, "@" + c.handle(), cells));
        }
        return out;
    }

    private String format(RankingColumn column, CreatorFigures c) {
        Object value = column.value(c);
        return column.money() ? formats.money(Money.of(RankingColumn.asAmount(value), c.figures().currency()).rounded())
                : formats.count(((Number) value).longValue());
    }

    /// Opens the detail pane for a creator of the ranking (null closes it).
    public void select(RankingRow row) {
        InsightsQuery q = query;
        if (row == null || q == null) {
            detail.set("");
            return;
        }
        String handle = row.handle().substring(1);
        BackgroundTask.of(messages.get("insights.loading"), progress -> new CreatorDetail(
                        workspace.creators().findByHandle(handle).orElse(null),
                        workspace.insights().creator(q.start(), q.end(), handle)))
                .onSuccess(d -> detail.set(describe(handle, d)))
                .runWith(tasks);
    }

    record CreatorDetail(Creator creator, List<CreatorFigures> figures) {
    }

    private String describe(String handle, CreatorDetail d) {
        StringBuilder text = new StringBuilder("@").append(handle);
        Creator c = d.creator();
        if (c != null) {
            text.append(" — ").append(c.name() == null ? "" : c.name()).append('\n')
                    .append(messages.get("insights.detail.profile", c.region().name(), formats.count(c.followers()),
                            c.level() == null || !c.level().rated() ? "–" : c.level().label()));
        }
        for (CreatorFigures f : d.figures()) {
            String cur = f.figures().currency();
            text.append("\n\n").append(cur).append('\n').append(messages.get("insights.detail.figures",
                    money(f.figures().gmv(), cur), formats.count(f.figures().orders()), formats.count(f.figures().items()),
                    formats.count(f.products()), money(f.figures().commissionPaid(), cur),
                    money(f.figures().commissionDue(), cur), money(f.figures().refunded(), cur),
                    f.figures().averageRateBp().map(formats::percentBp).orElse("–")));
        }
        return text.toString();
    }

    private String money(java.math.BigDecimal amount, String cur) {
        return formats.money(Money.of(amount, cur).rounded());
    }

    public ObservableList<ColumnChoice> choices() {
        return choices;
    }

    public ObservableList<RankingColumn> shownColumns() {
        return shownColumns;
    }

    public ObjectProperty<RankingColumn> rankByProperty() {
        return rankBy;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObservableList<RankingRow> rows() {
        return rows;
    }

    /// True when more creators sold in the period than the rows shown.
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /// "Showing the top N creators …" while more are left to read; empty once all show.
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    ExportTable exportTable() {
        List<String> header = new ArrayList<>(List.of(messages.get("insights.rank.position"),
                messages.get("insights.rank.creator"), messages.get("insights.col.currency")));
        shownColumns.forEach(c -> header.add(messages.get(c.messageKey())));
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CreatorFigures c = ranked.get(i);
            List<Object> row = new ArrayList<>(List.of(i + 1, c.handle(), c.figures().currency()));
            shownColumns.forEach(column -> row.add(column.money()
                    ? ExportTable.amount(RankingColumn.asAmount(column.value(c)), c.figures().currency())
                    : column.value(c)));
            out.add(row);
        }
        return new ExportTable(messages.get("insights.rank.title"), header, out);
    }
}
