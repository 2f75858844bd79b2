package org.pothos.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * Logback's start-up configuration, in code (found through {@code META-INF/services}): reading it from an XML file
 * cost about a quarter of a second of every command's start on two cores (the XML parser and logback's model), this
 * a few milliseconds. The console shows errors only, one line each: an expected failure (a file skipped, a job
 * failed) is logged as a warning to the file that {@link LogSetup} adds once the data folder is known, and the
 * command's own output already reports it. A {@code logback.configurationFile} property wins (the tests set theirs
 * that way).
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final String CONSOLE = "console";
    /** Libraries whose INFO lines are chatter in normal use; {@link LogSetup#setVerbose} lets them through. */
    static final List<String> CHATTY = List.of("org.flywaydb", "io.github.ollama4j", "org.hibernate", "com.zaxxer.hikari");
    /**
     * Silenced: transactions that lose a race with another are retried (Database.callRetrying), and Hibernate would
     * log each as an error first; real failures still surface as exceptions.
     */
    private static final List<String> SILENT = List.of("org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
            "org.hibernate.orm.jdbc.error", "org.hibernate.engine.jdbc.batch.internal.BatchImpl");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Root at INFO, errors on the console, the libraries' chatter and retried races held back. */
    public static void configureConsole(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // One line per message: stack traces of expected failures belong in the log file, not on the console.
        encoder.setPattern("%-5level %logger{20} - %msg%n%nopex");
        encoder.start();
        ThresholdFilter errorsOnly = new ThresholdFilter();
        errorsOnly.setLevel(Level.ERROR.levelStr);
        errorsOnly.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(CONSOLE);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(errorsOnly);
        console.start();

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        CHATTY.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
        SILENT.forEach(name -> context.getLogger(name).setLevel(Level.OFF));
    }
}
