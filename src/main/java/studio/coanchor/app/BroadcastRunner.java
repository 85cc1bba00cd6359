package studio.coanchor.app;

import java.io.PrintStream;
import studio.coanchor.media.EventCode;
import studio.coanchor.media.MediaEvent;

/** Runs one headless push from a {@link PushRequest}, printing STATUS and EVENT lines to {@code out}. */
public final class BroadcastRunner {

    public int run(PushRequest request, PrintStream out) {
        out.println(MediaEvent.now(EventCode.PUSH_ERR_VIDEO_ENCODE_FAIL, "push engine not linked yet").line());
        return 1;
    }
}
