package org.pothos.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a background thread throws and nobody catches reaches the log, with its stack trace. */
class UncaughtExceptionsTest {

    private final BlockingQueue<ILoggingEvent> logged = new LinkedBlockingQueue<>();
    private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            logged.add(event);
        }
    };
    private Logger logger;

    @BeforeEach
    void listen() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logger = context.getLogger(UncaughtExceptions.class);
        capture.setContext(context);
        capture.start();
        logger.addAppender(capture);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(capture);
        capture.stop();
    }

    private ILoggingEvent next() throws InterruptedException {
        ILoggingEvent event = logged.poll(10, TimeUnit.SECONDS);
        assertNotNull(event, "nothing was logged");
        return event;
    }

    @Test
    void aPoolThreadsExceptionIsLoggedWithItsThreadAndStack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1, DaemonThreads.named("pothos-test-pool"));
        try {
            pool.execute(() -> {
                throw new IllegalStateException("boom in the pool");
            });
            ILoggingEvent event = next();
            assertEquals("ERROR", event.getLevel().levelStr);
            assertEquals("Uncaught exception in thread pothos-test-pool-1", event.getFormattedMessage());
            assertEquals("boom in the pool", event.getThrowableProxy().getMessage());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScheduledTasksExceptionIsLoggedThoughItsFutureKeepsIt() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pothos-test-timer"));
        try {
            timer.schedule(UncaughtExceptions.logged(() -> {
                throw new IllegalArgumentException("boom on the timer");
            }), 1, TimeUnit.MILLISECONDS);
            assertEquals("boom on the timer", next().getThrowableProxy().getMessage());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void theDefaultHandlerLogsForThreadsPothosDidNotMake() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        UncaughtExceptions.installDefault();
        try {
            Thread plain = new Thread(() -> {
                throw new UnsupportedOperationException("boom elsewhere");
            }, "someone-elses-thread");
            plain.start();
            plain.join();
            ILoggingEvent event = next();
            assertEquals("Uncaught exception in thread someone-elses-thread", event.getFormattedMessage());
            assertEquals("boom elsewhere", event.getThrowableProxy().getMessage());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
