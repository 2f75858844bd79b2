package org.pothos.credentials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a credential store's own command-line tool: the secret goes in on standard input, never in the
 * arguments (which other users can see in the process list), and a tool that hangs (a locked keyring asking
 * for a password nobody will type) is ended.
 */
final class CommandRunner {

    private static final long TIMEOUT_SECONDS = 10;

    /** What a tool printed and how it ended. */
    record Result(int exitCode, String out, String err) {
    }

    Result run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + command.get(0), e);
        }
    }

    /**
     * Reads a stream to its end on a virtual thread of its own: the common pool has a single worker on two
     * cores, where the error stream would wait for the output's end while the tool blocks on a full error pipe.
     */
    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, task -> Thread.ofVirtual().name("pothos-command-output").start(task));
    }
}
