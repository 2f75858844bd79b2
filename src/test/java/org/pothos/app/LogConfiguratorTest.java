package org.pothos.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The product's logging without an XML file: logback finds it, and it sets what logback.xml used to. */
class LogConfiguratorTest {

    @Test
    void logbackFindsItAsAService() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogConfigurator.class));
    }

    @Test
    void theConsoleShowsErrorsAndTheLibrariesKeepTheirChatter() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.configureConsole(context);
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.INFO, root.getLevel());
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender(LogConfigurator.CONSOLE);
        assertTrue(console.isStarted());
        assertEquals("System.err", console.getTarget());
        LoggingEvent warning = new LoggingEvent("x", root, Level.WARN, "skipped", null, null);
        LoggingEvent error = new LoggingEvent("x", root, Level.ERROR, "bug", null, null);
        @SuppressWarnings("unchecked")
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) console;
        assertEquals(FilterReply.DENY, events.getFilterChainDecision(warning));
        assertEquals(FilterReply.NEUTRAL, events.getFilterChainDecision(error));
        assertFalse(context.getLogger("org.flywaydb.core.Flyway").isInfoEnabled());
        assertFalse(context.getLogger("io.github.ollama4j.Ollama").isInfoEnabled());
        assertFalse(context.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper").isErrorEnabled());
        assertTrue(context.getLogger("org.pothos.library.ImportService").isInfoEnabled());
    }

    @Test
    void aConfigurationFileGivenByPropertyWins() {
        // The tests run with logback.configurationFile set (see the pom), as a developer may.
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogConfigurator().configure(new LoggerContext()));
    }
}
