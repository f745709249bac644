package dev.sellerworkbench.ui.invitations;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.ConflictBar;
import dev.sellerworkbench.ui.common.Fxml;
import dev.sellerworkbench.ui.common.Screen;
import dev.sellerworkbench.ui.common.UiCommand;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/// The Invitations screen: per invited creator the WhatsApp link or why there is none, copy and
/// open actions, export of the plan's invitations, a token check, and the "Message & contact" pane.
public final class InvitationsView implements Screen {

    @FXML
    private ListView<Plan> planList;
    @FXML
    private CheckBox allPlansSwitch;
    @FXML
    private VBox collabHolder;
    @FXML
    private TableView<InvitedRow> table;
    @FXML
    private TableColumn<InvitedRow, String> creatorColumn;
    @FXML
    private TableColumn<InvitedRow, String> nameColumn;
    @FXML
    private TableColumn<InvitedRow, String> statusColumn;
    @FXML
    private TableColumn<InvitedRow, String> languageColumn;
    @FXML
    private TableColumn<InvitedRow, String> whatsappColumn;
    @FXML
    private TableColumn<InvitedRow, String> invitedColumn;
    @FXML
    private TextField tokenField;
    @FXML
    private Button verifyButton;
    @FXML
    private Label verifyResult;
    @FXML
    private Button exportButton;
    @FXML
    private Label planWarning;
    @FXML
    private Label exportSummary;
    @FXML
    private ComboBox<Locale> languageChoice;
    @FXML
    private Button copyLinkButton;
    @FXML
    private Button copyWhatsappButton;
    @FXML
    private Button copyMessageButton;
    @FXML
    private Button openButton;
    @FXML
    private Label notice;
    @FXML
    private Label whatsappLink;
    @FXML
    private TextArea messageArea;
    @FXML
    private TextField whatsappField;
    @FXML
    private CheckBox whatsappHidden;
    @FXML
    private TextField emailField;
    @FXML
    private CheckBox emailHidden;
    @FXML
    private TextField linkTemplateField;
    @FXML
    private ComboBox<Locale> templateLanguage;
    @FXML
    private Button restoreButton;
    @FXML
    private TextArea templateArea;
    @FXML
    private Label placeholders;
    @FXML
    private Label templateWarning;
    @FXML
    private TextArea previewArea;
    @FXML
    private Button saveButton;
    @FXML
    private Label saveStatus;
    @FXML
    private ConflictBar conflictBar;

    @FXML
    private javafx.scene.control.TabPane tabs;
    @FXML
    private javafx.scene.control.Tab creatorsTab;
    @FXML
    private javafx.scene.control.Tab messageTab;

    private final AppContext context;
    private final InvitationsViewModel viewModel;
    private final OutreachViewModel outreach;
    private final Parent root;

