package studio.coanchor.app;

import java.util.Locale;
import studio.coanchor.audio.VoiceSettings;

/**
 * {@code --aec}, {@code --ns} and {@code --agc} as given: each {@code on}, {@code off}, or {@code auto}, which is on
 * while a microphone pushes in a co-anchor preset (MAIN or SUB, or the role a co-anchor session switches to).
 */
record VoiceSwitches(Switch echoCancellation, Switch noiseSuppression, Switch gainControl) {

    enum Switch { AUTO, ON, OFF }

    static final VoiceSwitches AUTO = new VoiceSwitches(Switch.AUTO, Switch.AUTO, Switch.AUTO);

    /** Reads the three options; a bad value throws naming its option. */
    static VoiceSwitches parse(String aec, String ns, String agc) {
        return new VoiceSwitches(parse("--aec", aec), parse("--ns", ns), parse("--agc", agc));
    }

    private static Switch parse(String option, String value) {
        try {
            return Switch.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PushRequest.invalid(option, value, "auto, on, off");
        }
    }

    /** What to run while pushing {@code linkMic} (a co-anchor preset) from a microphone, or not. */
    VoiceSettings resolve(boolean linkMic, boolean microphone) {
        boolean automatic = linkMic && microphone;
        return new VoiceSettings(on(echoCancellation, automatic), on(noiseSuppression, automatic),
                on(gainControl, automatic));
    }

    private static boolean on(Switch value, boolean automatic) {
        return value == Switch.ON || (value == Switch.AUTO && automatic);
    }
}
