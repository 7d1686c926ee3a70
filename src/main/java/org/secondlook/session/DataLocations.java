package org.secondlook.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where Second Look keeps a person's data: the operating system's usual per-user folder.
 * Linux {@code $XDG_DATA_HOME/second-look} (default {@code ~/.local/share/second-look}),
 * macOS {@code ~/Library/Application Support/Second Look}, Windows {@code %APPDATA%\Second Look}.
 */
public record DataLocations(Path directory) {

    public static final String DATABASE_FILE = "sessions.db";
    public static final String SETTINGS_FILE = "settings.json";

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    /** The folder for this user on this system. */
    public static DataLocations forCurrentUser() {
        return resolve(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static DataLocations resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return new DataLocations(base.resolve("Second Look"));
        }
        if (os.startsWith("mac")) {
            return new DataLocations(home.resolve("Library").resolve("Application Support").resolve("Second Look"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return new DataLocations(base.resolve("second-look"));
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    public Path settingsFile() {
        return directory.resolve(SETTINGS_FILE);
    }

    /**
     * Creates the folder if needed; on POSIX systems only its owner may use it (0700), also when it already existed
     * with looser permissions, since it holds health data.
     */
    public Path ensureDirectory() throws IOException {
        ensurePrivateDirectory(directory);
        if (isPosix(directory)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            if (!OWNER_ONLY_FOLDER.containsAll(permissions)) {
                permissions.retainAll(OWNER_ONLY_FOLDER);
                Files.setPosixFilePermissions(directory, permissions);
            }
        }
        return directory;
    }

    /** Creates {@code dir} and its parents; a folder this call creates is made 0700 on POSIX systems. */
    public static Path ensurePrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        if (isPosix(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    /** Makes a file readable and writable by its owner only (0600) on POSIX systems. */
    public static void makeOwnerOnly(Path file) throws IOException {
        if (Files.exists(file) && isPosix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
