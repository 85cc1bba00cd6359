package studio.coanchor.push;

import java.nio.file.Path;
import java.time.Duration;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.encode.Orientation;
import studio.coanchor.encode.QualityPreset;
import studio.coanchor.media.ReconnectPolicy;

/** Runs in a separate JVM for {@link RecordingSurvivesKillTest}: records the test pattern until it is killed. */
public final class RecordingChild {
    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        PushOptions options = new PushOptions(null, Path.of(args[0]), QualityPreset.SD.settings(Orientation.LANDSCAPE),
                64, ReconnectPolicy.DEFAULT, Duration.ofSeconds(5));
        try (LivePush push = new LivePush(options, EncoderChoice.X264)) {
            System.out.println("RECORDING");
            Thread.sleep(Duration.ofMinutes(2).toMillis());
        }
    }
}
