package dev.sellerworkbench.ui.creators;

import static dev.sellerworkbench.ui.common.TableColumns.text;
import static dev.sellerworkbench.ui.creators.FilterControls.choice;
import static dev.sellerworkbench.ui.creators.FilterControls.debounced;

import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.exchange.ExportFormat;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorQuery.Declining;
import dev.sellerworkbench.search.CreatorQuery.Sort;
import dev.sellerworkbench.search.SearchLanguage;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import dev.sellerworkbench.ui.creators.CreatorFilters.AudienceMode;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

/// The Find Creators screen: filter bar, the virtualised result table that pages as it scrolls,
/// and a side pane with the selected creator, saved lists and recommendations.
public final class FindCreatorsView implements Screen {

    /// Rows from the end at which the table asks for the next page.
    private static final int PREFETCH = 30;

    @FXML private Label summary;
    @FXML private Label note;
    @FXML private Label gmvRanking;
    @FXML private Button exportCsv;
    @FXML private Button exportXlsx;
    @FXML private TextField searchText;
    @FXML private Label queryError;
    @FXML private javafx.scene.control.MenuButton savedSearches;
    @FXML private Label savedMessage;
    @FXML private ComboBox<Region> region;
    @FXML private CheckComboBox<Integer> levels;
    @FXML private TextField followersMin;
    @FXML private RangeSlider followersRange;
    @FXML private TextField followersMax;
    @FXML private ComboBox<AudienceMode> genderMode;
    @FXML private ComboBox<Gender> gender;
    @FXML private Spinner<Integer> genderPercent;
    @FXML private ComboBox<AudienceMode> ageMode;
    @FXML private ComboBox<Integer> ageBand;
    @FXML private Spinner<Integer> agePercent;
    @FXML private ComboBox<String> category;
    @FXML private ComboBox<ContentType> contentType;
    @FXML private TextField gmvMin;
    @FXML private TextField gmvMax;
    @FXML private TextField engagementMin;
    @FXML private TextField engagementMax;
    @FXML private ComboBox<Declining> declining;
    @FXML private ComboBox<CreatorFilters.ContactedMode> contactedMode;
    @FXML private TextField contactedDays;
    @FXML private ComboBox<Sort> sort;
    @FXML private CheckBox ascending;
    @FXML private TableView<CreatorRow> table;
    @FXML private TableColumn<CreatorRow, String> handleColumn;
    @FXML private TableColumn<CreatorRow, CreatorRow> levelColumn;
    @FXML private TableColumn<CreatorRow, String> followersColumn;
    @FXML private TableColumn<CreatorRow, String> viewsColumn;
    @FXML private TableColumn<CreatorRow, String> videosColumn;
    @FXML private TableColumn<CreatorRow, String> gmvColumn;
    @FXML private TableColumn<CreatorRow, String> engagementColumn;
    @FXML private TableColumn<CreatorRow, String> audienceColumn;
    @FXML private TableColumn<CreatorRow, String> regionColumn;
    @FXML private TableColumn<CreatorRow, String> categoriesColumn;
    @FXML private SplitPane split;

    private final Messages messages;
    private final FindCreatorsViewModel viewModel;
    private final ObjectProperty<Integer> genderPercentValue;
    private final ObjectProperty<Integer> agePercentValue;
    private final ObjectProperty<Integer> ageBandValue;
    private final Parent root;
    private final CreatorSidePaneView side;

    private final AppContext context;

    public FindCreatorsView(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new FindCreatorsViewModel(context.workspace(), context.services().plans(),
                context.services().levels(), context.services().search(), context.services().categories(), context.services()::savedSearches,
                context.tasks(), context.messages(), context.formats(), context.clock(), context.preferences());
        CreatorFilters f = viewModel.filters();
        this.genderPercentValue = f.genderPercentProperty().asObject();
        this.agePercentValue = f.agePercentProperty().asObject();
        this.ageBandValue = f.ageBandProperty().asObject();
        this.side = new CreatorSidePaneView(viewModel,
                new SimilarCreatorsViewModel(context.workspace(), context.services().search(), context.tasks(),
                        context.messages(), viewModel.detail().creatorProperty()), messages);
        // the chosen creator's free samples (R-SA-1 … R-SA-3), in a tab of their own
        ((javafx.scene.control.TabPane) side.root()).getTabs().add(
                new dev.sellerworkbench.ui.samples.CreatorSamplesTab(context, viewModel.detail().creatorProperty()).tab());
        side.fitTabHeaders();
        this.root = Fxml.load(this, "FindCreators.fxml", messages);
    }

