package org.pothos.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointTokens;
import org.pothos.analysis.OllamaHost;
import org.pothos.analysis.RunEndpoints;
import org.pothos.analysis.TokenVault;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaEndpointStore;

/**
 * Which credential store a system gets, and the Secret Service adapter's use of {@code secret-tool}: run here against
 * a stand-in script that keeps secrets in a folder and answers as the real tool does, since a build machine runs no
 * keyring.
 */
class CredentialStoresTest {

    @TempDir
    Path temp;

    @Test
    void withoutASessionBusOrTheToolTokensStayInTheLibrary() throws Exception {
        assertFalse(CredentialStores.forSystem("Linux", Map.of("PATH", "/usr/bin"), null).available());
        Path tool = fakeSecretTool(true);
        assertFalse(CredentialStores.forSystem("Linux", Map.of("PATH", tool.getParent().toString()), null).available(),
                "no session bus");
        assertEquals(TokenVault.NONE, CredentialStores.forSystem("Linux", Map.of("PATH", "/nowhere", "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/run/user/1/bus"), null));
        assertEquals(TokenVault.NONE, CredentialStores.forSystem("Linux", Map.of("PATH", tool.getParent().toString(),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=/x"), "library"), "chosen on purpose");
        assertInstanceOf(SecretServiceVault.class, CredentialStores.forSystem("Linux", Map.of("PATH", tool.getParent().toString(),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=/x"), null));
    }

    @Test
    void theSecretServiceKeepsGivesAndForgetsATokenWhichNeverAppearsInTheArguments() throws Exception {
        SecretServiceVault vault = new SecretServiceVault(fakeSecretTool(true), new CommandRunner());
        assertTrue(vault.available());

        vault.put("endpoint-1", "s3cret token");
        assertEquals(Optional.of("s3cret token"), vault.get("endpoint-1"));
        assertEquals(Optional.empty(), vault.get("endpoint-2"));
        assertFalse(Files.readString(temp.resolve("arguments.log")).contains("s3cret"), "the token went by standard input");
        vault.remove("endpoint-1");
        assertEquals(Optional.empty(), vault.get("endpoint-1"));
    }

    @Test
    void aSecretServiceThatDoesNotAnswerIsNotUsed() throws Exception {
        assertFalse(new SecretServiceVault(fakeSecretTool(false), new CommandRunner()).available());
    }

    @Test
    void withAStoreTheLibraryHoldsOnlyAReferenceAndTokensItHeldBeforeMoveThere() throws Exception {
        TokenVault vault = new SecretServiceVault(fakeSecretTool(true), new CommandRunner());
        try (Database database = Database.open(temp.resolve("library"))) {
            JpaEndpointStore saved = new JpaEndpointStore(database, Clock.systemUTC());
            Endpoint older = saved.add("Old proxy", "https://old.example.org:443", 2, "plain-token");
            RunEndpoints endpoints = new RunEndpoints(saved, OllamaHost.Setting.UNSET, new EndpointTokens(vault));

            Endpoint added = endpoints.add("Proxy", "https://ollama.example.org:443", 2, "s3cret");
            assertEquals("s3cret", endpoints.find(added.id()).orElseThrow().bearerToken(), "the run reads the token");
            String stored = saved.find(added.id()).orElseThrow().bearerToken();
            assertTrue(stored.startsWith("pothos-credential:") && !stored.contains("s3cret"), stored);

            endpoints.moveTokensToVault();
            assertTrue(saved.find(older.id()).orElseThrow().bearerToken().startsWith("pothos-credential:"));
            assertEquals("plain-token", endpoints.find(older.id()).orElseThrow().bearerToken());

            endpoints.remove(added.id());
            assertEquals(Optional.empty(), vault.get(stored.substring("pothos-credential:".length())), "removed with its endpoint");
        }
    }

    /**
     * A {@code secret-tool} that stores secrets as files named by key; when {@code serviceRuns} is false it fails as
     * the real one does without a keyring ("Cannot autolaunch D-Bus without X11 $DISPLAY").
     */
    @Test
    void aToolThatFillsItsErrorPipeBeforeItPrintsItsAnswerIsReadToTheEnd() throws Exception {
        // More than a pipe holds (64 KiB) on standard error first: both streams must be read at once.
        Path tool = temp.resolve("chatty-tool");
        Files.writeString(tool, "#!/bin/sh\nhead -c 300000 /dev/zero | tr '\\0' e >&2\necho answer\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));

        CommandRunner.Result result = new CommandRunner().run(java.util.List.of(tool.toString()), null);

        assertEquals(0, result.exitCode());
        assertEquals("answer\n", result.out());
        assertEquals(300_000, result.err().length());
    }

    private Path fakeSecretTool(boolean serviceRuns) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path store = Files.createDirectories(temp.resolve("secrets"));
        String script = "#!/bin/sh\n"
                + "echo \"$@\" >> '" + temp.resolve("arguments.log") + "'\n"
                + (serviceRuns ? "" : "echo 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2; exit 1\n")
                + "for argument; do key=\"$argument\"; done\n"
                + "case \"$1\" in\n"
                + "  store) cat > '" + store + "'/\"$key\" ;;\n"
                + "  lookup) [ -f '" + store + "'/\"$key\" ] || exit 1; cat '" + store + "'/\"$key\" ;;\n"
                + "  clear) rm -f '" + store + "'/\"$key\" ;;\n"
                + "esac\n";
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, script);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return tool;
    }
}
