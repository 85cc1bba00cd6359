package studio.coanchor.audio;

/**
 * Which parts of voice processing run on the microphone: echo cancellation (the played-out sound of the other
 * anchors is the far end), noise suppression and automatic gain control. The co-anchor presets turn all three on.
 */
public record VoiceSettings(boolean echoCancellation, boolean noiseSuppression, boolean gainControl) {

    public static final VoiceSettings OFF = new VoiceSettings(false, false, false);
    public static final VoiceSettings ALL = new VoiceSettings(true, true, true);

    /** Whether anything processes the sound at all. */
    public boolean any() {
        return echoCancellation || noiseSuppression || gainControl;
    }

    /** The parts that are on, for logs and command output: {@code aec+ns+agc}, {@code ns}, or {@code off}. */
    public String label() {
        StringBuilder parts = new StringBuilder();
        append(parts, echoCancellation, "aec");
        append(parts, noiseSuppression, "ns");
        append(parts, gainControl, "agc");
        return parts.isEmpty() ? "off" : parts.toString();
    }

    private static void append(StringBuilder parts, boolean on, String name) {
        if (on) {
            parts.append(parts.isEmpty() ? "" : "+").append(name);
        }
    }
}