    @FXML
    private void initialize() {
        CreatorFilters f = viewModel.filters();
        summary.textProperty().bind(viewModel.summaryProperty());
        note.textProperty().bind(viewModel.noteProperty());
        gmvRanking.textProperty().bind(viewModel.gmvRankingProperty());
        exportCsv.disableProperty().bind(viewModel.indexReadyProperty().not());
        exportXlsx.disableProperty().bind(viewModel.indexReadyProperty().not());
        bindQuery();
        bindSavedSearches();
        choice(region, Arrays.asList(Region.values()), f.regionProperty(), Region::name, messages.get("search.ui.anyRegion"));
        FilterBindings bindings = new FilterBindings();
        bindings.levels(levels, f.levels(), messages);
        bindings.followers(followersRange, followersMin, followersMax, f);
        List<AudienceMode> modes = Arrays.asList(AudienceMode.values());
        choice(genderMode, modes, f.genderModeProperty(), m -> messages.get("search.ui.mode." + key(m)), null);
        choice(gender, Arrays.asList(Gender.values()), f.genderProperty(), g -> messages.get("search.gender." + key(g)), null);
        percentSpinner(genderPercent, genderPercentValue, f.genderModeProperty());
        gender.disableProperty().bind(f.genderModeProperty().isEqualTo(AudienceMode.ANY));
        choice(ageMode, modes, f.ageModeProperty(), m -> messages.get("search.ui.mode." + key(m)), null);
        choice(ageBand, IntStream.range(0, 5).boxed().toList(), ageBandValue,
                b -> dev.sellerworkbench.domain.Audience.AGE_BANDS[b], null);
        percentSpinner(agePercent, agePercentValue, f.ageModeProperty());
        ageBand.disableProperty().bind(f.ageModeProperty().isEqualTo(AudienceMode.ANY));
        category.setItems(viewModel.recommendations().categories());
        category.valueProperty().bindBidirectional(f.categoryProperty());
        CategoryChoices.byName(category, viewModel.categoryNamesProperty());
        choice(contentType, Arrays.asList(ContentType.values()), f.contentTypeProperty(),
                t -> messages.get("search.ui.content." + key(t)), messages.get("search.ui.anyContent"));
        debounced(gmvMin, f.gmvMinProperty());
        debounced(gmvMax, f.gmvMaxProperty());
        gmvMin.disableProperty().bind(f.regionProperty().isNull());
        gmvMax.disableProperty().bind(f.regionProperty().isNull());
        debounced(engagementMin, f.engagementMinProperty());
        debounced(engagementMax, f.engagementMaxProperty());
        choice(declining, Arrays.asList(Declining.values()), f.decliningProperty(),
                d -> messages.get("search.ui.declining." + key(d)), null);
        choice(contactedMode, Arrays.asList(CreatorFilters.ContactedMode.values()), f.contactedModeProperty(),
                m -> messages.get("search.ui.contacted." + key(m)), null);
        debounced(contactedDays, f.contactedDaysProperty());
        contactedDays.visibleProperty().bind(f.contactedModeProperty().isEqualTo(CreatorFilters.ContactedMode.WITHIN));
        contactedDays.managedProperty().bind(contactedDays.visibleProperty());
        choice(sort, Arrays.asList(Sort.values()), f.sortProperty(), s -> messages.get("search.ui.sort." + s.code()), null);
        ascending.selectedProperty().bindBidirectional(f.ascendingProperty());
        bindTable();
        split.getItems().add(side.root());
    }

