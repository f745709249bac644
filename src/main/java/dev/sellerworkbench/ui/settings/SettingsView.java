package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.store.Backups;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.ConflictBar;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/// The Settings screen.
public final class SettingsView implements Screen {

    @FXML
    private Label workspace;
    @FXML
    private Label schema;
    @FXML
    private TextField shopName;
    @FXML
    private ComboBox<String> region;
    @FXML
    private ComboBox<String> currency;
    @FXML
    private ComboBox<String> timeZone;
    @FXML
    private ComboBox<String> rateCeiling;
    @FXML
    private TextField targetedCreators;
    @FXML
    private TextField afterSalesVN;
    @FXML
    private javafx.scene.layout.GridPane exchangeRates;
    @FXML
    private TextField afterSalesID;
    @FXML
    private TextField afterSalesTH;
    @FXML
    private TextField afterSalesMY;
    @FXML
    private TextField afterSalesPH;
    @FXML
    private TextField afterSalesSG;
    @FXML
    private TextField afterSalesGB;
    @FXML
    private TextField afterSalesUS;
    @FXML
    private javafx.scene.layout.VBox categoryNamesBox;
    @FXML
    private TextField afterSalesCN;
    @FXML
    private ComboBox<String> audienceGender;
    @FXML
    private TextField audienceGenderShare;
    @FXML
    private ComboBox<String> audienceAge;
    @FXML
    private TextField audienceAgeShare;
    @FXML
    private Label problem;
    @FXML
    private TextField staffName;
    @FXML
    private TextField expiryDays;
    @FXML
    private TextField samplesOverdueDays;
    @FXML
    private TextField followUpDays;
    @FXML
    private TextField weeklyLimit;
    @FXML
    private Button save;
    @FXML
    private Label status;
    @FXML
    private ConflictBar conflictBar;
    @FXML
    private ComboBox<Locale> language;
    @FXML
    private CheckBox dark;
    @FXML
    private Button applyAppearance;
    @FXML
    private ListView<Backups.Backup> backups;
    @FXML
    private Button backUp;
    @FXML
    private Button restore;
    @FXML
    private Button openFolder;
    @FXML
    private TextField teamUrl;
    @FXML
    private TextField teamUser;
    @FXML
    private javafx.scene.control.PasswordField teamPassword;
    @FXML
    private Button connectTeam;
    @FXML
    private Button useLocal;
    @FXML
    private Label teamStatus;
    @FXML
    private Label teamBackups;
    @FXML
    private ComboBox<String> levelProfile;
    @FXML
    private Label profileInfo;
    @FXML
    private Button loadProfile;
    @FXML
    private TextField levelMonth;
    @FXML
    private Button recompute;
    @FXML
    private Label levelStatus;
    @FXML
    private javafx.scene.control.ProgressBar recomputeProgress;
    @FXML
    private Button cancelRecompute;
    @FXML
    private Label recomputeSummary;
    @FXML
    private javafx.scene.control.TableView<LevelsViewModel.ThresholdRow> thresholdTable;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> thresholdRegion;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> thresholdLevel;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> thresholdGmv;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> thresholdCurrency;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> thresholdDays;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> thresholdProducts;
    @FXML
    private javafx.scene.control.TableView<LevelsViewModel.ScoreRow> scoreTable;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ScoreRow, String> scoreItem;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ScoreRow, String> scoreMin;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ScoreRow, String> scoreUnit;
    @FXML
    private javafx.scene.control.TableColumn<LevelsViewModel.ScoreRow, String> scoreValue;
    @FXML
    private Button exportProfile;
    @FXML
    private Button resetProfile;

    private final AppContext context;
    private final SettingsViewModel viewModel;
    private final LevelsViewModel levels;
    private final TeamWorkspaceViewModel team;
    private final CategoryNamesPane categories;
    private final Parent root;

