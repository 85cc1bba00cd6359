package studio.coanchor.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One set of studio choices an anchor can switch between: which backend, where to push and record, at what quality,
 * from which devices, and with which keyboard shortcuts. Values keep the command line's spelling ({@code HD},
 * {@code landscape}, {@code camera:ID}, {@code mic}); whoever applies them checks them and says what is wrong. A
 * part missing from a file takes its default.
 */
public record Profile(String name, Backend backend, Stream stream, Quality quality, Devices devices, Hotkeys hotkeys) {
    public static final String DEFAULT_NAME = "Default";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,39}");

    public Profile {
        requireName(name);
        backend = Objects.requireNonNullElse(backend, Backend.IN_PROCESS);
        stream = Objects.requireNonNullElseGet(stream, Stream::defaults);
        quality = Objects.requireNonNullElse(quality, Quality.DEFAULT);
        devices = Objects.requireNonNullElse(devices, Devices.DEFAULT);
        hotkeys = Objects.requireNonNullElse(hotkeys, Hotkeys.DEFAULT);
    }

    /** A profile called {@code name} with every default. */
    public static Profile named(String name) {
        return new Profile(name, null, null, null, null, null);
    }

    /** Throws with a message saying what a profile name may be when {@code name} is not one. */
    public static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' cannot name a profile: use 1 to 40 letters, digits, "
                    + "spaces, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    public Profile withName(String newName) {
        return new Profile(newName, backend, stream, quality, devices, hotkeys);
    }

    public Profile withBackend(Backend newBackend) {
        return new Profile(name, newBackend, stream, quality, devices, hotkeys);
    }

    public Profile withStream(Stream newStream) {
        return new Profile(name, backend, newStream, quality, devices, hotkeys);
    }

    public Profile withQuality(Quality newQuality) {
        return new Profile(name, backend, stream, newQuality, devices, hotkeys);
    }

    public Profile withDevices(Devices newDevices) {
        return new Profile(name, backend, stream, quality, newDevices, hotkeys);
    }

    public Profile withHotkeys(Hotkeys newHotkeys) {
        return new Profile(name, backend, stream, quality, devices, newHotkeys);
    }

    /**
     * The backend that signs URLs and relays co-anchoring.
     *
     * @param url  {@code http[s]://HOST:PORT}, or empty for the studio's own backend on loopback
     * @param user the anchor to log in as; empty for the studio's own backend
     */
    public record Backend(String url, String user) {
        public static final Backend IN_PROCESS = new Backend(null, null);

        public Backend {
            url = Objects.requireNonNullElse(url, "").strip();
            user = Objects.requireNonNullElse(user, "").strip();
        }

        public boolean inProcess() {
            return url.isEmpty();
        }
    }

    /** Where Go Live pushes to. */
    public enum Target {
        /** The URL the anchor typed. */
        @JsonProperty("url") URL,
        /** The push URL the backend signs for the logged-in anchor. */
        @JsonProperty("backend") BACKEND
    }

    /**
     * Where the picture goes.
     *
     * @param url            the typed push URL, kept even while the backend's is used
     * @param recordFolder   where Record writes its files
     * @param recordFormat   {@code mp4} (fragmented) or {@code flv}
     * @param snapshotFolder where Snapshot writes its PNG files
     */
    public record Stream(Target target, String url, String recordFolder, String recordFormat, String snapshotFolder) {
        public Stream {
            target = Objects.requireNonNullElse(target, Target.URL);
            url = Objects.requireNonNullElse(url, "").strip();
            recordFolder = Objects.requireNonNullElseGet(recordFolder, () -> UserFolders.videos().toString());
            recordFormat = Objects.requireNonNullElse(recordFormat, "mp4");
            snapshotFolder = Objects.requireNonNullElseGet(snapshotFolder, () -> UserFolders.pictures().toString());
            if (!recordFormat.equals("mp4") && !recordFormat.equals("flv")) {
                throw new IllegalArgumentException("recordFormat must be \"mp4\" or \"flv\", was \"" + recordFormat
                        + "\"");
            }
        }

        static Stream defaults() {
            return new Stream(null, null, null, null, null);
        }

        public Stream withTarget(Target newTarget) {
            return new Stream(newTarget, url, recordFolder, recordFormat, snapshotFolder);
        }

        public Stream withUrl(String newUrl) {
            return new Stream(target, newUrl, recordFolder, recordFormat, snapshotFolder);
        }

        public Stream withFolders(String newRecordFolder, String newRecordFormat, String newSnapshotFolder) {
            return new Stream(target, url, newRecordFolder, newRecordFormat, newSnapshotFolder);
        }
    }

    /**
     * The picture pushed.
     *
     * @param preset      a quality preset: SD, HD, UHD, MAIN, SUB, GAME_SD, GAME_HD or GAME_UHD
     * @param orientation {@code landscape} or {@code portrait}
     * @param encoder     {@code auto} or an encoder's name ({@code x264}, {@code nvenc}, ...)
     */
    public record Quality(String preset, String orientation, String encoder) {
        public static final Quality DEFAULT = new Quality(null, null, null);

        public Quality {
            preset = Objects.requireNonNullElse(preset, "HD").strip();
            orientation = Objects.requireNonNullElse(orientation, "landscape").strip();
            encoder = Objects.requireNonNullElse(encoder, "auto").strip();
        }
    }

    /**
     * The capture devices, as {@code coanchor push --source} and {@code --audio} take them.
     *
     * @param video {@code test}, {@code camera[:ID]}, {@code screen[:X,Y,W,H]} or {@code file:PATH}
     * @param audio {@code tone}, {@code mic[:ID]} or {@code none}
     */
    public record Devices(String video, String audio) {
        /** The first camera and microphone; the studio shows the test pattern and tone where there are none. */
        public static final Devices DEFAULT = new Devices(null, null);

        public Devices {
            video = Objects.requireNonNullElse(video, "camera").strip();
            audio = Objects.requireNonNullElse(audio, "mic").strip();
        }
    }
}
