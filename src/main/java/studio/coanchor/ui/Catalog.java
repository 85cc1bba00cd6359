package studio.coanchor.ui;

import java.util.List;

/**
 * What the machine offers the pickers. Device IDs are already in the engine's words: a camera is {@code camera:ID},
 * a screen {@code screen} or {@code screen:X,Y,W,H}, a microphone {@code mic:ID}.
 */
public record Catalog(List<Choice> cameras, List<Choice> screens, List<Choice> microphones, List<Choice> presets,
                      List<Choice> encoders) {

    public Catalog {
        cameras = List.copyOf(cameras);
        screens = List.copyOf(screens);
        microphones = List.copyOf(microphones);
        presets = List.copyOf(presets);
        encoders = List.copyOf(encoders);
    }

    /** Nothing yet: the pickers before the engine has looked. */
    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
