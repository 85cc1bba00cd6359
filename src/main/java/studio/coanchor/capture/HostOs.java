package studio.coanchor.capture;

import java.util.Locale;

/** The operating system, which decides the FFmpeg device input for cameras and screens. */
enum HostOs {
    LINUX, WINDOWS, MACOS;

    static HostOs current() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return name.startsWith("mac") ? MACOS : LINUX;
    }
}
