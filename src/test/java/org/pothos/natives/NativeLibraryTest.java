package org.pothos.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NativeLibraryTest {

    @Test
    void namesFollowEachSystemsConventions() {
        assertEquals(List.of("libturbojpeg.so.0", "libturbojpeg.so"), NativeLibrary.candidates("turbojpeg", "Linux", 0));
        assertEquals(List.of("libwebp-7.dll", "webp.dll", "libwebp.dll"), NativeLibrary.candidates("webp", "Windows 11", 7));
    }

    @Test
    void librariesCanBeTurnedOffByNameOrAllAtOnce() {
        assertTrue(NativeLibrary.disabled("webp, turbojpeg", "turbojpeg"));
        assertTrue(NativeLibrary.disabled("ALL", "webp"));
        assertFalse(NativeLibrary.disabled("", "webp"));
        assertFalse(NativeLibrary.disabled("turbojpeg", "webp"));
    }

    @Test
    void aLibraryThatIsNowhereIsEmptyNotAnError() {
        assertTrue(NativeLibrary.load("pothos-no-such-library", Arena.global(), 1).isEmpty());
    }

    @Test
    void callsAFunctionOfASystemLibrary() throws Throwable {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "libc.so.6 is Linux's");
        SymbolLookup libc = NativeLibrary.load("c", Arena.global(), 6).orElseThrow();
        MethodHandle strlen = NativeLibrary.function(libc, "strlen", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(6L, (long) strlen.invokeExact(arena.allocateFrom("pothos")));
        }
        assertThrows(IllegalStateException.class, () -> NativeLibrary.function(libc, "pothos_no_such_function", FunctionDescriptor.ofVoid()));
    }
}
