package studio.coanchor.profile;

import java.nio.file.Path;
import java.util.Locale;

/** The folders a desktop gives a user's own videos and pictures, with the studio's subfolder in each. */
final class UserFolders {
    private static final String SUBFOLDER = "CoAnchor";

    private UserFolders() {
    }

    /** {@code ~/Movies/CoAnchor} on macOS, {@code ~/Videos/CoAnchor} elsewhere. */
    static Path videos() {
        return home().resolve(isMac() ? "Movies" : "Videos").resolve(SUBFOLDER);
    }

    static Path pictures() {
        return home().resolve("Pictures").resolve(SUBFOLDER);
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
