package studio.coanchor.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Java Sound's capture mixers, asked on a helper thread with a time limit: on a machine without audio hardware
 * the sound system can take long or hang, and a caller must not hang with it.
 */
final class MicrophoneMixers {
    static final long LIMIT_MILLIS = 3_000;

    private MicrophoneMixers() {
    }

    /** Mixers that offer a TargetDataLine, in the order their index IDs refer to. */
    static List<Mixer.Info> all() throws Exception {
        return withinLimit("listing microphones", () -> {
            List<Mixer.Info> capture = new ArrayList<>();
            Line.Info line = new Line.Info(TargetDataLine.class);
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (AudioSystem.getMixer(info).isLineSupported(line)) {
                    capture.add(info);
                }
            }
            return capture;
        });
    }

    /** Runs {@code task} on a daemon thread and gives up after {@link #LIMIT_MILLIS}. */
    static <T> T withinLimit(String what, Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, "capture-mic-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return future.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimeoutException("the sound system did not answer within " + LIMIT_MILLIS + " ms while "
                    + what);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
