package org.pothos.imageio.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NativeLibraryTest {

    @Test
    void namesFollowEachSystemsConventions() {
        assertEquals(List.of("libturbojpeg.so.0", "libturbojpeg.so"), NativeLibrary.fileNames("Linux", "turbojpeg", "0"));
        assertEquals(List.of("libwebp.7.dylib", "libwebp.dylib"), NativeLibrary.fileNames("Mac OS X", "webp", "7"));
        assertEquals(List.of("turbojpeg.dll", "libturbojpeg.dll", "libturbojpeg-0.dll"),
                NativeLibrary.fileNames("Windows 11", "turbojpeg", "0"));
    }

    @Test
    void aLibraryThatIsNowhereIsEmptyNotAnError() {
        assertTrue(NativeLibrary.open("pothos-no-such-library", "1").isEmpty());
    }

    @Test
    void callsAFunctionOfASystemLibrary() throws Throwable {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "libc.so.6 is Linux's");
        NativeLibrary libc = NativeLibrary.open("c", "6").orElseThrow();
        assertTrue(libc.has("strlen"));
        assertFalse(libc.has("pothos_no_such_function"));
        MethodHandle strlen = libc.function("strlen", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(6L, (long) strlen.invokeExact(arena.allocateFrom("pothos")));
        }
        assertThrows(IllegalStateException.class,
                () -> libc.function("pothos_no_such_function", FunctionDescriptor.ofVoid()));
        assertTrue(NativeLibrary.open("c", "6").orElseThrow() == libc, "opened once");
    }
}
