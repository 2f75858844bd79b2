package org.pothos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of the design, checked on the compiled classes. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pothos");
    }

    @Test
    void coreServicesNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.pothos.library..", "org.pothos.thumbnails..",
                        "org.pothos.analysis..", "org.pothos.imageio..", "org.pothos.persistence..",
                        "org.pothos.ollama..", "org.pothos.cli..", "org.pothos.common..", "org.pothos.search..",
                        "org.pothos.searchindex..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(classes);
    }

    /**
     * The one departure outside the UI: the JPEG decoder adapter uses JavaFX's image-loading library (its bundled
     * libjpeg scales in the DCT domain), and nothing else of JavaFX, so it runs without the toolkit.
     */
    @Test
    void theFxJpegDecoderUsesOnlyJavaFxImageLoading() {
        classes().that().resideInAPackage("org.pothos.fxdecode..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.sun.javafx.iio..", "java..",
                        "org.pothos.fxdecode..", "org.pothos.imageio..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void servicesReachTheFxJpegDecoderOnlyThroughItsInterface() {
        noClasses().that().resideOutsideOfPackages("org.pothos.app..", "org.pothos.fxdecode..")
                .should().dependOnClassesThat().resideInAPackage("org.pothos.fxdecode..")
                .check(classes);
    }

    /** libheif is bound through the foreign-function API in one adapter, which the composition root wires in. */
    @Test
    void servicesReachLibheifOnlyThroughItsInterface() {
        noClasses().that().resideOutsideOfPackages("org.pothos.app..", "org.pothos.heif..")
                .should().dependOnClassesThat().resideInAPackage("org.pothos.heif..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.pothos.heif..", "org.pothos.natives..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.pothos.ui..", "org.pothos.cli..",
                        "org.pothos.persistence..", "org.pothos.library..")
                .check(classes);
    }

    /** libjpeg-turbo and libwebp are bound in one adapter, behind imageio's decoder interfaces. */
    @Test
    void servicesReachTheNativeCodecsOnlyThroughTheirInterfaces() {
        noClasses().that().resideOutsideOfPackages("org.pothos.app..", "org.pothos.codecs..")
                .should().dependOnClassesThat().resideInAPackage("org.pothos.codecs..")
                .check(classes);
        noClasses().that().resideInAPackage("org.pothos.codecs..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.pothos.ui..", "org.pothos.cli..",
                        "org.pothos.persistence..", "org.pothos.library..", "org.pothos.fxdecode..")
                .check(classes);
    }

    @Test
    void onlyPersistenceUsesJpaAndHibernate() {
        noClasses().that().resideOutsideOfPackage("org.pothos.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void onlyTheOllamaAdapterUsesOllama4j() {
        noClasses().that().resideOutsideOfPackage("org.pothos.ollama..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ollama4j..")
                .check(classes);
    }

    @Test
    void onlyTheSearchIndexAdapterUsesLucene() {
        noClasses().that().resideOutsideOfPackage("org.pothos.searchindex..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.ibm.icu..")
                .check(classes);
    }

    @Test
    void viewsNeverTouchPersistenceOrOllama() {
        noClasses().that().resideInAnyPackage("org.pothos.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pothos.persistence..", "org.pothos.ollama..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewModelsNeverUseControlsOrLayouts() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void coreServicesDoNotDependOnTheFaces() {
        noClasses().that().resideInAnyPackage("org.pothos.library..", "org.pothos.thumbnails..",
                        "org.pothos.imageio..", "org.pothos.persistence..", "org.pothos.common..", "org.pothos.search..",
                        "org.pothos.searchindex..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pothos.cli..", "org.pothos.ui..", "org.pothos.app..")
                .check(classes);
    }
}