    public SettingsView(AppContext context) {
        this.context = context;
        this.viewModel = new SettingsViewModel(context.workspace(), context.services().settings(), context.tasks(),
                context.messages(), context.formats(), context.clock(), context.preferences(), context.shell(),
                context.outreachCounter());
        this.levels = new LevelsViewModel(context.workspace(), context.services().recompute(),
                context.services().profiles(), context.services().search(), context.tasks(), context.messages(),
                context.formats(), context.clock());
        this.team = new TeamWorkspaceViewModel(context.workspace(), context.tasks(), context.messages(),
                context.preferences(), context.shell());
        this.categories = new CategoryNamesPane(context);
        this.root = Fxml.load(this, "Settings.fxml", context.messages());
    }

    @FXML
    private void initialize() {
        Messages messages = context.messages();
        categoryNamesBox.getChildren().add(categories.root());
        workspace.textProperty().bind(viewModel.workspaceProperty());
        schema.textProperty().bind(viewModel.schemaProperty());
        shopName.textProperty().bindBidirectional(viewModel.shopNameProperty());
        staffName.textProperty().bindBidirectional(viewModel.staffNameProperty());
        bindSettings(messages);
        problem.textProperty().bind(viewModel.problemProperty());
        status.textProperty().bind(viewModel.statusProperty());
        save.disableProperty().bind(viewModel.validProperty().not());
        save.setOnAction(e -> viewModel.save());
        conflictBar.bind(viewModel);

        language.getItems().setAll(Messages.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : messages.get("settings.language." + locale.toLanguageTag());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        dark.selectedProperty().bindBidirectional(viewModel.darkProperty());
        applyAppearance.setOnAction(e -> viewModel.applyAppearance());

        backups.setItems(viewModel.backups());
        backups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : viewModel.formatBackup(backup));
            }
        });
        backUp.setOnAction(e -> viewModel.backUpNow());
        restore.disableProperty().bind(Bindings.isNull(backups.getSelectionModel().selectedItemProperty()));
        restore.setOnAction(e -> confirmRestore(backups.getSelectionModel().getSelectedItem()));
        openFolder.setOnAction(e -> viewModel.openWorkspaceFolder());
        bindTeam();
        bindLevels(messages);
    }

    /// The seller's settings: pickers offer exactly the catalogue's choices, so no free text can
    /// name a region, currency or zone the engines do not know.
    private void bindSettings(Messages messages) {
        choices(region, SettingsCatalogue.REGION, code -> code);
        choices(currency, SettingsCatalogue.CURRENCY, code -> code);
        choices(timeZone, SettingsCatalogue.TIME_ZONE, id -> id);
        choices(rateCeiling, SettingsCatalogue.RATE_CEILING, percent -> messages.get("settings.rateCeiling.choice", percent));
        targetedCreators.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.TARGETED_CREATORS));
        expiryDays.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.EXPIRY_DAYS));
        samplesOverdueDays.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.SAMPLE_OVERDUE_DAYS));
        followUpDays.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.FOLLOW_UP_DAYS));
        weeklyLimit.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.WEEKLY_LIMIT));
        java.util.Map<Region, TextField> afterSales = java.util.Map.of(Region.VN, afterSalesVN, Region.ID, afterSalesID,
                Region.TH, afterSalesTH, Region.MY, afterSalesMY, Region.PH, afterSalesPH, Region.SG, afterSalesSG,
                Region.GB, afterSalesGB, Region.US, afterSalesUS, Region.CN, afterSalesCN);
        afterSales.forEach((market, field) ->
                field.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.afterSales(market))));
        // one field per currency other than the shop's own would need; three to a row (R-ST-6)
        int cell = 0;
        for (String code : new java.util.TreeSet<>(SettingsCatalogue.CURRENCIES)) {
            TextField rate = new TextField();
            rate.setId("fx" + code);
            rate.setPrefColumnCount(14);
            rate.setPromptText("31500 2026-11-01");
            rate.textProperty().bindBidirectional(viewModel.field(SettingsCatalogue.exchangeRate(code)));
            exchangeRates.add(new javafx.scene.control.Label(code), (cell % 3) * 2, cell / 3);
            exchangeRates.add(rate, (cell % 3) * 2 + 1, cell / 3);
            cell++;
        }
        AudienceForm audience = viewModel.audience();
        audienceGender.getItems().setAll(AudienceForm.GENDERS);
        audienceGender.setConverter(labels(g -> g.isEmpty() ? messages.get("settings.audience.any")
                : messages.get("search.gender." + g)));
        audienceGender.valueProperty().bindBidirectional(audience.genderProperty());
        audienceGenderShare.textProperty().bindBidirectional(audience.genderShareProperty());
        audienceAge.getItems().setAll(AudienceForm.AGE_BANDS);
        audienceAge.setConverter(labels(a -> a.isEmpty() ? messages.get("settings.audience.any") : a));
        audienceAge.valueProperty().bindBidirectional(audience.ageProperty());
        audienceAgeShare.textProperty().bindBidirectional(audience.ageShareProperty());
    }

    private void choices(ComboBox<String> box, String key, java.util.function.Function<String, String> label) {
        box.getItems().setAll(SettingsCatalogue.get(key).choices());
        box.setConverter(labels(label));
        box.valueProperty().bindBidirectional(viewModel.field(key));
    }

    private static StringConverter<String> labels(java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private void bindTeam() {
        teamUrl.textProperty().bindBidirectional(team.teamUrlProperty());
        teamUser.textProperty().bindBidirectional(team.teamUserProperty());
        teamPassword.textProperty().bindBidirectional(team.teamPasswordProperty());
        teamStatus.textProperty().bind(team.teamStatusProperty());
        connectTeam.disableProperty().bind(team.teamValidProperty().not());
        connectTeam.setOnAction(e -> team.connectTeam());
        useLocal.visibleProperty().bind(team.teamProperty());
        useLocal.managedProperty().bind(useLocal.visibleProperty());
        useLocal.setOnAction(e -> team.useLocal());
        // a team workspace is backed up on its server: the local backup controls do not apply
        teamBackups.visibleProperty().bind(team.teamProperty());
        teamBackups.managedProperty().bind(teamBackups.visibleProperty());
        backups.disableProperty().bind(team.teamProperty());
        backUp.disableProperty().bind(team.teamProperty());
        openFolder.disableProperty().bind(team.teamProperty());
    }

    private void bindLevels(Messages messages) {
        levelProfile.getItems().setAll(dev.sellerworkbench.level.LevelProfiles.BUILT_IN);
        levelProfile.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : messages.get("settings.levels.profile." + id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        levelProfile.valueProperty().bindBidirectional(levels.profileProperty());
        levelProfile.setOnAction(e -> {
            if (levelProfile.getValue() != null) {
                levels.choose(levelProfile.getValue());
            }
        });
        profileInfo.textProperty().bind(levels.profileInfoProperty());
        loadProfile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                levels.install(file.toPath());
            }
        });
        levelMonth.textProperty().bindBidirectional(levels.monthProperty());
        recompute.disableProperty().bind(levels.monthValidProperty().not().or(levels.runningProperty()));
        recompute.setOnAction(e -> levels.recompute());
        levels.confirmationProperty().addListener((obs, was, asked) -> {
            if (asked != null) {
                javafx.application.Platform.runLater(() -> levels.answer(confirmRecompute(asked)));
            }
        });
        levelStatus.textProperty().bind(levels.statusProperty());
        // which month and profile; while it runs, its progress and a cancel that leaves the month as it was
        recomputeSummary.textProperty().bind(levels.summaryProperty());
        recomputeProgress.progressProperty().bind(context.tasks().progressProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[]{recomputeProgress, cancelRecompute}) {
            n.visibleProperty().bind(levels.runningProperty());
            n.managedProperty().bind(levels.runningProperty());
        }
        cancelRecompute.setOnAction(e -> levels.cancel());
        bindThresholds(messages);
    }

    /// The active profile's thresholds, edited in place: each value is validated with the whole
    /// profile and stored in the workspace; a refused one is put back and the message names it.
    private void bindThresholds(Messages messages) {
        thresholdTable.setItems(levels.thresholds());
        thresholdRegion.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                messages.has("region." + c.getValue().region().name()) ? messages.get("region." + c.getValue().region().name())
                        : c.getValue().region().name()));
        thresholdLevel.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                messages.get("levels.value", String.valueOf(c.getValue().level()))));
        thresholdCurrency.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().currency()));
        editable(thresholdGmv, LevelsViewModel.ThresholdRow::gmv, dev.sellerworkbench.service.WorkspaceProfiles.Field.GMV);
        editable(thresholdDays, LevelsViewModel.ThresholdRow::activeDays,
                dev.sellerworkbench.service.WorkspaceProfiles.Field.ACTIVE_DAYS);
        editable(thresholdProducts, LevelsViewModel.ThresholdRow::products,
                dev.sellerworkbench.service.WorkspaceProfiles.Field.PRODUCTS);
        bindScores();
        exportProfile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            chooser.setInitialFileName(levels.profileProperty().get() + ".json");
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                levels.export(file.toPath());
            }
        });
        resetProfile.setOnAction(e -> levels.resetToShipped());
    }

    /// A score profile's gate and bands take the threshold table's place, edited the same way
    /// (R-LV-5..7); a gate row has no score to edit.
    private void bindScores() {
        thresholdTable.visibleProperty().bind(levels.scoreProfileProperty().not());
        thresholdTable.managedProperty().bind(levels.scoreProfileProperty().not());
        scoreTable.visibleProperty().bind(levels.scoreProfileProperty());
        scoreTable.managedProperty().bind(levels.scoreProfileProperty());
        scoreTable.setItems(levels.scores());
        scoreItem.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().item()));
        scoreUnit.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().unit()));
        editableScore(scoreMin, LevelsViewModel.ScoreRow::min, false);
        editableScore(scoreValue, LevelsViewModel.ScoreRow::score, true);
    }

    private void editableScore(javafx.scene.control.TableColumn<LevelsViewModel.ScoreRow, String> column,
                               java.util.function.Function<LevelsViewModel.ScoreRow, String> value, boolean score) {
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        column.setCellFactory(col -> new javafx.scene.control.cell.TextFieldTableCell<>(
                new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void startEdit() {
                LevelsViewModel.ScoreRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && (!score || row.scoreField() != null)) {
                    super.startEdit();
                }
            }
        });
        column.setOnEditCommit(e -> {
            if (e.getRowValue() != null && !java.util.Objects.equals(e.getOldValue(), e.getNewValue())) {
                levels.editScore(e.getRowValue(), score, e.getNewValue());
            }
        });
    }

    private void editable(javafx.scene.control.TableColumn<LevelsViewModel.ThresholdRow, String> column,
                          java.util.function.Function<LevelsViewModel.ThresholdRow, String> value,
                          dev.sellerworkbench.service.WorkspaceProfiles.Field field) {
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        column.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            if (e.getRowValue() != null && !java.util.Objects.equals(e.getOldValue(), e.getNewValue())) {
                levels.edit(e.getRowValue(), field, e.getNewValue());
            }
        });
    }

    /// Recomputing a month older than the newest official month: say what stays before doing it
    /// (R-LV-11). The buttons carry the bundle's words, not the toolkit's.
    private boolean confirmRecompute(LevelsViewModel.Confirmation asked) {
        ButtonType ok = new ButtonType(asked.ok(), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(asked.cancel(), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, asked.text(), ok, cancel);
        alert.setTitle(asked.title());
        alert.setHeaderText(asked.title());
        alert.initOwner(root.getScene().getWindow());
        return alert.showAndWait().orElse(cancel) == ok;
    }

    /// Restoring replaces today's work with the backup's: say what would be lost before doing it.
    private void confirmRestore(Backups.Backup backup) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                context.messages().get("settings.restore.confirm", viewModel.formatBackup(backup)));
        alert.setHeaderText(context.messages().get("settings.restore"));
        if (alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            viewModel.restore(backup);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
        levels.load();
        categories.activate();
    }
}