    /// The search box holds the whole query in the search language; an unreadable one marks the
    /// box and shows the message under it, and a context menu offers keys and values as one types.
    private void bindQuery() {
        debounced(searchText, viewModel.queryTextProperty());
        queryError.textProperty().bind(viewModel.queryErrorProperty());
        queryError.visibleProperty().bind(viewModel.queryErrorProperty().isNotEmpty());
        queryError.managedProperty().bind(queryError.visibleProperty());
        viewModel.queryErrorProperty().addListener((o, was, now) -> {
            searchText.getStyleClass().remove("query-error");
            if (!now.isEmpty()) {
                searchText.getStyleClass().add("query-error");
            }
        });
        ContextMenu completions = new ContextMenu();
        completions.setAutoHide(true);
        Runnable offer = () -> {
            if (!searchText.isFocused()) {
                completions.hide();
                return;
            }
            SearchLanguage.Suggestions s = viewModel.suggest(searchText.getText(), searchText.getCaretPosition());
            if (s.items().isEmpty()) {
                completions.hide();
                return;
            }
            completions.getItems().setAll(s.items().stream().limit(12).map(item -> {
                MenuItem menuItem = new MenuItem(item);
                menuItem.setMnemonicParsing(false);
                menuItem.setOnAction(e -> {
                    searchText.replaceText(s.from(), s.to(), item);
                    searchText.positionCaret(s.from() + item.length());
                });
                return menuItem;
            }).toList());
            if (!completions.isShowing()) {
                completions.show(searchText, Side.BOTTOM, 0, 0);
            }
        };
        // after the caret has followed the typed character: read at the change itself, the caret
        // is one behind and a chosen completion would keep the last character twice ("VNN")
        searchText.textProperty().addListener(o -> javafx.application.Platform.runLater(offer));
        searchText.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                completions.hide();
            }
        });
    }

    /// R-OUT-5: the saved searches, each with its new matches, opened, renamed or deleted from its
    /// submenu; the last item saves the current search under a name.
    private void bindSavedSearches() {
        SavedSearchesViewModel saved = viewModel.savedSearches();
        savedMessage.textProperty().bind(saved.messageProperty());
        savedMessage.managedProperty().bind(saved.messageProperty().isNotEmpty());
        savedMessage.visibleProperty().bind(saved.messageProperty().isNotEmpty());
        savedSearches.disableProperty().bind(viewModel.indexReadyProperty().not());
        Runnable fill = () -> {
            List<MenuItem> items = new java.util.ArrayList<>();
            for (var listed : saved.saved()) {
                javafx.scene.control.Menu menu = new javafx.scene.control.Menu(saved.label(listed));
                menu.setMnemonicParsing(false);
                MenuItem open = new MenuItem(messages.get("search.ui.saved.open"));
                open.setOnAction(e -> saved.open(listed));
                MenuItem rename = new MenuItem(messages.get("search.ui.saved.rename"));
                rename.setOnAction(e -> askName(listed.search().name()).ifPresent(name -> saved.rename(listed, name)));
                MenuItem delete = new MenuItem(messages.get("search.ui.saved.delete"));
                delete.setOnAction(e -> saved.delete(listed));
                menu.getItems().setAll(open, rename, delete);
                items.add(menu);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem(messages.get("search.ui.saved.none"));
                none.setDisable(true);
                items.add(none);
            }
            items.add(new javafx.scene.control.SeparatorMenuItem());
            MenuItem save = new MenuItem(messages.get("search.ui.saved.save"));
            save.setId("saveSearch");
            save.setOnAction(e -> askName("").ifPresent(saved::save));
            items.add(save);
            savedSearches.getItems().setAll(items);
        };
        saved.saved().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
        fill.run();
        savedSearches.setOnShowing(e -> saved.load());
    }

    private java.util.Optional<String> askName(String current) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(current);
        dialog.setTitle(messages.get("search.ui.saved"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get("search.ui.saved.namePrompt"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    private void percentSpinner(Spinner<Integer> spinner, ObjectProperty<Integer> value, ObjectProperty<AudienceMode> mode) {
        spinner.setValueFactory(new IntegerSpinnerValueFactory(0, 100, value.get(), 5));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.disableProperty().bind(mode.isNotEqualTo(AudienceMode.AT_LEAST));
    }

    private void bindTable() {
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CreatorRow>) c ->
                viewModel.select(new ArrayList<>(table.getSelectionModel().getSelectedItems())));
        text(handleColumn, r -> r.handle() + "  " + r.name());
        levelColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        levelColumn.setCellFactory(column -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(CreatorRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                } else {
                    badge.setText(row.level());
                    badge.getStyleClass().setAll(row.levelStyles());
                    setGraphic(badge);
                }
            }
        });
        text(followersColumn, CreatorRow::followers);
        text(viewsColumn, CreatorRow::avgViews);
        text(videosColumn, CreatorRow::videos);
        text(gmvColumn, CreatorRow::gmv);
        text(engagementColumn, CreatorRow::engagement);
        text(audienceColumn, CreatorRow::audience);
        text(regionColumn, CreatorRow::region);
        text(categoriesColumn, CreatorRow::categories);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CreatorRow row, boolean empty) {
                super.updateItem(row, empty);
                int index = getIndex();
                if (!empty && index >= table.getItems().size() - PREFETCH) {
                    // not during layout: the next page changes the items this row belongs to
                    Platform.runLater(() -> viewModel.rowShown(index, PREFETCH));
                }
            }
        });
        table.setContextMenu(side.contextMenu());
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void exportCsv() {
        export(ExportFormat.CSV);
    }

    @FXML
    private void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("search.ui.exportTitle"));
        chooser.setInitialFileName("creators." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("files.type." + format.extension()), "*." + format.extension()));
        dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, context.preferences());
        File file = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser.showSaveDialog(root.getScene().getWindow()));
        if (file != null) {
            viewModel.export(file.toPath(), format);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.activate();
    }

    @Override
    public void deactivate() {
        viewModel.deactivate();
    }

    /// For tests: the view-model behind the screen.
    FindCreatorsViewModel viewModel() {
        return viewModel;
    }
}
