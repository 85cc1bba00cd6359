package studio.coanchor.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * A test peer: FFmpeg's RTMP server in listen mode serving one player at a time a live stream from
 * {@link TestStreamEncoder}. After a player leaves it listens again, so reconnects can be served. It answers only
 * once it listens, so put a {@link TcpRelay} in front of it (which retries its upstream connect) rather than
 * connecting a player straight after construction.
 */
public final class RtmpStreamServer implements AutoCloseable {
    private final int port;
    private final TestStreamEncoder encoder;
    private final Thread thread;
    private volatile boolean closed;

    public RtmpStreamServer(int width, int height, int fps, boolean tone) throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        encoder = new TestStreamEncoder(width, height, fps, tone);
        thread = new Thread(this::run, "test-rtmp-stream");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "rtmp://127.0.0.1:" + port + "/live/test";
    }

    private void run() {
        while (!closed) {
            FFmpegFrameRecorder recorder = encoder.recorderFor(url());
            recorder.setOption("listen", "1");
            try {
                recorder.startUnsafe();
                if (closed) {
                    return;
                }
                encoder.restartClock();
                while (!closed && encoder.next(recorder)) {
                    // streams until the player leaves or the server closes
                }
            } catch (Exception e) {
                // the player left or never finished connecting: listen again
            } finally {
                TestStreamEncoder.release(recorder);
            }
        }
    }

    @Override
    public void close() throws Exception {
        closed = true;
        try (Socket wake = new Socket("127.0.0.1", port)) {
            // unblocks a listen that waits for a player
        } catch (IOException notListening) {
            // it was streaming, and sees closed after the next frame
        }
        thread.join(10_000);
        encoder.close();
    }
}
