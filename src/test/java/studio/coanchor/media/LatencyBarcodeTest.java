package studio.coanchor.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyBarcodeTest {
    private static final long NOW = 1_790_000_123_456L;

    /** A frame with padded rows filled with noise, so only the stamp can make the code readable. */
    private static VideoFrame noisyFrame(PixelFormat format, int width, int height) {
        Random random = new Random(format.ordinal());
        int bytesPerPixel = switch (format) {
            case BGR24 -> 3;
            case BGRA -> 4;
            default -> 1;
        };
        ByteBuffer[] planes = new ByteBuffer[format.planes()];
        int[] strides = new int[format.planes()];
        for (int i = 0; i < planes.length; i++) {
            int planeWidth = i == 0 ? width * bytesPerPixel : format == PixelFormat.NV12 ? width : width / 2;
            strides[i] = planeWidth + 32;
            int rows = i == 0 ? height : height / 2;
            byte[] bytes = new byte[strides[i] * rows];
            random.nextBytes(bytes);
            planes[i] = ByteBuffer.wrap(bytes);
        }
        return new VideoFrame(width, height, format, planes, strides, 0, NOW);
    }

    @Test
    void roundTripsOnEveryPixelFormat() {
        for (PixelFormat format : PixelFormat.values()) {
            VideoFrame frame = noisyFrame(format, 640, 360);
            LatencyBarcode.stamp(frame, NOW);
            assertEquals(OptionalLong.of(NOW), LatencyBarcode.read(frame), format.name());
            LatencyBarcode.stamp(frame, NOW + 1);
            assertEquals(OptionalLong.of(NOW + 1), LatencyBarcode.read(frame), format.name() + " restamped");
        }
    }

    @Test
    void writesTheDocumentedLayout() {
        VideoFrame frame = noisyFrame(PixelFormat.YUV420P, 800, 450);
        LatencyBarcode.stamp(frame, 1L);
        int block = 10;
        assertEquals(235, frame.planes()[0].get(5 * frame.strides()[0] + 47 * block + 5) & 0xFF, "last bit is 1");
        assertEquals(16, frame.planes()[0].get(9 * frame.strides()[0] + 46 * block) & 0xFF, "bit 46 is 0");
        assertEquals(128, frame.planes()[1].get(2 * frame.strides()[1] + 3) & 0xFF, "chroma is neutral");
        assertTrue(LatencyBarcode.read(frame).isEmpty(), "1 ms after 1970 is not a plausible stamp");
    }

    @Test
    void unstampedOrTinyFramesReadEmpty() {
        assertTrue(LatencyBarcode.read(noisyFrame(PixelFormat.BGRA, 100, 50)).isEmpty());
    }

    @Test
    void survivesAnH264RoundTrip(@TempDir Path dir) throws Exception {
        int width = 640;
        int height = 360;
        Path file = dir.resolve("stamped.mp4");
        List<Long> stamps = new ArrayList<>();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx264");
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(30);
            recorder.setVideoBitrate(400_000);
            recorder.setVideoOption("preset", "veryfast");
            recorder.setVideoOption("tune", "zerolatency");
            recorder.start();
            try (Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3)) {
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                Random random = new Random(7);
                for (int i = 0; i < 20; i++) {
                    byte[] noise = new byte[pixels.capacity()];
                    random.nextBytes(noise);
                    pixels.clear();
                    pixels.put(noise).clear();
                    VideoFrame view = new VideoFrame(width, height, PixelFormat.BGR24, new ByteBuffer[] {pixels},
                            new int[] {frame.imageStride}, 0, 0);
                    long stamp = NOW + i * 33L;
                    LatencyBarcode.stamp(view, stamp);
                    stamps.add(stamp);
                    recorder.record(frame);
                }
            }
        }
        assertTrue(Files.size(file) > 0);

        List<Long> read = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
            grabber.start();
            GrabbedFrames frames = new GrabbedFrames();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                read.add(LatencyBarcode.read(frames.video(frame, 0, 0)).orElse(-1));
            }
        }
        assertEquals(stamps, read);
    }
}
