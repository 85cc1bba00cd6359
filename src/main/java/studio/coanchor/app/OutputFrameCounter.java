package studio.coanchor.app;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import studio.coanchor.media.FfmpegLog;
import studio.coanchor.media.IoDeadline;

/**
 * Counts the pictures of a stream as they arrive from the RTMP server, without decoding them, on its own thread
 * ({@code bench-count}); it connects again, quietly, while the stream is not there yet. It costs a few packets a
 * second of reading, and tells its own CPU time so that a process measuring itself can take it out.
 */
final class OutputFrameCounter implements AutoCloseable {
    private static final long IO_MILLIS = 5_000;
    private static final long RETRY_MILLIS = 500;

    private final String url;
    private final IoDeadline deadline = new IoDeadline();
    private final AtomicLong pictures = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    OutputFrameCounter(String url) {
        this.url = url;
        thread = new Thread(this::run, "bench-count");
        thread.setDaemon(true);
        thread.start();
    }

    long pictures() {
        return pictures.get();
    }

    /** CPU time the counting thread has used, so a process measuring itself can leave it out. */
    Duration cpu() {
        long nanos = ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId());
        return Duration.ofNanos(Math.max(0, nanos));
    }

    /** Waits for the first picture; false when none came within {@code limit}. */
    boolean awaitFirst(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (pictures.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return pictures.get() > 0;
    }

    private void run() {
        while (running) {
            if (!countOneConnection() && running) {
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Reads one connection until it ends; false when it did not open. */
    private boolean countOneConnection() {
        AVFormatContext input = avformat_alloc_context();
        deadline.install(input);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "rtmp_live", "live", 0);
        av_dict_set(options, "probesize", "32768", 0);
        av_dict_set(options, "analyzeduration", "0", 0);
        deadline.arm(IO_MILLIS);
        int opened = FfmpegLog.probe(() -> avformat_open_input(input, url, null, options)).status();
        av_dict_free(options);
        if (opened < 0) {
            return false;
        }
        AVPacket packet = av_packet_alloc();
        try {
            while (running) {
                deadline.arm(IO_MILLIS);
                if (av_read_frame(input, packet) < 0) {
                    break;
                }
                if (input.streams(packet.stream_index()).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                    pictures.incrementAndGet();
                }
                av_packet_unref(packet);
            }
        } finally {
            av_packet_free(packet);
            deadline.arm(1_000);
            avformat_close_input(input);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        deadline.cancel();
        thread.interrupt();
        thread.join();
        deadline.close();
    }
}
