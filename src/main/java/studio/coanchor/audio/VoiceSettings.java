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

    /** The settings in words, for logs and command output: {@code aec=on ns=on agc=off}. */
    public String spoken() {
        return "aec=" + word(echoCancellation) + " ns=" + word(noiseSuppression) + " agc=" + word(gainControl);
    }

    private static String word(boolean on) {
        return on ? "on" : "off";
    }
}
