package studio.coanchor.capture;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.FrameGrabber;

/**
 * dshow and avfoundation list their devices only as log lines when opened with {@code list_devices=true}: this
 * opens such an input with FFmpeg's log routed here and returns the lines. The log callback is process-wide, so
 * listings run one at a time and hand the log back to JavaCV's logger afterwards.
 */
final class DeviceListingLog extends LogCallback {
    private static final Object ONE_AT_A_TIME = new Object();

    private final List<String> lines = new ArrayList<>();

    private DeviceListingLog() {
    }

    static List<String> of(String format, String input) {
        synchronized (ONE_AT_A_TIME) {
            DeviceListingLog log = new DeviceListingLog();
            avutil.setLogCallback(log);
            FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(input);
            grabber.setFormat(format);
            grabber.setOption("list_devices", "true");
            try {
                grabber.start();
            } catch (FrameGrabber.Exception expected) {
                // Listing always ends in "could not open": the devices were logged by then.
            } finally {
                try {
                    grabber.release();
                } catch (FrameGrabber.Exception ignored) {
                    // nothing was opened
                }
                avutil.setLogCallback(FFmpegLogCallback.getInstance());
            }
            synchronized (log.lines) {
                return List.copyOf(log.lines);
            }
        }
    }

    @Override
    public void call(int level, BytePointer message) {
        String line = message.getString().strip();
        if (!line.isEmpty()) {
            synchronized (lines) {
                lines.add(line);
            }
        }
    }
}
