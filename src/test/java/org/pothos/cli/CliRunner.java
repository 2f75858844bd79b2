package org.pothos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs the command line in this process, as {@code main} would, and captures what it prints. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private final Path dataDir;
    private final Map<String, String> environment;

    CliRunner(Path dataDir) {
        this(dataDir, Map.of());
    }

    /** @param environment the variables the commands see (none of this process's) */
    CliRunner(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
    }

    /** The same library, with these variables set. */
    CliRunner withEnvironment(Map<String, String> variables) {
        return new CliRunner(dataDir, variables);
    }

    Result run(String... args) {
        return start(args).await();
    }

    /** Starts a command on a thread of its own; what it prints can be awaited while it runs. */
    Running start(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> code = new CompletableFuture<>();
        // A thread of its own: the common pool has one worker on two cores, and a command waiting there would hold the next.
        Thread command = new Thread(() -> {
            try {
                code.complete(PothosCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                        dir -> {
                            throw new AssertionError("the window must not open from a command");
                        }, environment));
            } catch (Throwable e) {
                code.completeExceptionally(e);
            } finally {
                out.ended();
            }
        }, "pothos-command " + args[0]);
        command.setDaemon(true);
        command.start();
        return new Running(code, out, err);
    }

    /** A command still running, or ended. */
    record Running(CompletableFuture<Integer> code, Output out, Output err) {

        /** Waits, for at most a minute, until what the command printed on standard output satisfies the condition. */
        boolean awaitOutput(Predicate<String> condition) throws InterruptedException {
            return out.await(condition, TimeUnit.MINUTES.toNanos(1));
        }

        Result await() {
            Integer exit = code.orTimeout(5, TimeUnit.MINUTES).join();
            return new Result(exit, out.toString(), err.toString());
        }
    }

    /** Text written so far, with a wait for what is still to come. */
    static final class Output extends StringWriter {

        private boolean ended;

        @Override
        public synchronized void write(String text, int offset, int length) {
            super.write(text, offset, length);
            notifyAll();
        }

        @Override
        public synchronized void write(char[] text, int offset, int length) {
            super.write(text, offset, length);
            notifyAll();
        }

        @Override
        public synchronized void write(int c) {
            super.write(c);
            notifyAll();
        }

        synchronized void ended() {
            ended = true;
            notifyAll();
        }

        @Override
        public synchronized String toString() {
            return super.toString();
        }

        synchronized boolean await(Predicate<String> condition, long timeoutNanos) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutNanos;
            while (!condition.test(toString())) {
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return condition.test(toString());
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }
}
