package org.pothos.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;
import org.pothos.library.LabelWriteMode;
import org.pothos.ui.common.Popups;

/**
 * The settings dialog: loads SettingsDialog.fxml with itself as controller, binds the controls to
 * a {@link SettingsViewModel}, and turns OK, Apply and Cancel into the ViewModel's apply and
 * cancel. Apply keeps the dialog open.
 */
public final class SettingsDialog extends Dialog<ButtonType> {

    /** The dialog's tabs, for {@link #select}. */
    public enum Section { ENDPOINTS, MODEL, ANALYSIS, APPEARANCE, FILES }

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final SettingsViewModel viewModel;
    private final SettingsTexts texts;
    private final ButtonType okType;
    private final ButtonType applyType;

    @FXML private TabPane tabs;
    @FXML private Tab endpointsTab;
    @FXML private Tab modelTab;
    @FXML private Tab analysisTab;
    @FXML private Tab appearanceTab;
    @FXML private Tab filesTab;
    @FXML private RadioButton writeOffRadio;
    @FXML private RadioButton writeSidecarRadio;
    @FXML private RadioButton writeEmbedRadio;
    @FXML private HBox embedWarning;
    @FXML private Label filesStatus;
    @FXML private TableView<EndpointItemViewModel> endpointTable;
    @FXML private TableColumn<EndpointItemViewModel, Boolean> defaultColumn;
    @FXML private TableColumn<EndpointItemViewModel, String> nameColumn;
    @FXML private TableColumn<EndpointItemViewModel, String> urlColumn;
    @FXML private TableColumn<EndpointItemViewModel, Boolean> enabledColumn;
    @FXML private TableColumn<EndpointItemViewModel, Integer> maxConcurrentColumn;
    @FXML private Button setDefaultButton;
    @FXML private Button testButton;
    @FXML private Button removeButton;
    @FXML private ProgressIndicator testProgress;
    @FXML private Label endpointStatus;
    @FXML private TextField newNameField;
    @FXML private TextField newUrlField;
    @FXML private PasswordField newTokenField;
    @FXML private Button addButton;
    @FXML private Label addError;
    @FXML private ComboBox<EndpointItemViewModel> modelEndpointChoice;
    @FXML private ComboBox<String> modelChoice;
    @FXML private Button refreshModelsButton;
    @FXML private ProgressIndicator modelsProgress;
    @FXML private Label modelMessage;
    @FXML private HBox pullCommandBox;
    @FXML private TextField pullCommandField;
    @FXML private Spinner<Integer> concurrencySpinner;
    @FXML private Label effectiveConcurrencyLabel;
    @FXML private ComboBox<Integer> uploadEdgeChoice;
    @FXML private Spinner<Integer> timeoutSpinner;
    @FXML private CheckBox analyseAfterImportCheck;
    @FXML private CheckBox titleCheck;
    @FXML private CheckBox descriptionCheck;
    @FXML private CheckBox tagsCheck;
    @FXML private CheckBox categoriesCheck;
    @FXML private Spinner<Integer> maxTagsSpinner;
    @FXML private Spinner<Integer> maxCategoriesSpinner;
    @FXML private ComboBox<OutputLanguage> outputLanguageChoice;
    @FXML private TextArea customPromptArea;
    @FXML private ComboBox<CustomPromptMode> promptModeChoice;
    @FXML private ComboBox<Theme> themeChoice;
    @FXML private ComboBox<UiLanguage> uiLanguageChoice;

    /** A dialog in the default locale's language, which the application sets to the chosen UI language. */
    public SettingsDialog(Window owner, SettingsViewModel viewModel) {
        this(owner, viewModel, SettingsTexts.forLocale(Locale.getDefault()).bundle());
    }

