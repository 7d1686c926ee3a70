package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocationsTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/second-look"),
                DataLocations.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), home).directory());
    }

    @Test
    void linuxDefaultsToLocalShare() {
        assertEquals(home.resolve(".local/share/second-look"), DataLocations.resolve("Linux", Map.of(), home).directory());
        assertEquals(home.resolve(".local/share/second-look"),
                DataLocations.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/path"), home).directory());
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Second Look"),
                DataLocations.resolve("Mac OS X", Map.of(), home).directory());
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/roaming/Second Look"),
                DataLocations.resolve("Windows 11", Map.of("APPDATA", "/roaming"), home).directory());
    }

    @Test
    void createdFolderIsPrivate(@TempDir Path temp) throws Exception {
        Path dir = DataLocations.ensurePrivateDirectory(temp.resolve("a/second-look"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }
}
