package org.pothos.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void optionWinsOverEnvironmentWhichWinsOverTheSystemDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, "/env/lib");
        assertEquals(Path.of("/opt/lib"), DataDirectory.resolve("/opt/lib", env, "Linux", "/home/u"));
        assertEquals(Path.of("/env/lib"), DataDirectory.resolve(null, env, "Linux", "/home/u"));
    }

    @Test
    void followsEachSystemsConvention() {
        assertEquals(Path.of("/home/u/.local/share/pothos"), DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/x/data/pothos"), DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/Pothos"), DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("/c/Local/Pothos"), DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "/c/Local"), "Windows 11", "/c/u"));
    }
}
