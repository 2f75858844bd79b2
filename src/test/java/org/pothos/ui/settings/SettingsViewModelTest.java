package org.pothos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.OutputLanguage;
import org.pothos.app.AppContext;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestPreferences;

/**
 * The ViewModel without a toolkit: background and UI work run on the calling thread, against a
 * real library and the real Ollama adapter talking to an in-process server.
 */
class SettingsViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final String VISION = "llava:7b";
    private static final String TEXT_ONLY = "llama3.2:3b";

    @TempDir
    Path temp;

    private final TestPreferences store = new TestPreferences();
    private final List<SimulatedOllama> servers = new ArrayList<>();
    private AppContext context;
    private PothosPreferences prefs;
    private SettingsViewModel vm;
    private boolean libraryClosed;

    @BeforeEach
    void open() throws Exception {
        SimulatedOllama server = server().withVisionModel(VISION).withTextModel(TEXT_ONLY);
        context = AppContext.open(temp.resolve("library"), server.baseUrl());
        prefs = new PothosPreferences(store.node, Locale.US);
        vm = new SettingsViewModel(prefs, context.endpointService(), DIRECT, DIRECT, SettingsTexts.forLocale(Locale.ENGLISH));
        vm.load();
    }

    @AfterEach
    void close() throws Exception {
        if (!libraryClosed) {
            context.close();
        }
        servers.forEach(SimulatedOllama::close);
        store.close();
    }

    private SimulatedOllama server() {
        SimulatedOllama server = SimulatedOllama.start();
        servers.add(server);
        return server;
    }

    private EndpointItemViewModel addEndpoint(String name, String url) {
        vm.endpoints().newNameProperty().set(name);
        vm.endpoints().newUrlProperty().set(url);
        vm.endpoints().add();
        assertEquals("", vm.endpoints().addErrorProperty().get());
        return vm.endpoints().selectedProperty().get();
    }

    @Test
    void onlyVisionModelsAreOffered() {
        ModelChoiceViewModel models = vm.models();
        assertEquals("Local Ollama", models.endpointProperty().get().getName());
        assertEquals(List.of(VISION), models.visionModels());
        assertFalse(models.noVisionModelProperty().get());
        assertFalse(models.loadingProperty().get());
        assertEquals("One text-only model is not listed: they cannot see images.", models.messageProperty().get());
    }

    @Test
    void anEndpointWithoutVisionModelsShowsHowToGetOne() {
        SimulatedOllama textOnly = server().withTextModel(TEXT_ONLY);
        EndpointItemViewModel added = addEndpoint("Text box", textOnly.baseUrl());
        assertEquals("Added Text box.", vm.endpoints().statusProperty().get());

        vm.models().endpointProperty().set(added);

        assertTrue(vm.models().visionModels().isEmpty());
        assertTrue(vm.models().noVisionModelProperty().get());
        assertEquals("No model that can see images is installed on Text box. Install one in a terminal, then press Refresh:",
                vm.models().messageProperty().get());
        assertEquals("ollama pull llava:7b", vm.models().pullCommand());
    }

    @Test
    void aBadAddressIsReportedNextToTheForm() {
        vm.endpoints().newUrlProperty().set("  ");
        vm.endpoints().add();
        assertEquals("Enter the server's address.", vm.endpoints().addErrorProperty().get());

        vm.endpoints().newUrlProperty().set("ftp://example.org");
        vm.endpoints().add();
        assertEquals("Cannot add the endpoint: an endpoint address starts with http:// or https://, not ftp",
                vm.endpoints().addErrorProperty().get());
        assertEquals(1, vm.endpoints().items().size());
        assertEquals("ftp://example.org", vm.endpoints().newUrlProperty().get(), "the typed address stays for correction");
    }

    @Test
    void testingAnEndpointReportsItsVersionOrWhyItCannot() {
        vm.endpoints().selectedProperty().set(vm.endpoints().items().get(0));
        vm.endpoints().testSelected();
        assertEquals("Ollama " + SimulatedOllama.VERSION, vm.endpoints().statusProperty().get());
        assertFalse(vm.endpoints().statusIsErrorProperty().get());
        assertFalse(vm.endpoints().testingProperty().get());

        SimulatedOllama gone = server();
        String url = gone.baseUrl();
        gone.close();
        addEndpoint("Gone", url);
        vm.endpoints().testSelected();
        assertTrue(vm.endpoints().statusIsErrorProperty().get());
        assertTrue(vm.endpoints().statusProperty().get().startsWith("cannot reach Ollama at " + url),
                vm.endpoints().statusProperty().get());
    }

    @Test
    void endpointChangesAreStoredAtOnce() {
        SimulatedOllama second = server().withVisionModel(VISION);
        EndpointItemViewModel added = addEndpoint("Second", second.baseUrl());
        EndpointService service = context.endpointService();

        vm.endpoints().makeSelectedDefault();
        assertEquals("Second", service.defaultEndpoint().orElseThrow().name());
        assertTrue(vm.endpoints().selectedProperty().get().isDefault());

        vm.endpoints().selectedProperty().get().enabledProperty().set(false);
        vm.endpoints().selectedProperty().get().maxConcurrentProperty().set(5);
        Endpoint stored = service.find(String.valueOf(added.getId())).orElseThrow();
        assertFalse(stored.enabled());
        assertEquals(5, stored.maxConcurrentRequests());

        vm.endpoints().removeSelected();
        assertEquals(List.of("Local Ollama"), service.list().stream().map(Endpoint::name).toList());
        assertEquals(List.of("Local Ollama"), vm.endpoints().items().stream().map(EndpointItemViewModel::getName).toList());
    }

    @Test
    void theNumberAnalysedAtOnceIsShownWithWhatDecidesIt() {
        EndpointItemViewModel local = vm.endpoints().items().get(0);
        local.maxConcurrentProperty().set(3);
        vm.concurrencyProperty().set(8);
        assertEquals("In effect: 3 at once: the enabled endpoints allow no more (their \"At once\", Endpoints tab).",
                vm.effectiveConcurrencyProperty().get());
        local.maxConcurrentProperty().set(10);
        assertEquals("In effect: 8 at once (the enabled endpoints allow 10).", vm.effectiveConcurrencyProperty().get());
        local.enabledProperty().set(false);
        assertTrue(vm.effectiveConcurrencyProperty().get().startsWith("No endpoint is enabled"));
    }

    @Test
    void stagedEditsWaitForApplyWhichSavesThemAndTellsTheCaller() {
        AtomicReference<AnalysisSettings> engine = new AtomicReference<>(AnalysisSettings.defaults());
        List<Theme> themes = new ArrayList<>();
        vm.setOnApplied(() -> engine.set(prefs.analysisSettings(engine.get())));
        vm.setOnThemeChanged(themes::add);
        assertFalse(vm.dirtyProperty().get());

        vm.concurrencyProperty().set(5);
        vm.requestTimeoutSecondsProperty().set(120);
        vm.outputLanguageProperty().set(OutputLanguage.ZH_CN);
        vm.fieldProperty(AnalysisField.TITLE).set(false);
        vm.themeProperty().set(Theme.DARK);
        vm.models().modelProperty().set(VISION);

        assertTrue(vm.dirtyProperty().get());
        assertEquals(List.of(Theme.DARK), themes, "the theme is previewed at once");
        assertEquals(2, prefs.concurrencyProperty().get());
        assertEquals(OutputLanguage.EN, prefs.outputLanguageProperty().get());
        assertEquals(Theme.LIGHT, prefs.themeProperty().get());
        assertEquals(2, store.node.getInt(PothosPreferences.CONCURRENCY, 2));
        assertEquals(AnalysisSettings.defaults(), engine.get());

        assertTrue(vm.apply());

        assertFalse(vm.dirtyProperty().get());
        assertEquals(5, store.node.getInt(PothosPreferences.CONCURRENCY, 2));
        assertEquals(OutputLanguage.ZH_CN, prefs.analysisOptions().language());
        assertEquals(Set.of(AnalysisField.DESCRIPTION, AnalysisField.TAGS, AnalysisField.CATEGORIES),
                prefs.analysisOptions().fields());
        assertEquals(Theme.DARK, prefs.themeProperty().get());
        assertEquals(5, engine.get().concurrency());
        assertEquals(120, engine.get().requestTimeout().toSeconds());
        assertEquals(VISION, prefs.defaultModelProperty().get());
        assertEquals(VISION, context.endpointService().defaultEndpoint().orElseThrow().defaultModel());
    }

    @Test
    void cancelDropsStagedEditsAndPutsTheSavedThemeBack() {
        List<Theme> themes = new ArrayList<>();
        vm.setOnThemeChanged(themes::add);
        vm.concurrencyProperty().set(9);
        vm.themeProperty().set(Theme.DARK);

        vm.cancel();

        assertEquals(2, vm.concurrencyProperty().get());
        assertEquals(Theme.LIGHT, vm.themeProperty().get());
        assertEquals(List.of(Theme.DARK, Theme.LIGHT), themes);
        assertFalse(vm.dirtyProperty().get());
        assertEquals(2, prefs.concurrencyProperty().get());
    }

    @Test
    void theLastCheckedFieldCannotBeUnchecked() {
        vm.fieldProperty(AnalysisField.TITLE).set(false);
        vm.fieldProperty(AnalysisField.DESCRIPTION).set(false);
        assertFalse(vm.fieldLockedProperty(AnalysisField.TAGS).get());
        vm.fieldProperty(AnalysisField.CATEGORIES).set(false);

        assertTrue(vm.fieldLockedProperty(AnalysisField.TAGS).get());
        assertFalse(vm.fieldLockedProperty(AnalysisField.TITLE).get());
        assertTrue(vm.validProperty().get());
    }

    @Test
    void whenTheLibraryCannotBeReadTheEndpointTableSaysWhyAndStopsWaiting() throws Exception {
        context.close();   // endpoints live in the library's database: every call now throws
        libraryClosed = true;

        vm.endpoints().newUrlProperty().set("http://127.0.0.1:1");
        vm.endpoints().add();
        assertFalse(vm.endpoints().addingProperty().get());
        assertTrue(vm.endpoints().addErrorProperty().get().startsWith("Cannot add the endpoint: "),
                vm.endpoints().addErrorProperty().get());
        assertEquals("http://127.0.0.1:1", vm.endpoints().newUrlProperty().get(), "the typed address stays");

        vm.endpoints().reload();
        assertTrue(vm.endpoints().statusIsErrorProperty().get());
        assertTrue(vm.endpoints().statusProperty().get().startsWith("Cannot read the endpoints: "),
                vm.endpoints().statusProperty().get());
    }
}
