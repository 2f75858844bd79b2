package org.pothos.credentials;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pothos.analysis.TokenVault;

/**
 * Windows Credential Manager, called directly in {@code advapi32.dll} (CredWriteW, CredReadW, CredDeleteW) through
 * the foreign-function API: Windows has no command that reads a stored secret back. Generic credentials named
 * {@code Pothos/<key>}, kept for the user on this machine. Native access is allowed by the launchers
 * ({@code --enable-native-access=ALL-UNNAMED}), hence the restricted methods.
 */
@SuppressWarnings("restricted")
final class WindowsCredentialVault implements TokenVault {

    private static final int CRED_TYPE_GENERIC = 1;
    private static final int CRED_PERSIST_LOCAL_MACHINE = 2;
    private static final int ERROR_NOT_FOUND = 1168;
    /** CREDENTIALW on 64-bit Windows: field offsets and size. */
    private static final long TYPE = 4;
    private static final long TARGET_NAME = 8;
    private static final long BLOB_SIZE = 32;
    private static final long BLOB = 40;
    private static final long PERSIST = 48;
    private static final long SIZE = 80;

    private final MethodHandle credWrite;
    private final MethodHandle credRead;
    private final MethodHandle credDelete;
    private final MethodHandle credFree;
    private final MethodHandle getLastError;

    private WindowsCredentialVault(SymbolLookup advapi, SymbolLookup kernel) {
        Linker linker = Linker.nativeLinker();
        ValueLayout.OfInt dword = ValueLayout.JAVA_INT;
        credWrite = linker.downcallHandle(advapi.find("CredWriteW").orElseThrow(),
                FunctionDescriptor.of(dword, ValueLayout.ADDRESS, dword));
        credRead = linker.downcallHandle(advapi.find("CredReadW").orElseThrow(),
                FunctionDescriptor.of(dword, ValueLayout.ADDRESS, dword, dword, ValueLayout.ADDRESS));
        credDelete = linker.downcallHandle(advapi.find("CredDeleteW").orElseThrow(),
                FunctionDescriptor.of(dword, ValueLayout.ADDRESS, dword, dword));
        credFree = linker.downcallHandle(advapi.find("CredFree").orElseThrow(), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        getLastError = linker.downcallHandle(kernel.find("GetLastError").orElseThrow(), FunctionDescriptor.of(dword));
    }

    /** Empty when the libraries cannot be loaded (not Windows, or native access refused). */
    static Optional<TokenVault> load() {
        try {
            return Optional.of(new WindowsCredentialVault(SymbolLookup.libraryLookup("advapi32", Arena.global()),
                    SymbolLookup.libraryLookup("kernel32", Arena.global())));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String name() {
        return "Windows Credential Manager";
    }

    @Override
    public void put(String key, String secret) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            byte[] blob = secret.getBytes(StandardCharsets.UTF_8);
            MemorySegment credential = arena.allocate(SIZE, 8);
            credential.set(ValueLayout.JAVA_INT, TYPE, CRED_TYPE_GENERIC);
            credential.set(ValueLayout.ADDRESS, TARGET_NAME, wide(arena, target(key)));
            credential.set(ValueLayout.JAVA_INT, BLOB_SIZE, blob.length);
            credential.set(ValueLayout.ADDRESS, BLOB, arena.allocateFrom(ValueLayout.JAVA_BYTE, blob));
            credential.set(ValueLayout.JAVA_INT, PERSIST, CRED_PERSIST_LOCAL_MACHINE);
            if ((int) credWrite.invokeExact(credential, 0) == 0) {
                throw new IOException("CredWriteW failed with error " + lastError());
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("Credential Manager cannot be called: " + e, e);
        }
    }

    @Override
    public Optional<String> get(String key) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ValueLayout.ADDRESS);
            if ((int) credRead.invokeExact(wide(arena, target(key)), CRED_TYPE_GENERIC, 0, out) == 0) {
                int error = lastError();
                if (error == ERROR_NOT_FOUND) {
                    return Optional.empty();
                }
                throw new IOException("CredReadW failed with error " + error);
            }
            MemorySegment credential = out.get(ValueLayout.ADDRESS, 0).reinterpret(SIZE);
            try {
                int size = credential.get(ValueLayout.JAVA_INT, BLOB_SIZE);
                MemorySegment blob = credential.get(ValueLayout.ADDRESS, BLOB).reinterpret(size);
                return Optional.of(new String(blob.toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8));
            } finally {
                credFree.invokeExact(credential);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("Credential Manager cannot be called: " + e, e);
        }
    }

    @Override
    public void remove(String key) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            if ((int) credDelete.invokeExact(wide(arena, target(key)), CRED_TYPE_GENERIC, 0) == 0) {
                int error = lastError();
                if (error != ERROR_NOT_FOUND) {
                    throw new IOException("CredDeleteW failed with error " + error);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("Credential Manager cannot be called: " + e, e);
        }
    }

    private int lastError() throws Throwable {
        return (int) getLastError.invokeExact();
    }

    private static String target(String key) {
        return "Pothos/" + key;
    }

    /** A NUL-terminated UTF-16 string, as the W functions take. */
    private static MemorySegment wide(Arena arena, String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.UTF_16LE);
        return arena.allocateFrom(ValueLayout.JAVA_BYTE, bytes);
    }
}
