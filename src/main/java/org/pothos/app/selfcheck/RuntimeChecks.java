package org.pothos.app.selfcheck;

import java.net.http.HttpClient;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.crypto.KeyAgreement;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.pothos.codecs.NativeCodecs;

/**
 * What the library steps cannot reach without the internet or a display: HTTPS to an Ollama
 * endpoint behind a proxy, the Chinese interface, and the window's toolkit being present; and which
 * native image codecs this system lends (their absence is no failure: Java decoders stand in).
 */
final class RuntimeChecks {

    /** One resource bundle of the window; every view has its Simplified Chinese twin. */
    private static final String UI_BUNDLE = "org.pothos.ui.library.LibraryView";
    /** Loaded, not initialised: initialising would start nothing, but the classes must be in the runtime. */
    private static final List<String> WINDOW_CLASSES = List.of("javafx.scene.control.Button",
            "javafx.fxml.FXMLLoader", "javafx.embed.swing.SwingFXUtils", "org.controlsfx.control.GridView",
            "atlantafx.base.theme.PrimerLight", "org.kordamp.ikonli.javafx.FontIcon");

    /**
     * JavaFX internals that ControlsFX uses (found with jdeps, plus its reflection on Parent), and
     * the image loader that decodes JPEGs at reduced size (fxdecode). Only matters when JavaFX runs
     * as modules, as in the installers, whose launchers open them (packaging/app.txt) and under
     * {@code mvn javafx:run} (the pom's plugin options); on the class path everything is reachable.
     */
    static final List<String> EXPORTS_TO_CLASS_PATH = List.of("javafx.base/com.sun.javafx.event",
            "javafx.controls/com.sun.javafx.scene.control", "javafx.controls/com.sun.javafx.scene.control.behavior",
            "javafx.graphics/com.sun.javafx.iio");
    static final List<String> OPENS_TO_CLASS_PATH = List.of("javafx.graphics/javafx.scene");

    private RuntimeChecks() {
    }

    static List<Check> all() {
        return List.of(
                new Check("tls", RuntimeChecks::tls),
                new Check("chinese", RuntimeChecks::chinese),
                new Check("window", RuntimeChecks::windowClasses),
                new Check("codecs", NativeCodecs::describe));
    }

    /**
     * Most HTTPS servers only offer elliptic-curve key exchange; without those algorithms (a runtime
     * missing jdk.crypto.ec) every handshake fails, so they are asked for by name.
     */
    private static String tls() throws Exception {
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, null, null);
        SSLEngine engine = context.createSSLEngine("ollama.example", 443);
        engine.setUseClientMode(true);
        long ecdhe = Arrays.stream(engine.getEnabledCipherSuites()).filter(s -> s.contains("_ECDHE_")).count();
        if (ecdhe == 0) {
            throw new IllegalStateException("no ECDHE cipher suites: elliptic-curve cryptography is missing");
        }
        KeyPairGenerator.getInstance("EC").generateKeyPair();
        KeyAgreement.getInstance("X25519");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init((KeyStore) null);
        int authorities = 0;
        for (TrustManager manager : trust.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                authorities += x509.getAcceptedIssuers().length;
            }
        }
        if (authorities == 0) {
            throw new IllegalStateException("no trusted certificate authorities: HTTPS servers cannot be verified");
        }
        HttpClient.newBuilder().sslContext(context).build();
        return String.join("/", engine.getEnabledProtocols()) + ", " + ecdhe + " ECDHE suites, EC and X25519 keys, "
                + authorities + " trusted authorities, HTTP client ready";
    }

    /** The window's texts and dates in Simplified Chinese (dates need the runtime's locale data). */
    private static String chinese() {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle(UI_BUNDLE, chinese);
        if (!chinese.equals(bundle.getLocale())) {
            throw new IllegalStateException("the Chinese texts of the window are missing");
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(chinese)
                .format(LocalDate.of(2024, 5, 1));
        if (!date.contains("年") || !date.contains("星期")) {
            throw new IllegalStateException("Chinese dates are not available (got \"" + date + "\")");
        }
        return "texts and dates (" + date + ")";
    }

    private static String windowClasses() throws ClassNotFoundException {
        ClassLoader loader = RuntimeChecks.class.getClassLoader();
        for (String name : WINDOW_CLASSES) {
            Class.forName(name, false, loader);
        }
        Module controls = Class.forName(WINDOW_CLASSES.get(0), false, loader).getModule();
        if (!controls.isNamed()) {
            return "JavaFX on the class path, " + WINDOW_CLASSES.size() + " toolkit classes found (window not opened)";
        }
        Module classPath = RuntimeChecks.class.getModule();
        List<String> closed = new java.util.ArrayList<>();
        for (String export : EXPORTS_TO_CLASS_PATH) {
            if (!module(controls, export).isExported(packageOf(export), classPath)) {
                closed.add("--add-exports=" + export + "=ALL-UNNAMED");
            }
        }
        for (String open : OPENS_TO_CLASS_PATH) {
            if (!module(controls, open).isOpen(packageOf(open), classPath)) {
                closed.add("--add-opens=" + open + "=ALL-UNNAMED");
            }
        }
        if (!closed.isEmpty()) {
            throw new IllegalStateException("the launcher does not give the window's libraries " + String.join(" ", closed));
        }
        return "JavaFX " + controls.getDescriptor().rawVersion().orElse("?") + " in the runtime, "
                + WINDOW_CLASSES.size() + " toolkit classes found, " + (EXPORTS_TO_CLASS_PATH.size()
                + OPENS_TO_CLASS_PATH.size()) + " internals opened to them (window not opened)";
    }

    private static Module module(Module anyJavaFx, String modulePackage) {
        String name = modulePackage.substring(0, modulePackage.indexOf('/'));
        return anyJavaFx.getLayer().findModule(name)
                .orElseThrow(() -> new IllegalStateException("module " + name + " is missing from the runtime"));
    }

    private static String packageOf(String modulePackage) {
        return modulePackage.substring(modulePackage.indexOf('/') + 1);
    }
}
