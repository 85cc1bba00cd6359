package studio.coanchor.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import studio.coanchor.media.AudioFrame;
import studio.coanchor.media.FrameSink;
import studio.coanchor.media.LatencyBarcode;
import studio.coanchor.media.MediaEvent;
import studio.coanchor.media.MediaEventListener;
import studio.coanchor.media.VideoFrame;

/** Keeps what a source delivers: frame facts (not pixels), audio copies, barcodes read on delivery, events. */
final class CollectingSink implements FrameSink, MediaEventListener {
    record VideoFacts(int width, int height, studio.coanchor.media.PixelFormat format, int[] strides,
                      int[] planeBytes, long ptsMicros, long captureMillis, OptionalLong barcode, String thread) {
    }

    final List<VideoFacts> video = new ArrayList<>();
    final List<AudioFrame> audio = new ArrayList<>();
    final List<MediaEvent> events = new ArrayList<>();

    @Override
    public synchronized void onVideo(VideoFrame frame) {
        int[] bytes = new int[frame.planes().length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = frame.planes()[i].remaining();
        }
        video.add(new VideoFacts(frame.width(), frame.height(), frame.format(), frame.strides().clone(), bytes,
                frame.ptsMicros(), frame.captureMillis(), LatencyBarcode.read(frame),
                Thread.currentThread().getName()));
    }

    @Override
    public synchronized void onAudio(AudioFrame frame) {
        audio.add(frame.copy());
    }

    @Override
    public synchronized void onEvent(MediaEvent event) {
        events.add(event);
    }

    synchronized List<VideoFacts> video() {
        return List.copyOf(video);
    }

    synchronized List<AudioFrame> audio() {
        return List.copyOf(audio);
    }

    synchronized List<MediaEvent> events() {
        return List.copyOf(events);
    }

    static List<String> captureThreads() {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith("capture-")) {
                names.add(thread.getName());
            }
        }
        return names;
    }
}