    public SettingsDialog(Window owner, SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.texts = new SettingsTexts(bundle);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(bundle.getString("dialog.title"));
        setResizable(true);
        setDialogPane(load(bundle));
        Popups.styleUnder(getDialogPane());
        okType = new ButtonType(bundle.getString("button.ok"), ButtonData.OK_DONE);
        applyType = new ButtonType(bundle.getString("button.apply"), ButtonData.APPLY);
        ButtonType cancelType = new ButtonType(bundle.getString("button.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(okType, cancelType, applyType);
        bindButtons();
        setOnHidden(event -> {
            if (getResult() != okType) {
                viewModel.cancel();
            }
        });
        viewModel.load();
    }

    private DialogPane load(ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(SettingsDialog.class.getResource("SettingsDialog.fxml"), bundle);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the settings dialog", e);
        }
    }

    /** Opens the dialog on the given tab; for a "set up a model" link elsewhere in the window. */
    public void select(Section section) {
        tabs.getSelectionModel().select(switch (section) {
            case ENDPOINTS -> endpointsTab;
            case MODEL -> modelTab;
            case ANALYSIS -> analysisTab;
            case APPEARANCE -> appearanceTab;
            case FILES -> filesTab;
        });
    }

    private void bindButtons() {
        Button ok = (Button) getDialogPane().lookupButton(okType);
        ok.disableProperty().bind(viewModel.validProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.apply()) {
                event.consume();
            }
        });
        Button apply = (Button) getDialogPane().lookupButton(applyType);
        BooleanExpression dirty = viewModel.fileWriting() == null ? viewModel.dirtyProperty()
                : viewModel.dirtyProperty().or(viewModel.fileWriting().dirtyProperty());
        apply.disableProperty().bind(dirty.not().or(viewModel.validProperty().not()));
        apply.addEventFilter(ActionEvent.ACTION, event -> {
            // Consumed so that the dialog stays open: Apply saves, it does not close.
            viewModel.apply();
            event.consume();
        });
    }

    @FXML
    private void initialize() {
        bindEndpoints();
        bindModel();
        bindAnalysis();
        bindAppearance();
        bindFiles();
    }

    private void bindFiles() {
        FileWritingViewModel files = viewModel.fileWriting();
        if (files == null) {
            tabs.getTabs().remove(filesTab);
            return;
        }
        Map<LabelWriteMode, RadioButton> radios = Map.of(LabelWriteMode.OFF, writeOffRadio, LabelWriteMode.SIDECAR, writeSidecarRadio,
                LabelWriteMode.EMBED, writeEmbedRadio);
        ToggleGroup group = new ToggleGroup();
        radios.forEach((mode, radio) -> {
            radio.setToggleGroup(group);
            radio.setUserData(mode);
        });
        radios.get(files.modeProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                files.modeProperty().set((LabelWriteMode) now.getUserData());
            }
        });
        files.modeProperty().addListener((obs, old, now) -> radios.get(now).setSelected(true));
        embedWarning.visibleProperty().bind(files.embedChosenProperty());
        embedWarning.managedProperty().bind(embedWarning.visibleProperty());
        filesStatus.textProperty().bind(files.statusProperty());
    }

    private void bindEndpoints() {
        EndpointsViewModel endpoints = viewModel.endpoints();
        endpointTable.setItems(endpoints.items());
        defaultColumn.setCellValueFactory(c -> new ReadOnlyBooleanWrapper(c.getValue().isDefault()).getReadOnlyProperty());
        defaultColumn.setCellFactory(c -> new DefaultMarkerCell(texts.bundle().getString("endpoints.default.tooltip")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getName()));
        urlColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getUrl()));
        enabledColumn.setCellValueFactory(c -> c.getValue().enabledProperty());
        enabledColumn.setCellFactory(CheckBoxTableCell.forTableColumn(enabledColumn));
        maxConcurrentColumn.setCellValueFactory(c -> c.getValue().maxConcurrentProperty());
        maxConcurrentColumn.setCellFactory(c -> new MaxConcurrentCell());

        // The table's selection is read-only: mirror it into the ViewModel and back after reloads.
        endpointTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> endpoints.selectedProperty().set(now));
        endpoints.selectedProperty().addListener((obs, old, now) -> {
            if (endpointTable.getSelectionModel().getSelectedItem() != now) {
                endpointTable.getSelectionModel().select(now);
            }
        });

        setDefaultButton.disableProperty().bind(endpoints.selectedProperty().isNull());
        removeButton.disableProperty().bind(endpoints.selectedProperty().isNull());
        testButton.disableProperty().bind(endpoints.selectedProperty().isNull().or(endpoints.testingProperty()));
        testProgress.visibleProperty().bind(endpoints.testingProperty());
        testProgress.managedProperty().bind(endpoints.testingProperty());
        endpointStatus.textProperty().bind(endpoints.statusProperty());
        endpointStatus.managedProperty().bind(endpoints.statusProperty().isNotEmpty());
        showAsError(endpointStatus, endpoints.statusIsErrorProperty());

        newNameField.textProperty().bindBidirectional(endpoints.newNameProperty());
        newUrlField.textProperty().bindBidirectional(endpoints.newUrlProperty());
        newTokenField.textProperty().bindBidirectional(endpoints.newTokenProperty());
        addButton.disableProperty().bind(endpoints.addingProperty());
        addError.textProperty().bind(endpoints.addErrorProperty());
        addError.managedProperty().bind(endpoints.addErrorProperty().isNotEmpty());
    }

    private void bindModel() {
        ModelChoiceViewModel models = viewModel.models();
        modelEndpointChoice.setItems(models.endpoints());
        modelEndpointChoice.valueProperty().bindBidirectional(models.endpointProperty());
        modelChoice.setItems(models.visionModels());
        modelChoice.valueProperty().bindBidirectional(models.modelProperty());
        modelChoice.disableProperty().bind(models.loadingProperty());
        refreshModelsButton.disableProperty().bind(models.loadingProperty().or(models.endpointProperty().isNull()));
        modelsProgress.visibleProperty().bind(models.loadingProperty());
        modelMessage.textProperty().bind(models.messageProperty());
        modelMessage.managedProperty().bind(models.messageProperty().isNotEmpty());
        showAsError(modelMessage, models.messageIsErrorProperty());
        pullCommandField.setText(models.pullCommand());
        pullCommandBox.visibleProperty().bind(models.noVisionModelProperty());
        pullCommandBox.managedProperty().bind(models.noVisionModelProperty());
    }

    private void bindAnalysis() {
        bindSpinner(concurrencySpinner, PothosPreferences.MIN_CONCURRENCY, PothosPreferences.MAX_CONCURRENCY, 1,
                viewModel.concurrencyProperty());
        effectiveConcurrencyLabel.textProperty().bind(viewModel.effectiveConcurrencyProperty());
        bindSpinner(timeoutSpinner, PothosPreferences.MIN_TIMEOUT_SECONDS, PothosPreferences.MAX_TIMEOUT_SECONDS, 30,
                viewModel.requestTimeoutSecondsProperty());
        bindSpinner(maxTagsSpinner, 1, PothosPreferences.MAX_TAGS_LIMIT, 1, viewModel.maxTagsProperty());
        bindSpinner(maxCategoriesSpinner, 1, PothosPreferences.MAX_CATEGORIES_LIMIT, 1, viewModel.maxCategoriesProperty());

        uploadEdgeChoice.setItems(viewModel.uploadEdgeChoices());
        uploadEdgeChoice.setConverter(Converters.showing(edge -> edge == 0
                ? texts.get("analysis.uploadEdge.original") : texts.get("analysis.uploadEdge.pixels", edge)));
        uploadEdgeChoice.valueProperty().bindBidirectional(viewModel.uploadEdgeProperty());
        analyseAfterImportCheck.selectedProperty().bindBidirectional(viewModel.analyseAfterImportProperty());

        Map<AnalysisField, CheckBox> checks = Map.of(AnalysisField.TITLE, titleCheck,
                AnalysisField.DESCRIPTION, descriptionCheck, AnalysisField.TAGS, tagsCheck,
                AnalysisField.CATEGORIES, categoriesCheck);
        checks.forEach((field, check) -> {
            check.selectedProperty().bindBidirectional(viewModel.fieldProperty(field));
            check.disableProperty().bind(viewModel.fieldLockedProperty(field));
        });

        outputLanguageChoice.getItems().setAll(viewModel.outputLanguages());
        outputLanguageChoice.setConverter(Converters.showing(language -> texts.of("outputLanguage", language)));
        outputLanguageChoice.valueProperty().bindBidirectional(viewModel.outputLanguageProperty());
        customPromptArea.textProperty().bindBidirectional(viewModel.customPromptProperty());
        promptModeChoice.getItems().setAll(viewModel.promptModes());
        promptModeChoice.setConverter(Converters.showing(mode -> texts.of("promptMode", mode)));
        promptModeChoice.valueProperty().bindBidirectional(viewModel.promptModeProperty());
    }

    private void bindAppearance() {
        themeChoice.getItems().setAll(viewModel.themes());
        themeChoice.setConverter(Converters.showing(theme -> texts.of("theme", theme)));
        themeChoice.valueProperty().bindBidirectional(viewModel.themeProperty());
        uiLanguageChoice.getItems().setAll(viewModel.uiLanguages());
        uiLanguageChoice.setConverter(Converters.showing(language -> texts.of("uiLanguage", language)));
        uiLanguageChoice.valueProperty().bindBidirectional(viewModel.uiLanguageProperty());
    }

    private static void bindSpinner(Spinner<Integer> spinner, int min, int max, int step,
                                    ObjectProperty<Integer> value) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, min, step);
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
    }

    private static void showAsError(Label label, ObservableBooleanValue error) {
        label.pseudoClassStateChanged(ERROR, error.get());
        error.addListener((obs, was, is) -> label.pseudoClassStateChanged(ERROR, is));
    }

    @FXML
    private void makeDefault() {
        viewModel.endpoints().makeSelectedDefault();
    }

    @FXML
    private void testEndpoint() {
        viewModel.endpoints().testSelected();
    }

    @FXML
    private void removeEndpoint() {
        viewModel.endpoints().removeSelected();
    }

    @FXML
    private void addEndpoint() {
        viewModel.endpoints().add();
    }

    @FXML
    private void refreshModels() {
        viewModel.models().refresh();
    }

    @FXML
    private void copyPullCommand() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.models().pullCommand());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
