package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.LogConfigurator;
import org.pothos.app.LogSetup;
import org.pothos.testsupport.TestImages;
import org.slf4j.LoggerFactory;

/**
 * logs/pothos.log is worth attaching to a bug report: what ran and on which Java, the library opened, each skipped
 * file on one line with its reason, the totals; no stack trace for what files and servers do, no chatter from the
 * libraries, and no line that says Ollama answered when nothing did.
 */
class LogFileTest {

    @TempDir
    Path temp;

    /** The application's logging, as the jar has it, instead of the tests' (warnings on the console only). */
    @BeforeEach
    void useTheApplicationsLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        LogConfigurator.configureConsole(context);
    }

    @AfterEach
    void useTheTestsLoggingAgain() throws JoranException {
        configure("/logback-test.xml");
    }

    private static void configure(String resource) throws JoranException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFileTest.class.getResource(resource));
    }

    @Test
    void aCommandsLogSaysWhatHappenedInLinesOfItsOwn() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "good.jpg", 60, 40);
        TestImages.zeroBytes(photos, "empty.jpg");
        Path dataDir = temp.resolve("library");
        CliRunner cli = new CliRunner(dataDir);

        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        // Nothing listens on port 1: the client is made, nothing answers.
        assertEquals(0, cli.run("endpoints", "add", "http://127.0.0.1:1", "--name", "Nobody").exitCode());
        cli.run("models", "--endpoint", "http://127.0.0.1:1");

        List<String> lines = Files.readAllLines(LogSetup.logFile(dataDir), StandardCharsets.UTF_8);
        String log = String.join("\n", lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" INFO ") && l.contains("starts the command pothos import (Java ")), log);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" INFO ") && l.contains("Library opened in " + dataDir)), log);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" INFO ") && l.contains("Import finished in ")), log);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" WARN ") && l.contains("Import skipped " + photos.resolve("empty.jpg"))
                && l.contains("empty")), log);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("\tat ")), "no stack trace for a bad file or a silent server:\n" + log);
        assertFalse(log.contains("Connected to Ollama server"), log);
        assertFalse(log.contains("answers at http://127.0.0.1:1"), log);
        assertFalse(lines.stream().anyMatch(l -> l.contains(" INFO ") && (l.contains("o.f.") || l.contains("flyway"))),
                "Flyway's INFO lines stay out unless --verbose:\n" + log);
    }
}
