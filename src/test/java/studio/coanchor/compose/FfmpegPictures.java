package studio.coanchor.compose;

import java.nio.ByteBuffer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import studio.coanchor.media.GrabbedFrames;
import studio.coanchor.media.PixelFormat;
import studio.coanchor.media.VideoFrame;

/** Real pictures for tests: the first frame FFmpeg's lavfi sources make of a graph, kept as an owned copy. */
final class FfmpegPictures {
    private FfmpegPictures() {
    }

    /** A solid {@code 0xRRGGBB} picture. */
    static VideoFrame solid(int rgb, int width, int height, PixelFormat format) throws Exception {
        return grab(String.format("color=c=0x%06x:size=%dx%d:rate=15", rgb, width, height), format);
    }

    /**
     * A picture in four solid quarters: {@code topLeft}, {@code topRight}, {@code bottomLeft}, {@code bottomRight},
     * each {@code width} x {@code height}.
     */
    static VideoFrame quarters(int topLeft, int topRight, int bottomLeft, int bottomRight, int width, int height)
            throws Exception {
        String size = ":size=" + width + "x" + height + ":rate=15";
        return grab(String.format("color=c=0x%06x%s[a];color=c=0x%06x%s[b];color=c=0x%06x%s[c];color=c=0x%06x%s[d];"
                        + "[a][b]hstack[top];[c][d]hstack[bottom];[top][bottom]vstack", topLeft, size, topRight, size,
                bottomLeft, size, bottomRight, size), PixelFormat.YUV420P);
    }

    /** {@code picture} with its planes moved to native memory, as a decoder or the input slots hold them. */
    static VideoFrame direct(VideoFrame picture) {
        ByteBuffer[] planes = new ByteBuffer[picture.planes().length];
        for (int i = 0; i < planes.length; i++) {
            ByteBuffer source = picture.planes()[i].duplicate();
            source.clear();
            planes[i] = ByteBuffer.allocateDirect(source.capacity()).put(source).clear();
        }
        return new VideoFrame(picture.width(), picture.height(), picture.format(), planes, picture.strides(),
                picture.ptsMicros(), picture.captureMillis());
    }

    private static VideoFrame grab(String graph, PixelFormat format) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(graph)) {
            grabber.setFormat("lavfi");
            grabber.setPixelFormat(format.ffmpegCode());
            grabber.startUnsafe();
            Frame frame = grabber.grabImage();
            return new GrabbedFrames().video(frame, 0, 0).copy();
        }
    }
}
