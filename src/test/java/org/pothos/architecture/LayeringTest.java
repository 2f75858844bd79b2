package org.pothos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules of the design, checked on the compiled application (the classes are imported once for all
 * rules). No rule may match nothing: a rule about a package that was renamed away fails instead of passing.
 */
@AnalyzeClasses(packages = "org.pothos", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** The services the two faces share: they know neither the faces nor the adapters. */
    private static final String[] CORE = {"org.pothos.library..", "org.pothos.analysis..", "org.pothos.thumbnails..",
        "org.pothos.imageio..", "org.pothos.search..", "org.pothos.embedding..", "org.pothos.review..",
        "org.pothos.vocabulary.."};
    /** What binds the core to a technology: the database, Ollama, the search index, native codecs. */
    private static final String[] ADAPTERS = {"org.pothos.persistence..", "org.pothos.ollama..", "org.pothos.searchindex..",
        "org.pothos.codecs..", "org.pothos.heif..", "org.pothos.natives.."};
    private static final String[] FACES = {"org.pothos.ui..", "org.pothos.cli.."};

    @ArchTest
    static final ArchRule coreServicesNeverUseJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .or().resideInAnyPackage(ADAPTERS).or().resideInAnyPackage("org.pothos.cli..", "org.pothos.common..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule coreServicesUseNoAdapter = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("the core reaches storage and Ollama through its ports (MediaStore, JobStore, VisionModelClient)");

    @ArchTest
    static final ArchRule coreServicesAndAdaptersKnowNeitherFaceNorLauncher = noClasses().that().resideInAnyPackage(CORE)
            .or().resideInAnyPackage(ADAPTERS).or().resideInAPackage("org.pothos.common..")
            .should().dependOnClassesThat().resideInAnyPackage(FACES)
            .orShould().dependOnClassesThat().resideInAPackage("org.pothos.app..");

    /** The window and the command line are two faces over the same services: neither uses the other. */
    @ArchTest
    static final ArchRule theFacesAreIndependent = noClasses().that().resideInAPackage("org.pothos.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.pothos.cli..")
            .andShould().onlyBeAccessed().byClassesThat().resideOutsideOfPackage("org.pothos.cli..");

    /** The launcher picks a face; the composition root beneath them builds the services both use. */
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.pothos.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule windowPartsHaveNoCycles = slices().matching("org.pothos.ui.(*)..").should().beFreeOfCycles();

    /**
     * The one departure outside the UI: the JPEG decoder adapter uses JavaFX's image-loading library (its bundled
     * libjpeg scales in the DCT domain), and nothing else of JavaFX, so it runs without the toolkit.
     */
    @ArchTest
    static final ArchRule theFxJpegDecoderUsesOnlyJavaFxImageLoading = classes().that().resideInAPackage("org.pothos.fxdecode..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.sun.javafx.iio..", "java..",
                    "org.pothos.fxdecode..", "org.pothos.imageio..", "org.slf4j..");

    @ArchTest
    static final ArchRule servicesReachTheFxJpegDecoderOnlyThroughItsInterface = noClasses()
            .that().resideOutsideOfPackages("org.pothos.app..", "org.pothos.fxdecode..")
            .should().dependOnClassesThat().resideInAPackage("org.pothos.fxdecode..");

    /** libheif, libjpeg-turbo and libwebp are bound in adapters behind imageio's interfaces, wired in by the composition root. */
    @ArchTest
    static final ArchRule servicesReachTheNativeCodecsOnlyThroughTheirInterfaces = noClasses()
            .that().resideOutsideOfPackages("org.pothos.app..", "org.pothos.codecs..", "org.pothos.heif..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pothos.codecs..", "org.pothos.heif..");

    @ArchTest
    static final ArchRule theNativeAdaptersUseNothingButImageIo = noClasses()
            .that().resideInAnyPackage("org.pothos.codecs..", "org.pothos.heif..", "org.pothos.natives..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.pothos.ui..", "org.pothos.cli..",
                    "org.pothos.persistence..", "org.pothos.library..", "org.pothos.fxdecode..");

    @ArchTest
    static final ArchRule onlyTheSearchIndexAdapterUsesLucene = noClasses().that().resideOutsideOfPackage("org.pothos.searchindex..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.ibm.icu..");

    @ArchTest
    static final ArchRule onlyPersistenceUsesJpaAndHibernate = noClasses().that().resideOutsideOfPackage("org.pothos.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..");

    @ArchTest
    static final ArchRule onlyTheOllamaAdapterUsesOllama4j = noClasses().that().resideOutsideOfPackage("org.pothos.ollama..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.ollama4j..");

    @ArchTest
    static final ArchRule viewsNeverTouchPersistenceOrOllama = noClasses().that().resideInAnyPackage("org.pothos.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    @ArchTest
    static final ArchRule viewModelsNeverUseControlsOrLayouts = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..");

    /**
     * Under a Turkish locale "FAILED".toLowerCase() is "faıled": keys, style classes and stored values are folded
     * with an explicit locale (Locale.ROOT), text for people with the user's.
     */
    @ArchTest
    static final ArchRule caseIsChangedWithAnExplicitLocale = noClasses()
            .should().callMethod(String.class, "toLowerCase")
            .orShould().callMethod(String.class, "toUpperCase")
            .because("the default locale changes what they return");
}