    public InvitationsView(AppContext context) {
        this.context = context;
        this.viewModel = new InvitationsViewModel(context.workspace(), context.services().plans(),
                context.services().collaborations(), context.services().search(), context.services().invitations(),
                context.tasks(), context.messages(), context.formats(), context.clock(), context.links(),
                context.outreachCounter(), InvitationsView::copyToClipboard);
        this.outreach = new OutreachViewModel(context.workspace(), context.services().outreach(), context.tasks(),
                context.messages(), context.formats());
        viewModel.afterSent(this::reloadOutreach);
        viewModel.confirmWith(this::confirm);
        this.root = Fxml.load(this, "Invitations.fxml", context.messages());
    }

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void initialize() {
        planList.setItems(viewModel.plans());
        allPlansSwitch.selectedProperty().bindBidirectional(viewModel.showAllPlansProperty());
        CollaborationBar bar = new CollaborationBar(context.messages(), viewModel.collaborations(),
                () -> viewModel.currentProperty().get() == null ? List.of()
                        : List.of(viewModel.currentProperty().get().invitation().creatorId()),
                viewModel.currentProperty().isNotNull(), null);
        collabHolder.getChildren().setAll(bar.root());
        planList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Plan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.name());
            }
        });
        planList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> planList.getSelectionModel().select(now));

        table.setItems(viewModel.invited());
        text(creatorColumn, InvitedRow::creator);
        text(nameColumn, InvitedRow::name);
        text(statusColumn, InvitedRow::status);
        text(languageColumn, InvitedRow::language);
        text(whatsappColumn, InvitedRow::whatsapp);
        text(invitedColumn, InvitedRow::invited);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.currentProperty().set(now));
        viewModel.currentProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        StringConverter<Locale> languageNames = new StringConverter<>() {
            @Override
            public String toString(Locale language) {
                return viewModel.languageName(language);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        };
        languageChoice.setItems(viewModel.messageContact().languages());
        languageChoice.setConverter(languageNames);
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        languageChoice.disableProperty().bind(viewModel.currentProperty().isNull());
        bind(copyLinkButton, viewModel.copyLinkCommand());
        bind(copyWhatsappButton, viewModel.copyWhatsappCommand());
        bind(copyMessageButton, viewModel.copyMessageCommand());
        bind(openButton, viewModel.openWhatsappCommand());
        notice.textProperty().bind(viewModel.noticeProperty());
        whatsappLink.textProperty().bind(viewModel.whatsappProperty());
        // the link runs to hundreds of characters: two lines show, the tooltip and Copy link the rest
        javafx.scene.control.Tooltip wholeLink = new javafx.scene.control.Tooltip();
        wholeLink.textProperty().bind(whatsappLink.textProperty());
        wholeLink.setWrapText(true);
        wholeLink.setMaxWidth(600);
        whatsappLink.setTooltip(wholeLink);
        whatsappLink.getStyleClass().add(dev.sellerworkbench.ui.common.Fit.LONG_TEXT_STYLE);
        messageArea.textProperty().bind(viewModel.messageProperty());
        planWarning.textProperty().bind(viewModel.planWarningProperty());
        exportSummary.textProperty().bind(viewModel.exportSummaryProperty());
        exportSummary.managedProperty().bind(exportSummary.textProperty().isNotEmpty());
        planWarning.managedProperty().bind(planWarning.textProperty().isNotEmpty());
        exportButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        exportButton.setOnAction(e -> chooseExportFolder());

        tokenField.textProperty().bindBidirectional(viewModel.tokenProperty());
        tokenField.setOnAction(e -> viewModel.verifyCommand().execute());
        bind(verifyButton, viewModel.verifyCommand());
        verifyResult.textProperty().bind(viewModel.verifyResultProperty());

        MessageContactViewModel pane = viewModel.messageContact();
        whatsappField.textProperty().bindBidirectional(pane.whatsappProperty());
        whatsappHidden.selectedProperty().bindBidirectional(pane.whatsappHiddenProperty());
        emailField.textProperty().bindBidirectional(pane.emailProperty());
        emailHidden.selectedProperty().bindBidirectional(pane.emailHiddenProperty());
        linkTemplateField.textProperty().bindBidirectional(pane.linkTemplateProperty());
        templateLanguage.setItems(pane.languages());
        templateLanguage.setConverter(languageNames);
        templateLanguage.valueProperty().bindBidirectional(pane.templateLanguageProperty());
        templateArea.textProperty().bindBidirectional(pane.templateProperty());
        placeholders.setText(pane.placeholdersHelp());
        templateWarning.textProperty().bind(pane.warningProperty());
        templateWarning.managedProperty().bind(templateWarning.textProperty().isNotEmpty());
        previewArea.textProperty().bind(pane.previewProperty());
        bind(restoreButton, pane.restoreDefaultCommand());
        bind(saveButton, pane.saveCommand());
        saveStatus.textProperty().bind(pane.statusProperty());
        conflictBar.bind(pane);

        OutreachTabs outreachTabs = new OutreachTabs(context.messages(), outreach, (planId, creatorId) -> {
            viewModel.show(planId, creatorId);
            tabs.getSelectionModel().select(creatorsTab);
        });
        tabs.getTabs().addAll(outreachTabs.followUpsTab(), outreachTabs.logTab());
        // the follow-ups and the log are read when one of their tabs is shown, not with the screen
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> reloadOutreach());
    }

    private void reloadOutreach() {
        javafx.scene.control.Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown != null && shown != creatorsTab && shown != messageTab) {
            outreach.load();
        }
    }

    private static void bind(Button button, UiCommand command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
    }

    /// R-OUT-4: asks before a message that would pass the week's outreach limit.
    private boolean confirm(String question) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, question,
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        alert.setTitle(context.messages().get("invitations.week.title"));
        alert.setHeaderText(null);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    private void chooseExportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(context.messages().get("invitations.export.choose"));
        dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, context.preferences());
        File folder = dev.sellerworkbench.ui.common.FileChoosers.remember(context.preferences(), chooser.showDialog(root.getScene().getWindow()));
        if (folder != null) {
            viewModel.export(folder.toPath());
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
        reloadOutreach();
    }
}
