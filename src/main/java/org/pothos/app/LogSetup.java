package org.pothos.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the log to {@code logs/pothos.log} in the data folder once that folder is known (the console
 * shows errors only, so command output stays readable). Rolls daily and by size, keeps two weeks.
 */
public final class LogSetup {

    private static final String APPENDER = "pothos-file";
    private static final String FILE_NAME = "pothos.log";

    private LogSetup() {
    }

    /** The log folder of a library's data folder. */
    public static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /** The current log file of a library's data folder. */
    public static Path logFile(Path dataDir) {
        return logDir(dataDir).resolve(FILE_NAME);
    }

    /**
     * With {@code verbose}, the libraries' INFO lines reach the log too, and the console shows INFO and warnings as
     * well as errors; without, both are as {@link LogConfigurator} sets them.
     */
    public static synchronized void setVerbose(boolean verbose) {
        if (!verbose || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        LogConfigurator.CHATTY.forEach(name -> context.getLogger(name).setLevel(Level.INFO));
        Appender<ILoggingEvent> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(LogConfigurator.CONSOLE);
        if (console != null) {
            console.getCopyOfAttachedFiltersList().stream()
                    .filter(ThresholdFilter.class::isInstance)
                    .forEach(filter -> ((ThresholdFilter) filter).setLevel(Level.INFO.levelStr));
        }
    }

    /** The first line of a run in the log: what runs, which Pothos, on which Java. */
    public static void logStart(String what) {
        LoggerFactory.getLogger(LogSetup.class).info("Pothos {} starts {} (Java {}, {} {})", PothosVersion.get(), what,
                Runtime.version(), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    public static synchronized void logTo(Path logDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ch.qos.logback.classic.spi.ILoggingEvent> previous = root.getAppender(APPENDER);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(logDir.resolve(FILE_NAME).toString());
        SizeAndTimeBasedRollingPolicy<ch.qos.logback.classic.spi.ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logDir.resolve("pothos.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
    }
}
