package studio.coanchor.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import studio.coanchor.capture.DeviceCatalog;
import studio.coanchor.encode.EncoderCatalog;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.EncoderProbe;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.VideoSettings;
import studio.coanchor.ui.Catalog;
import studio.coanchor.ui.Choice;

/**
 * What this machine offers the studio's pickers, in the engine's words and the anchor's. Encoders this FFmpeg build
 * lacks are left out; those it has that do not open here are listed as not available, with FFmpeg's reason.
 */
final class EngineCatalog {
    private static final Pattern REGION = Pattern.compile("\\d+,\\d+,\\d+,\\d+");

    private EngineCatalog() {
    }

    /** Looks at the devices now; the encoders are probed once per process. */
    static Catalog read() {
        DeviceCatalog devices = new DeviceCatalog();
        return new Catalog(
                devices.cameras().stream().map(camera -> Choice.of("camera:" + camera.id(), camera.name())).toList(),
                devices.screens().stream().map(screen -> Choice.of(REGION.matcher(screen.id()).matches()
                        ? "screen:" + screen.id() : "screen", screen.name())).toList(),
                devices.microphones().stream().map(mic -> Choice.of("mic:" + mic.id(), mic.name())).toList(),
                presets(),
                encoders());
    }

    private static List<Choice> presets() {
        List<Choice> presets = new ArrayList<>();
        for (QualityPreset preset : QualityPreset.values()) {
            VideoSettings video = preset.settings(Orientation.LANDSCAPE);
            String use = switch (preset) {
                case MAIN -> " · co-anchor main";
                case SUB -> " · co-anchor guest";
                default -> "";
            };
            presets.add(Choice.of(preset.name(), preset.name() + " · " + video.resolution() + " · " + video.fps()
                    + " fps · " + video.bitrateKbps() + " kbit/s" + use));
        }
        return presets;
    }

    private static List<Choice> encoders() {
        List<Choice> encoders = new ArrayList<>();
        encoders.add(new Choice("auto", "Auto", true, kind(EncoderChoice.AUTO)));
        for (EncoderProbe probe : EncoderCatalog.probe()) {
            if (!probe.present()) {
                continue;
            }
            String label = name(probe.choice()) + (probe.opens() ? "" : " (unavailable)");
            encoders.add(new Choice(probe.choice().name().toLowerCase(Locale.ROOT), label, probe.opens(),
                    probe.opens() ? kind(probe.choice()) : probe.detail()));
        }
        return encoders;
    }

    private static String name(EncoderChoice choice) {
        return switch (choice) {
            case AUTO -> "Auto";
            case X264 -> "x264";
            case OPENH264 -> "OpenH264";
            case NVENC -> "NVENC";
            case QSV -> "Quick Sync";
            case MF -> "Media Foundation";
            case VIDEOTOOLBOX -> "VideoToolbox";
        };
    }

    private static String kind(EncoderChoice choice) {
        return switch (choice) {
            case AUTO -> "The first hardware encoder that opens, otherwise x264";
            case X264, OPENH264 -> "Software encoder";
            case NVENC -> "NVIDIA hardware encoder";
            case QSV -> "Intel hardware encoder";
            case MF -> "Windows hardware encoder";
            case VIDEOTOOLBOX -> "Apple hardware encoder";
        };
    }
}
